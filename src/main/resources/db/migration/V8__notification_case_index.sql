-- CaseNotificationLimit counts a case's notifications of the last hour before each new one (ADR 24).
CREATE INDEX IF NOT EXISTS idx_notification_case ON notification (process_instance_id, created_at);
