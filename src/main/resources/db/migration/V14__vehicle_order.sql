-- ADR 0036: sales' third joint KPI (SPEC 6, "repurchase/referral rate") from the vehicle orders the
-- dealer system sends (POST /api/vehicle-orders): every order signed, with where the customer came
-- from (NEW, REPURCHASE, REFERRAL). The report counts the month's orders by signed_at in the centre's
-- time zone. Times as survey_answer's (TIMESTAMP, UTC). SQL that H2 and PostgreSQL both read.
CREATE TABLE IF NOT EXISTS vehicle_order (
  order_id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  customer_id         VARCHAR(64)  NOT NULL,
  source              VARCHAR(16)  NOT NULL,
  signed_at           TIMESTAMP    NOT NULL,
  received_at         TIMESTAMP    NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_vehicle_order_signed ON vehicle_order (signed_at);
