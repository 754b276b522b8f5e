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
 */
public record RescueScript(int score, double hoursToFirstContact, String reason, boolean aboveAuthority,
    boolean homeVisit, Integer reRating, boolean churned, boolean finished) {

  /** A missed response SLA: first contact later than every grade's SLA. */
  boolean late() {
    return hoursToFirstContact > 24;
  }
}
