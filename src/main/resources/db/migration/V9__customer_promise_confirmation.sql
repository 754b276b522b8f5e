-- SPEC 6: customer and sales confirm the checklist. When the customer confirmed the promises, as the
-- checklist says (customerConfirmedAt, required from this version on). Empty for the checklists
-- recorded before it, which never said so: the forms read them as "confirmation not recorded".
-- SQL that H2 and PostgreSQL both read.
ALTER TABLE customer_promise ADD COLUMN customer_confirmed_at TIMESTAMP WITH TIME ZONE;
