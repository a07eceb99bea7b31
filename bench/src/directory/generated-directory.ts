import type { Database } from './bff-modules.ts';

const FIRST_NAMES = [
  'priya',
  'wei',
  'ada',
  'omar',
  'lucia',
  'kenji',
  'fatima',
  'john',
  'maria',
  'ivan',
  'amara',
  'noah',
  'sofia',
  'ravi',
  'elena',
  'diego',
  'hana',
  'liam',
  'zara',
  'mateo',
  'yuki',
  'chloe',
  'arjun',
  'nadia',
  'oscar',
];
const LAST_NAMES = [
  'chen',
  'lovelace',
  'patel',
  'garcia',
  'smith',
  'nakamura',
  'okafor',
  'rossi',
  'novak',
  'kim',
  'silva',
  'haddad',
  'muller',
  'dubois',
  'jensen',
  'kowalski',
  'singh',
  'tanaka',
  'andersen',
  'moreau',
];

/** The directory's shape in the bench: one large account (the users tab figure) and the rest spread evenly. */
export interface DirectoryShape {
  accounts: number;
  users: number;
  /** Users of the first account, `org0`. */
  largestAccountUsers: number;
}

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(',')}]`;

/**
 * Fills the index straight in the database, one INSERT … SELECT generate_series per table: names from
 * 25 × 20 first and last names (so a prefix matches many people, as in a real company), lower-case
 * emails `first.last.n@org<k>.example`, licenses, statuses and invitations mixed, invitations spread
 * over 60 days. Then ANALYZE, as autovacuum would before anyone searched.
 */
export async function generateDirectory(db: Database, shape: DirectoryShape): Promise<void> {
  const { accounts, users, largestAccountUsers } = shape;
  const others = accounts - 1;
  await db.exec(`
    INSERT INTO directory_accounts (account_id, name, record, read_at, users_swept_at)
    SELECT id, name, jsonb_build_object('id', id, 'name', name, 'accountType', 'EnterpriseLWA'), now(), now()
    FROM (SELECT md5('account-' || k)::uuid::text AS id, 'Org ' || k || ' Ltd' AS name FROM generate_series(0, ${accounts - 1}) k) a;
  `);
  await db.exec(`
    INSERT INTO directory_users (account_id, user_id, email, display_name, license_type, user_type,
      registration_status, invitation_status, invited_on, registered_on, record, read_at)
    SELECT account_id, user_id, email, display_name, license_type, user_type, registration_status, invitation_status,
      invited_on, registered_on,
      jsonb_strip_nulls(jsonb_build_object('id', user_id, 'accountId', account_id, 'email', email, 'displayName', display_name,
        'licenseType', license_type, 'userType', user_type, 'registrationStatus', registration_status,
        'invitationStatus', invitation_status, 'invitedOn', invited_on, 'registeredOn', registered_on)),
      now()
    FROM (
      SELECT n, k, md5('account-' || k)::uuid::text AS account_id, md5('user-' || n)::uuid::text AS user_id,
        first || '.' || last || '.' || n || '@org' || k || '.example' AS email,
        initcap(first) || ' ' || initcap(last) AS display_name,
        (ARRAY['Basic','Plus','Pro','ProTrial'])[1 + n % 4] AS license_type,
        CASE WHEN n % 50 = 0 THEN 'SharedDevice' ELSE 'PrivateUser' END AS user_type,
        (ARRAY['Registered','Unregistered','Registered','Suspended','Registered'])[1 + n % 5] AS registration_status,
        (ARRAY['Accepted','Pending',NULL,'Failed','Accepted','Pending','Accepted'])[1 + n % 7] AS invitation_status,
        now() - make_interval(days => n % 60, mins => n % 1440) AS invited_on,
        CASE WHEN n % 5 IN (0, 2, 4) THEN now() - make_interval(days => n % 50) END AS registered_on
      FROM (
        SELECT n, CASE WHEN n < ${largestAccountUsers} THEN 0 ELSE 1 + (n - ${largestAccountUsers}) % ${others} END AS k,
          (${sqlArray(FIRST_NAMES)})[1 + n % ${FIRST_NAMES.length}] AS first,
          (${sqlArray(LAST_NAMES)})[1 + (n / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}] AS last
        FROM generate_series(0, ${users - 1}) n
      ) s
    ) u;
  `);
  await db.exec('ANALYZE directory_accounts; ANALYZE directory_users;');
}

/** The largest account's ID (`org0`). */
export async function largestAccountId(db: Database): Promise<string> {
  const [row] = await db.query<{ account_id: string }>("SELECT account_id FROM directory_accounts WHERE name = 'Org 0 Ltd'");
  if (row === undefined) throw new Error('the generated directory has no Org 0');
  return row.account_id;
}
