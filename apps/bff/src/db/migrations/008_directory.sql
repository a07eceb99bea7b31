-- The directory index: every Chime account and user the console can see (never a PIN), each row
-- stamped with when Chime last returned it. A background sweep fills it (ListAccounts, then
-- ListUsers per account) and every change or fresh read the console makes updates it at once.

-- Extensions belong to the database, not a schema: replicas (and test schemas) migrating at once
-- take turns creating it, and it lives in public, where every schema's queries name its opclass.
SELECT pg_advisory_xact_lock(214748364, 0);
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE TABLE directory_accounts (
  account_id text PRIMARY KEY,
  name text NOT NULL,
  -- The contract's Account, as Chime last returned it.
  record jsonb NOT NULL,
  read_at timestamptz NOT NULL,
  -- When the account's users were last read in full (absent: never; the index does not know them yet).
  users_swept_at timestamptz,
  -- A sweep of its users in progress: started when, the page to read next (a restart continues
  -- there), and the replica holding it until its lease runs out.
  sweep_started_at timestamptz,
  sweep_token text,
  sweep_owner text,
  sweep_lease_until timestamptz,
  next_sweep_at timestamptz NOT NULL DEFAULT '-infinity',
  -- The console changed the account in a way Chime's answer did not show in full (an invitation
  -- makes users whose IDs it does not return): until a sweep that began after this ends, the
  -- account's users are asked of Chime rather than of the index.
  stale_since timestamptz,
  -- Its invitations changed since directory_invitation_days last counted them.
  counts_dirty boolean NOT NULL DEFAULT true
);
CREATE INDEX directory_accounts_due_idx ON directory_accounts (next_sweep_at);
CREATE INDEX directory_accounts_name_trgm_idx ON directory_accounts USING gin (lower(name) public.gin_trgm_ops);

CREATE TABLE directory_users (
  account_id text NOT NULL REFERENCES directory_accounts (account_id) ON DELETE CASCADE,
  user_id text NOT NULL,
  -- Lower-cased, as Chime matches emails.
  email text,
  display_name text,
  license_type text,
  user_type text,
  registration_status text,
  invitation_status text,
  invited_on timestamptz,
  registered_on timestamptz,
  -- The contract's User, as Chime last returned it (the gateway's mapping has no PIN).
  record jsonb NOT NULL,
  read_at timestamptz NOT NULL,
  PRIMARY KEY (account_id, user_id)
);
-- Search: any part of an email or name (trigrams), an email prefix, a user ID.
CREATE INDEX directory_users_search_trgm_idx ON directory_users
  USING gin ((coalesce(email, '') || ' ' || lower(coalesce(display_name, ''))) public.gin_trgm_ops);
CREATE INDEX directory_users_email_idx ON directory_users (email text_pattern_ops);
CREATE INDEX directory_users_name_idx ON directory_users (lower(display_name) text_pattern_ops);
CREATE INDEX directory_users_user_id_idx ON directory_users (user_id);
-- The users tab's pages, and its filters with exact totals.
CREATE INDEX directory_users_page_idx ON directory_users (account_id, (coalesce(email, '')), user_id);
CREATE INDEX directory_users_status_idx ON directory_users (account_id, registration_status, invitation_status, license_type);
CREATE INDEX directory_users_invited_idx ON directory_users (invitation_status, invited_on) WHERE invitation_status IS NOT NULL;

-- Every account's invitations counted by status and day (sent, and accepted on), so the overview
-- across a million users sums a few rows per account rather than reading every user. Counted again
-- when a sweep of the account ends, and, for accounts whose invitations changed since, before an
-- overview is answered.
CREATE TABLE directory_invitation_days (
  account_id text NOT NULL REFERENCES directory_accounts (account_id) ON DELETE CASCADE,
  day date NOT NULL,
  status text NOT NULL,
  -- Whether the console sent them (it holds a record of theirs), or someone outside it did.
  from_console boolean NOT NULL,
  -- Invitations with this status sent on this day.
  sent integer NOT NULL,
  -- Invitations accepted on this day (status Accepted).
  accepted integer NOT NULL,
  PRIMARY KEY (account_id, day, status, from_console)
);

-- The list of accounts is read as one unit, by one replica at a time, resumable like an account's users.
CREATE TABLE directory_listing (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  started_at timestamptz,
  token text,
  owner text,
  lease_until timestamptz,
  -- When the list was last read in full.
  listed_at timestamptz,
  next_at timestamptz NOT NULL DEFAULT '-infinity'
);
INSERT INTO directory_listing DEFAULT VALUES;

-- One upstream budget per Chime operation, shared by every replica: a token bucket kept as the time
-- its calls have spent it until (GCRA), and the rate it currently allows (lowered on each 429).
CREATE TABLE upstream_budget (
  operation text PRIMARY KEY,
  spent_until timestamptz NOT NULL DEFAULT now(),
  rate double precision NOT NULL CHECK (rate > 0)
);

-- The invitation checker's claims: the sweep reads every account now.
DROP TABLE invitation_reconciliations;
