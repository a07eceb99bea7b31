-- Invitation statuses are read back from Chime in the background too, not only when someone opens
-- an account's invitations. A replica claims an account's next check by moving next_check_at on,
-- so replicas sharing one database do not scan the same account at once. reconciled_at is now
-- set only by a check that finished, so a claim alone never makes statuses look fresh.
ALTER TABLE invitation_reconciliations ALTER COLUMN reconciled_at DROP NOT NULL;
ALTER TABLE invitation_reconciliations ADD COLUMN next_check_at timestamptz;
