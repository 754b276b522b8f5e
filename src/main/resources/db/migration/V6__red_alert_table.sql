-- The rescue report's red-alert figures (issue 18): one row per red alert, kept current from the
-- engine's history events like rescue_case and parts_order; a month is a range on discovered_at.
CREATE TABLE IF NOT EXISTS red_alert (
  process_instance_id  VARCHAR(64)              NOT NULL PRIMARY KEY,
  alert_id             VARCHAR(255),
  discovered_at        TIMESTAMP WITH TIME ZONE,
  decided_in_window    BOOLEAN,
  decision_minutes     BIGINT,
  delivered_as_planned BIGINT,
  customers_accepted   BIGINT,
  customers_waiting    BIGINT,
  customers_cancelled  BIGINT,
  plan_cost            BIGINT,
  overtime_cost        BIGINT,
  ended                BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_red_alert_discovered_at ON red_alert (discovered_at);
