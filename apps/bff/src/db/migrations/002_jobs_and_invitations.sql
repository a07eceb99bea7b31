-- Bulk jobs, recorded item by item before anything is sent, and the invitations the console sent.

CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('invite', 'license', 'suspend', 'unsuspend', 'logout')),
  account_id text NOT NULL,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'cancelled')),
  license_type text,
  user_type text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  finished_at timestamptz
);
CREATE INDEX jobs_created_idx ON jobs (created_at DESC, id DESC);
CREATE INDEX jobs_account_idx ON jobs (account_id, created_at DESC);

-- One API call's worth of items. A worker claims a chunk with FOR UPDATE SKIP LOCKED and holds a
-- lease; a chunk whose lease ran out (its worker died) is claimed again by any replica.
CREATE TABLE job_chunks (
  job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  chunk_no integer NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'done')),
  attempts integer NOT NULL DEFAULT 0,
  not_before timestamptz NOT NULL DEFAULT now(),
  lease_owner text,
  lease_until timestamptz,
  -- Set when a call may have reached Chime without its answer being recorded (a 5xx, a timeout, a
  -- crash): invitations in such a chunk are reconciled with Chime's user list before any resend.
  maybe_sent boolean NOT NULL DEFAULT false,
  -- The worker that finished it: shows how replicas shared a job.
  done_by text,
  PRIMARY KEY (job_id, chunk_no)
);
CREATE INDEX job_chunks_claimable_idx ON job_chunks (state, not_before);

CREATE TABLE job_items (
  job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  target text NOT NULL,
  chunk_no integer NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ok', 'failed', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0,
  result jsonb,
  PRIMARY KEY (job_id, seq),
  UNIQUE (job_id, target)
);
CREATE INDEX job_items_chunk_idx ON job_items (job_id, chunk_no);
CREATE INDEX job_items_status_idx ON job_items (job_id, status, seq);

-- Every invitation this console sent, one row per account and email (resends count up).
CREATE TABLE invitations (
  account_id text NOT NULL,
  email text NOT NULL,
  invite_id text,
  status text,
  email_status text,
  sent_by text NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  sends integer NOT NULL DEFAULT 1,
  job_id uuid,
  checked_at timestamptz,
  PRIMARY KEY (account_id, email)
);
CREATE INDEX invitations_account_idx ON invitations (account_id, status, sent_at DESC);

-- When each account's invitation statuses were last read back from Chime.
CREATE TABLE invitation_reconciliations (
  account_id text PRIMARY KEY,
  reconciled_at timestamptz NOT NULL
);
