-- ADR 0035: the mobile number an urgent notification's SMS goes to, one per staff account, set by an
-- administrator (PUT /api/staff/{userId}/mobile) and deleted with the account. Numbers in E.164
-- (+8613800138000). set_by and set_at say who put it there and when. SQL that H2 and PostgreSQL
-- both read.
CREATE TABLE IF NOT EXISTS staff_mobile (
  user_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  mobile              VARCHAR(16)  NOT NULL,
  set_by              VARCHAR(64)  NOT NULL,
  set_at              TIMESTAMP    NOT NULL
);
