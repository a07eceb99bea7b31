-- Console users, server-side sessions, login rate limiting and the audit log.
-- Plain PostgreSQL 13+: the same file runs on PGlite and on a PostgreSQL server.

CREATE TABLE console_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('viewer', 'helpdesk', 'admin')),
  disabled boolean NOT NULL DEFAULT false,
  must_change_password boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- "Admin" and "admin" are the same person.
CREATE UNIQUE INDEX console_users_username_key ON console_users (lower(username));

-- id is the SHA-256 of the session token: a leaked table does not sign anyone in.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES console_users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  -- Slides forward with use, never past absolute_expires_at.
  expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

-- One row per failed (or in-flight) sign-in, per rate-limit key; rows older than the window are purged.
CREATE TABLE login_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL,
  attempted_at timestamptz NOT NULL
);
CREATE INDEX login_attempts_key_idx ON login_attempts (key, attempted_at);
CREATE INDEX login_attempts_attempted_at_idx ON login_attempts (attempted_at);

-- at has millisecond precision so that a page cursor (a JavaScript Date) names a row exactly.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  actor text NOT NULL,
  role text,
  action text NOT NULL,
  account_id text,
  user_id text,
  input jsonb,
  result text NOT NULL CHECK (result IN ('ok', 'error', 'denied')),
  error_code text,
  upstream_request_id text,
  client_ip text
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at DESC, id DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC, id DESC);
CREATE INDEX audit_log_account_idx ON audit_log (account_id, at DESC, id DESC);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
