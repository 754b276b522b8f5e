-- SPEC 5 (ADR 0029): the tiered plan is judged by the customers' NPS per tier. One row per order a
-- red alert settled (delivered, replacement delivered, or cancelled and refunded) with its tier,
-- written by the alert's "Record the settled order" step in the engine's transaction; the intake
-- keeps the survey answer's serviceOrderId, so an answer naming the order counts for its tier.
-- Times as survey_answer's (TIMESTAMP), so the two compare. SQL that H2 and PostgreSQL both read.
CREATE TABLE IF NOT EXISTS red_alert_order (
  process_instance_id VARCHAR(64)   NOT NULL,
  order_id            VARCHAR(255)  NOT NULL,
  customer_id         VARCHAR(4000),
  tier                VARCHAR(16)   NOT NULL,
  customer_choice     VARCHAR(16),
  settled_at          TIMESTAMP     NOT NULL,
  PRIMARY KEY (process_instance_id, order_id)
);
CREATE INDEX IF NOT EXISTS idx_red_alert_order_order_id ON red_alert_order (order_id);

-- Answers received before this version keep no order: they count for no tier.
ALTER TABLE survey_answer ADD COLUMN IF NOT EXISTS service_order_id VARCHAR(64);
CREATE INDEX IF NOT EXISTS idx_survey_answer_service_order_id ON survey_answer (service_order_id);
