package com.aftersales.bpm.promise;

/** The service manager's explicit choice on a special promise: nothing counts as a decision by default. */
public enum PromiseDecision {
  APPROVED, CHANGED, REFUSED;

  PromiseState state() {
    return PromiseState.valueOf(name());
  }
}
