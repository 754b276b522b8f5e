package com.aftersales.bpm.architecture;

import java.util.Map;

/**
 * The classes a feature publishes to another, besides its {@code *Variables} catalog (the
 * variables its process records, which reports and Tasklist read by name): each crossing, with
 * the reason it is a public entry point rather than an internal. Anything else a feature uses of
 * another fails {@link ArchitectureTest}; move it to {@code common/} or add it here with a reason.
 */
final class PublishedClasses {

  /** "using package -> used class" and why. */
  static final Map<String, String> ALLOWED = Map.ofEntries(
      // the report's read model (ADR 0013): its tables are where the month's cases are counted once
      entry("meeting", "report.RescueCaseTable", "the capability report counts the month's rescues from the report's table"),
      entry("meeting", "report.RescueCase", "a row of that table"),
      entry("meeting", "report.PartsOrderTable", "the capability report counts the month's parts orders from the report's table"),
      entry("meeting", "report.RescueReport", "its root-cause shares (RescueReport.Share) are shown in the meeting's words"),
      entry("report", "rescue.RescueOutcome", "the report counts the rescue's outcomes, whose codes have one home"),
      entry("review", "rescue.RescueOutcome", "the review picks cases by the rescue's outcome"),
      entry("review", "rescue.RootCause", "a rescue whose root cause is a sales promise is sales' case too in the review"),
      entry("report", "rescue.RootCause", "both monthly reports count the sales-promise root cause, whose code has one home"),
      entry("meeting", "report.Shares", "the month's complaint hot spots are the report's root-cause shares, computed one way"),
      entry("review", "report.RescueCaseTable", "the monthly review picks its cases from the report's table (ReportTablesCasesOfMonth)"),
      entry("review", "report.RescueCase", "a row of that table"),
      entry("review", "report.PartsOrderTable", "the monthly review picks its parts orders from the report's table"),
      entry("review", "report.SalesSupportRatings", "the review's Sales feedback writes sales' rating to the report's table (ADR 0030)"),
      entry("sales", "report.VehicleOrderTable", "the dealer system's orders go to the report's table, for sales' repurchase and referral KPI (ADR 0036)"),
      // the promise state table (ADR 0012)
      entry("meeting", "promise.CustomerPromiseTable", "the capability report counts open and broken promises"),
      entry("meeting", "promise.CustomerPromise", "a row of that table"),
      entry("meeting", "promise.PromiseState", "the state of a row"),
      // ports and services one feature offers another
      entry("meeting", "review.CapabilityBriefing", "the review's port for the meeting's briefing; the meeting implements it"),
      entry("redalert", "parts.PartShortageService", "a red alert finds the orders waiting for the part (waitingFor)"),
      entry("redalert", "parts.WaitingOrder", "what waitingFor answers"),
      entry("redalert", "promise.DecidedPromises", "a customer who accepts a red alert's car holds the lifetime free repair the alert's decision made, among the promises service sees (SPEC 5, 6; ADR 0045)"),
      entry("rescue", "parts.PostRepairSurveys", "a survey answer is linked to the repair order waiting for it"),
      entry("report", "rescue.SurveyAnswers", "the report counts the low scores received and those rescued, which only the intake records"),
      entry("report", "redalert.DeliveryTier", "the report lists the red alert's NPS for each tier, whose codes have one home"),
      entry("security", "tasklist.TasklistFilters", "the identity setup creates Tasklist's filters with the groups"),
      // the demo drives the rescue as a client would
      entry("demo", "rescue.SurveyIntakeService", "the demo data sends its surveys through the intake, as the API does"),
      entry("demo", "rescue.NpsResponse", "the intake's request"),
      entry("demo", "rescue.IntakeResult", "the intake's answer"),
      entry("demo", "rescue.ReRatingService", "the demo data sends re-ratings through the intake, as the API does"),
      entry("demo", "rescue.ReRating", "that intake's request"),
      entry("demo", "rescue.RootCause", "the demo's investigations record root causes the form offers"));

  private PublishedClasses() {}

  static boolean allows(String from, String className) {
    String prefix = "com.aftersales.bpm.";
    return className.startsWith(prefix) && ALLOWED.containsKey(from + " -> " + className.substring(prefix.length()));
  }

  private static Map.Entry<String, String> entry(String from, String used, String reason) {
    return Map.entry(from + " -> " + used, reason);
  }
}
