-- Each staff member's e-mail is its own delivery (channel 'mail:<address>'), so a mailbox the mail
-- server refuses does not keep the notification from the others and a retry sends them no second
-- copy. An address has up to 255 characters (ACT_ID_USER.EMAIL_). SQL that H2 and PostgreSQL both read.
ALTER TABLE notification_delivery ALTER COLUMN channel SET DATA TYPE VARCHAR(300);
