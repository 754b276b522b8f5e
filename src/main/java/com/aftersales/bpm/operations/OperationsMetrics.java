package com.aftersales.bpm.operations;

/**
 * The names of the application's own meters, in Micrometer's dotted form; Prometheus shows them
 * with underscores and counters with {@code _total} (docs/operators.md, "Operations"). The notification
 * failures are named where they happen: {@code NotificationDispatcher.FAILED_METRIC}.
 */
public final class OperationsMetrics {

  /** Process instances started, tag {@code process} (the definition key); counted when the start commits. */
  public static final String CASES_STARTED = "aftersales.cases.started";
  /** SLA deadlines missed (timer fired, or step ended after it), tags {@code process} and {@code sla} (the timer's id in the model). */
  public static final String SLA_BREACHES = "aftersales.sla.breaches";

  /** Jobs the job executor could run now: due, retries left, not suspended (running ones included). */
  public static final String JOBS_DUE = "aftersales.jobs.due";
  /** Of those, timers. */
  public static final String TIMERS_DUE = "aftersales.jobs.timers.due";
  /** Jobs a job executor holds a lock on (acquired, running or queued on a node). */
  public static final String JOBS_LOCKED = "aftersales.jobs.locked";
  /** Jobs that failed with no retries left: each is an incident in Cockpit until retried. */
  public static final String JOBS_NO_RETRIES_LEFT = "aftersales.jobs.no.retries.left";
  /** Open incidents of all processes. */
  public static final String INCIDENTS_OPEN = "aftersales.incidents.open";

  /** The engine's own job counts as it marks them, tag {@code outcome}: successful, failed. */
  public static final String ENGINE_JOB_EXECUTIONS = "camunda.job.executions";
  /** Jobs the job executor acquired but could not queue (its pool was full): the node is saturated. */
  public static final String ENGINE_JOBS_REJECTED = "camunda.job.executions.rejected";

  private OperationsMetrics() {}
}
