-- Issue 15: an SLA deadline is missed when its work ends after it, whether or not its timer fired
-- (audit/SlaParseListener). Before this version a case recorded a breach only when the timer fired,
-- so a late step with the job executor off or behind counted as kept. This migration corrects what
-- the cases recorded before it, from the engine's job log: an SLA timer job removed (its step ended)
-- after its due date, without having fired, is a missed deadline that was not counted. From this
-- version on the engine counts such a deadline as the step ends, so nothing is counted twice.
-- SQL that H2 and PostgreSQL both read.

-- The SLA timers as the models of this version mark them (extension property sla).
CREATE TABLE sla_missed_before_v5 (process_instance_id VARCHAR(64) NOT NULL PRIMARY KEY, missed INT NOT NULL);
INSERT INTO sla_missed_before_v5 (process_instance_id, missed)
SELECT d.PROCESS_INSTANCE_ID_, COUNT(*) FROM ACT_HI_JOB_LOG d
WHERE d.JOB_STATE_ = 3 AND d.PROCESS_INSTANCE_ID_ IS NOT NULL AND d.JOB_DUEDATE_ IS NOT NULL
  AND d.TIMESTAMP_ > d.JOB_DUEDATE_
  AND d.ACT_ID_ IN ('Timer_ResponseSla', 'Timer_PromisedCallback', 'Timer_FollowUpDue', 'Timer_ManagerReviewDue',
    'StartEvent_PromisedDatePassed', 'StartEvent_TwicePromisedPassed', 'Timer_RepairNotStarted', 'Timer_ActionOverdue',
    'Timer_SelectCasesOverrun', 'Timer_ReconstructOverrun', 'Timer_FindBlindSpotsOverrun', 'Timer_DesignSolutionsOverrun',
    'Timer_CommitAndTrackOverrun')
  AND NOT EXISTS (SELECT 1 FROM ACT_HI_JOB_LOG s WHERE s.JOB_ID_ = d.JOB_ID_ AND s.JOB_STATE_ = 2)
GROUP BY d.PROCESS_INSTANCE_ID_;

-- slaBreached / slaBreaches of those cases: the running value (open cases) and the history's
-- (what the search reads). The variable history keeps the values as they were recorded.
UPDATE ACT_RU_VARIABLE SET LONG_ = 1, REV_ = REV_ + 1
WHERE NAME_ = 'slaBreached' AND TYPE_ = 'boolean' AND EXECUTION_ID_ = PROC_INST_ID_
  AND PROC_INST_ID_ IN (SELECT process_instance_id FROM sla_missed_before_v5);
UPDATE ACT_RU_VARIABLE SET
  LONG_ = COALESCE(LONG_, 0) + (SELECT m.missed FROM sla_missed_before_v5 m WHERE m.process_instance_id = PROC_INST_ID_),
  TEXT_ = CAST(COALESCE(LONG_, 0) + (SELECT m.missed FROM sla_missed_before_v5 m WHERE m.process_instance_id = PROC_INST_ID_) AS VARCHAR(20)),
  REV_ = REV_ + 1
WHERE NAME_ = 'slaBreaches' AND TYPE_ = 'integer' AND EXECUTION_ID_ = PROC_INST_ID_
  AND PROC_INST_ID_ IN (SELECT process_instance_id FROM sla_missed_before_v5);
UPDATE ACT_HI_VARINST SET LONG_ = 1, REV_ = REV_ + 1
WHERE NAME_ = 'slaBreached' AND VAR_TYPE_ = 'boolean' AND EXECUTION_ID_ = PROC_INST_ID_
  AND PROC_INST_ID_ IN (SELECT process_instance_id FROM sla_missed_before_v5);
UPDATE ACT_HI_VARINST SET
  LONG_ = COALESCE(LONG_, 0) + (SELECT m.missed FROM sla_missed_before_v5 m WHERE m.process_instance_id = PROC_INST_ID_),
  TEXT_ = CAST(COALESCE(LONG_, 0) + (SELECT m.missed FROM sla_missed_before_v5 m WHERE m.process_instance_id = PROC_INST_ID_) AS VARCHAR(20)),
  REV_ = REV_ + 1
WHERE NAME_ = 'slaBreaches' AND VAR_TYPE_ = 'integer' AND EXECUTION_ID_ = PROC_INST_ID_
  AND PROC_INST_ID_ IN (SELECT process_instance_id FROM sla_missed_before_v5);
DROP TABLE sla_missed_before_v5;

-- The rescue report's table: the first contact's deadline, so the report can tell a late first
-- contact from the case's other deadlines. Its rows are emptied and filled again from the corrected
-- history by report/CaseTableReconciler when the engine starts (before any request or job), with
-- the same code the history events use, so old rows and new ones mean the same.
ALTER TABLE rescue_case ADD COLUMN response_due TIMESTAMP WITH TIME ZONE;
DELETE FROM rescue_case;
