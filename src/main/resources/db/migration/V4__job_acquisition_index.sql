-- Every node acquires timers before other jobs and by due date (jobExecutorPreferTimerJobs,
-- jobExecutorAcquireByDueDate in application.yaml); Camunda's advice for that order is this index.
CREATE INDEX IF NOT EXISTS ACT_IDX_JOB_ACQUISITION ON ACT_RU_JOB (TYPE_ DESC, DUEDATE_ ASC);
