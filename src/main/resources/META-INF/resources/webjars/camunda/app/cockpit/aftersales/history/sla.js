// The SLA panel of a case, from the engine's job log: every SLA timer created for the case is a
// deadline; it was breached when the timer fired and met when the timer was removed before that
// (its task was done in time).

export const BREACHED = 'BREACHED';
export const MET = 'MET';
export const OPEN = 'OPEN';

/**
 * @param model readModel() of the case's process definition
 * @param jobLogs GET /history/job-log?processInstanceId=… (any order)
 * @returns [{id, name, sla, due, state, at, escalation}] sorted by due time
 */
export function slaDeadlines(model, jobLogs) {
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
  return [...jobs.values()].map(job => {
    const sla = slaById.get(job.activityId);
    const state = job.fired ? BREACHED : job.removed ? MET : OPEN;
    return { id: sla.id, name: sla.name, sla: sla.sla, due: job.due, state, at: job.fired || job.removed || null,
      escalation: state === BREACHED ? sla.escalation : [] };
  }).sort((a, b) => String(a.due).localeCompare(String(b.due)));
}

/** How often each activity was entered: {activityId: count}. */
export function pathCounts(activityInstances) {
  const counts = {};
  for (const a of activityInstances) counts[a.activityId] = (counts[a.activityId] || 0) + 1;
  return counts;
}
