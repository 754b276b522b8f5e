-- Issue 19: the customer promise checklist (SPEC 6). One row per promise a sales advisor recorded
-- at delivery, with the standard policy's verdict and the service manager's pre-approval. Written
-- by the intake and by the process customerPromiseChecklist in the engine's transactions; read by
-- customer (the service side's forms, GET /api/customers/{id}/promises) and by month (capability
-- report). See ADR 0012. SQL that H2 and PostgreSQL both read.
CREATE TABLE customer_promise (
  checklist_id        VARCHAR(64)              NOT NULL,
  item_no             INT                      NOT NULL,
  customer_id         VARCHAR(64)              NOT NULL,
  order_id            VARCHAR(64)              NOT NULL,
  recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  kind                VARCHAR(16)              NOT NULL,
  description         VARCHAR(500)             NOT NULL,
  promise_value       DECIMAL(12, 2)           NOT NULL,
  valid_until         DATE,
  -- STANDARD or SPECIAL (DMN promisePolicy); empty while RECEIVED
  policy_class        VARCHAR(16),
  state               VARCHAR(32)              NOT NULL,
  decision_reason     VARCHAR(4000),
  changed_description VARCHAR(4000),
  decided_at          TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (checklist_id, item_no)
);
CREATE INDEX idx_customer_promise_customer ON customer_promise (customer_id);
CREATE INDEX idx_customer_promise_recorded_at ON customer_promise (recorded_at);
