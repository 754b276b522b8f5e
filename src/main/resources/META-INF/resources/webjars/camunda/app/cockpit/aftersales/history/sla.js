// The SLA panel of a case, from the engine's job log: every SLA timer created for the case is a
// deadline, judged by the times whether or not the timer fired. It was breached when the timer
// fired, or when the step it guards ended (the timer was removed) after its due time, or when it is
// still open past its due time; met when the step ended by the due time. A timer due in the year 9999
// (Deadlines.NEVER) stands for a deadline the case does not have and is left out.

export const BREACHED = 'BREACHED';
export const MET = 'MET';
export const OPEN = 'OPEN';

/** How a breached deadline was found: its timer fired, its step was done late, or it is still open. */
export const FIRED = 'FIRED';
export const DONE_LATE = 'DONE_LATE';
export const OVERDUE = 'OVERDUE';

const ms = value => (value ? new Date(value).getTime() : NaN);

/**
 * @param model readModel() of the case's process definition
 * @param jobLogs GET /history/job-log?processInstanceId=… (any order)
 * @param now the time an open deadline is judged at
 * @returns [{id, name, sla, due, state, how, at, escalation}] sorted by due time; `escalation` is
 *   what the fired timer led to (a deadline missed without its timer firing escalated nothing)
 */
export function slaDeadlines(model, jobLogs, now = new Date()) {
  const slaById = new Map(model.sla.map(s => [s.id, s]));
  const jobs = new Map();
  for (const log of jobLogs) {
    if (!slaById.has(log.activityId)) continue;
    const job = jobs.get(log.jobId) || { activityId: log.activityId, due: null, fired: null, removed: null };
    if (log.creationLog) job.due = log.jobDueDate;
    if (log.successLog) job.fired = log.timestamp;
    if (log.deletionLog) job.removed = log.timestamp;
    jobs.set(log.jobId, job);
  }
  // a timer at the end of 9999 (Deadlines.NEVER) guards a deadline the case does not have
  return [...jobs.values()].filter(job => !(new Date(job.due).getUTCFullYear() >= 9999)).map(job => {
    const sla = slaById.get(job.activityId);
    const how = job.fired ? FIRED
      : job.removed ? (ms(job.removed) > ms(job.due) ? DONE_LATE : null)
        : ms(now) > ms(job.due) ? OVERDUE : null;
    const state = how ? BREACHED : job.removed ? MET : OPEN;
    return { id: sla.id, name: sla.name, sla: sla.sla, due: job.due, state, how, at: job.fired || job.removed || null,
      escalation: how === FIRED ? sla.escalation : [] };
  }).sort((a, b) => String(a.due).localeCompare(String(b.due)));
}

/** How often each activity was entered: {activityId: count}. */
export function pathCounts(activityInstances) {
  const counts = {};
  for (const a of activityInstances) counts[a.activityId] = (counts[a.activityId] || 0) + 1;
  return counts;
}
