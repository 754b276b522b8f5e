-- ADR 0034: each staff group's notifications go to its own chat robot, and each robot's post is
-- logged as its own delivery (channel 'webhook:<group id>'), so a retry after one robot failed does
-- not post to the others again. A group id has up to 64 characters (ACT_ID_GROUP.ID_). SQL that H2
-- and PostgreSQL both read.
ALTER TABLE notification_delivery ALTER COLUMN channel SET DATA TYPE VARCHAR(80);
