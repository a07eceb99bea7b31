-- Sign-in attempts now count for different lengths of time: a username+address's or an address's
-- failures for 15 minutes, a username's failures across addresses for a day, and an address a
-- person signed in from for 30 days. Each row says when it stops counting, so one purge fits all.
ALTER TABLE login_attempts ADD COLUMN expires_at timestamptz;
UPDATE login_attempts SET expires_at = attempted_at + interval '15 minutes';
ALTER TABLE login_attempts ALTER COLUMN expires_at SET NOT NULL;
DROP INDEX login_attempts_attempted_at_idx;
CREATE INDEX login_attempts_expires_at_idx ON login_attempts (expires_at);
