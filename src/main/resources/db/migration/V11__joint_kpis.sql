-- SPEC 6's joint KPIs (ADR 0030).
-- Sales': the customers' first-year service NPS. The survey system sends the day the customer took
-- delivery of the car (vehicle.deliveredOn, from the dealer system); answers received before this
-- version have none and are counted as answers without a delivery date.
ALTER TABLE survey_answer ADD COLUMN IF NOT EXISTS delivered_on DATE;

-- Service's: sales' rating of after-sales support, given at the monthly review's "Sales feedback"
-- step and written by its completion listener in the engine's transaction, one row per completion
-- (a step done again, e.g. after an administrator moved the review back in Cockpit, adds a row; the
-- report takes the month's latest). review_month is the month reviewed (YYYY-MM), not the month the
-- meeting was held in. Times as survey_answer's (TIMESTAMP). SQL that H2 and PostgreSQL both read.
CREATE TABLE IF NOT EXISTS sales_support_rating (
  task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  review_month        VARCHAR(7)   NOT NULL,
  rating              VARCHAR(1)   NOT NULL,
  completed_at        TIMESTAMP    NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_sales_support_rating_month ON sales_support_rating (review_month, completed_at);
