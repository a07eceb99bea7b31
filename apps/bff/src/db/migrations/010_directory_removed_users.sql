-- A user the console saw Chime remove (a Team account's suspension) stays out of the index until a
-- read that began after the removal: a sweep's page read just before it must not bring the user back.
CREATE TABLE directory_removed_users (
  account_id text NOT NULL REFERENCES directory_accounts (account_id) ON DELETE CASCADE,
  user_id text NOT NULL,
  removed_at timestamptz NOT NULL,
  PRIMARY KEY (account_id, user_id)
);
