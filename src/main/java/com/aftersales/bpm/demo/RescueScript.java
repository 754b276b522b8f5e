package com.aftersales.bpm.demo;

/**
 * How one demo rescue goes, step by step through the real process.
 *
 * @param hoursToFirstContact when the first contact is completed, counted from the low score
 * @param reason the root-cause category the investigation records
 * @param aboveAuthority the solution costs more than the grade's standard authority (needs approval)
 * @param reRating the customer's re-rating, or null when none comes (the 7-day wait runs out)
 * @param churned the customer leaves: no re-rating is asked for
 * @param finished false leaves the rescue open after the first contact
 * @param timersFire false runs the case as with the job executor off: a missed response SLA's
 *     timer never fires, so nobody is escalated (the deadline is missed all the same)
 */
public record RescueScript(int score, double hoursToFirstContact, String reason, boolean aboveAuthority,
    boolean homeVisit, Integer reRating, boolean churned, boolean finished, boolean timersFire) {

  /** A case whose SLA timers fire at their due time, as the job executor fires them. */
  public RescueScript(int score, double hoursToFirstContact, String reason, boolean aboveAuthority,
      boolean homeVisit, Integer reRating, boolean churned, boolean finished) {
    this(score, hoursToFirstContact, reason, aboveAuthority, homeVisit, reRating, churned, finished, true);
  }

  /** The same case with the job executor off: no timer fires. */
  public RescueScript withoutTimers() {
    return new RescueScript(score, hoursToFirstContact, reason, aboveAuthority, homeVisit, reRating, churned, finished, false);
  }
}
