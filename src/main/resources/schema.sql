-- Tables of the application itself (the engine creates its own ACT_* tables).

-- Every survey answer received over REST, kept for idempotency and as the intake record.
CREATE TABLE IF NOT EXISTS nps_response (
  survey_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
  payload_sha256 CHAR(64)     NOT NULL,
  payload        CLOB         NOT NULL,
  result         CLOB         NOT NULL,
  received_at    TIMESTAMP    NOT NULL,
  received_by    VARCHAR(64)
);

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
