-- A user's history, and the audit log filtered by its target user, read newest first.
CREATE INDEX audit_log_user_idx ON audit_log (user_id, at DESC, id DESC);

-- A job names its account as it was when the job was created: once the account is deleted, neither
-- Chime nor the directory index can name it any more. Older jobs have no name.
ALTER TABLE jobs ADD COLUMN account_name text;
