-- The sender claims mail in a short transaction and sends it outside any transaction: a claimed message is
-- 'sending', reserved for the claim that holds lease_id until lease_until. A lease that runs out (the instance died
-- or lost the database mid-send) lets any instance claim the message again.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_check;
ALTER TABLE mail_outbox
    ADD CONSTRAINT mail_outbox_status_check CHECK (status IN ('queued', 'sending', 'sent', 'failed'));
ALTER TABLE mail_outbox ADD COLUMN lease_id UUID;
ALTER TABLE mail_outbox ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_lease_check
    CHECK ((status = 'sending') = (lease_id IS NOT NULL AND lease_until IS NOT NULL));
CREATE INDEX idx_mail_outbox_lease_until ON mail_outbox(lease_until) WHERE status = 'sending';
