package com.aftersales.bpm.promise;

/**
 * The policy's verdict on a promise (output promiseClass of the DMN table promisePolicy, stored as
 * the promise's {@code policy}): the one home of these codes for Java.
 */
public enum PromiseClass {
  /** Within the standard package: recorded at once. */
  STANDARD,
  /** Beyond it: waits for the service manager's pre-approval. */
  SPECIAL;

  /** Whether a stored code is this class (no code: not one). */
  public boolean is(String code) {
    return name().equals(code);
  }
}
