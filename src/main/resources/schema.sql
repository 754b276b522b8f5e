-- Tables of the application itself (the engine creates its own ACT_* tables).

-- Every survey answer and shortage report received over REST (kind NPS_RESPONSE / PART_SHORTAGE),
-- kept for idempotency and as the intake record.
CREATE TABLE IF NOT EXISTS intake_record (
  kind           VARCHAR(32)  NOT NULL,
  record_key     VARCHAR(64)  NOT NULL,
  payload_sha256 CHAR(64)     NOT NULL,
  payload        CLOB         NOT NULL,
  result         CLOB         NOT NULL,
  received_at    TIMESTAMP    NOT NULL,
  received_by    VARCHAR(64),
  PRIMARY KEY (kind, record_key)
);

-- What customers said while waiting for a part (SPEC 2.4 counts chases in a row).
CREATE TABLE IF NOT EXISTS part_customer_contact (
  id              VARCHAR(36)   NOT NULL PRIMARY KEY,
  repair_order_id VARCHAR(64)   NOT NULL,
  contacted_at    TIMESTAMP     NOT NULL,
  channel         VARCHAR(16)   NOT NULL,
  text            VARCHAR(2000),
  chasing         BOOLEAN       NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_part_contact_order ON part_customer_contact (repair_order_id, contacted_at);

-- Notifications sent through the default notification adapter (logged and kept, not delivered).
CREATE TABLE IF NOT EXISTS notification (
  id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
  created_at          TIMESTAMP     NOT NULL,
  channel             VARCHAR(32)   NOT NULL,
  recipient           VARCHAR(128)  NOT NULL,
  subject             VARCHAR(500)  NOT NULL,
  message             VARCHAR(4000),
  business_key        VARCHAR(64),
  process_instance_id VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS idx_notification_business_key ON notification (business_key);
