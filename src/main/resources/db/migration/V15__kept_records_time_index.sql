-- ADR 0038: the nightly RecordRetention deletes, in each table of ours it keeps, the rows written
-- before a cut-off (DELETE ... WHERE <written column> < ?). Without an index that leads with that
-- column every night reads the whole table; these five tables had none (survey_answer and
-- vehicle_order have theirs from V2 and V14). SQL that H2 and PostgreSQL both read.
CREATE INDEX IF NOT EXISTS idx_intake_record_received_at ON intake_record (received_at);
CREATE INDEX IF NOT EXISTS idx_notification_created_at ON notification (created_at);
CREATE INDEX IF NOT EXISTS idx_notification_delivery_delivered_at ON notification_delivery (delivered_at);
CREATE INDEX IF NOT EXISTS idx_part_contact_contacted_at ON part_customer_contact (contacted_at);
CREATE INDEX IF NOT EXISTS idx_sales_support_rating_completed_at ON sales_support_rating (completed_at);
