package com.aftersales.bpm.common;

/**
 * What the API answers the sender of an outside event that {@link OutsideEventGate} delivered (a
 * part's arrival, a re-rating): {@link IntakeEndpoints#deliver} turns a kept one into a 202.
 */
public interface OutsideEventAnswer {

  /** APPLIED: the process took the event (now or before); KEPT: it takes it when it gets to the wait. */
  enum Status { APPLIED, KEPT }

  Status status();
}
