import { z } from 'zod';
import type { ListUsersQuery, User } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import { accountIndexedAt, countIndexedUsers, readIndexedUsers } from '../directory/indexed-users.ts';
import type { CursorCodec } from '../pagination/cursor-codec.ts';
import { keysetPage } from '../pagination/keyset-page.ts';

/** Chime pages read per request before answering with what was found so far. */
export const MAX_SCAN_PAGES = 100;
const UPSTREAM_PAGE = 200;

/** Where a listing stopped: the token of the upstream page to read next, and how far into it. */
const positionSchema = z.object({ t: z.string().optional(), o: z.number().int().min(0).max(UPSTREAM_PAGE) });
type Position = z.infer<typeof positionSchema>;

type Filters = Omit<ListUsersQuery, 'cursor' | 'pageSize'>;

/** The filters Chime lacks: the BFF applies them to each upstream page itself. */
export function scanFilter(filters: Filters): ((user: User) => boolean) | undefined {
  const { registrationStatus, invitationStatus, license, nameContains } = filters;
  if (!registrationStatus && !invitationStatus && !license && !nameContains) return undefined;
  const needle = nameContains?.toLowerCase();
  return (user) =>
    (!registrationStatus || user.registrationStatus === registrationStatus) &&
    (!invitationStatus || user.invitationStatus === invitationStatus) &&
    (!license || user.licenseType === license) &&
    (!needle || `${user.displayName ?? ''} ${user.email ?? ''}`.toLowerCase().includes(needle));
}

const indexPosition = z.object({ email: z.string(), id: z.string() });

/**
 * A page of users. Once the directory index has read the account's users, every filter but the
 * exact email is answered from it, with the exact total and the time of that read; the email, an
 * account not yet indexed, and one the console invited people to since, are asked of Chime.
 */
export async function listUsers(chime: ChimeGateway, db: Database, cursors: CursorCodec, accountId: string, query: ListUsersQuery) {
  const sweptAt = query.email === undefined ? await accountIndexedAt(db, accountId) : undefined;
  if (sweptAt === undefined) return scanUsers(chime, cursors, accountId, query);
  // No email here: an email is always asked of Chime.
  const { cursor, pageSize, ...filters } = query;
  const [page, total] = await Promise.all([
    keysetPage(
      cursors,
      { cursor, pageSize, scope: { accountId, index: true, ...filters } },
      {
        position: indexPosition,
        read: (after, limit) => readIndexedUsers(db, accountId, filters, { after, limit }),
        positionOf: (user: User) => ({ email: user.email?.toLowerCase() ?? '', id: user.id }),
      },
    ),
    countIndexedUsers(db, accountId, filters),
  ]);
  return { ...page, total, asOf: sweptAt.toISOString() };
}

/**
 * A page of users from Chime. With only Chime's own filters (email, user type) it is one upstream call; with
 * any other filter the BFF reads upstream pages one at a time, keeps the matches, and remembers
 * where it stopped in the cursor, so memory stays at one upstream page whatever the account size.
 */
async function scanUsers(chime: ChimeGateway, cursors: CursorCodec, accountId: string, query: ListUsersQuery) {
  const { cursor, pageSize, ...filters } = query;
  const scope = { accountId, ...filters };
  const upstream = { email: filters.email, userType: filters.userType };
  const start: Position = cursor === undefined ? { o: 0 } : cursors.decode(cursor, scope, positionSchema);
  const matches = scanFilter(filters);

  if (!matches) {
    const page = await chime.listUsers(accountId, { ...upstream, maxResults: pageSize, nextToken: start.t });
    return {
      items: page.items,
      ...(page.nextToken !== undefined && { nextCursor: cursors.encode({ t: page.nextToken, o: 0 } satisfies Position, scope) }),
    };
  }

  const items: User[] = [];
  let position = start;
  let upstreamPages = 0;
  let upstreamItems = 0;
  while (upstreamPages < MAX_SCAN_PAGES) {
    const page = await chime.listUsers(accountId, { ...upstream, maxResults: UPSTREAM_PAGE, nextToken: position.t });
    upstreamPages++;
    upstreamItems += page.items.length;
    for (let index = position.o; index < page.items.length; index++) {
      const user = page.items[index] as User;
      if (!matches(user)) continue;
      items.push(user);
      if (items.length === pageSize) {
        const resume: Position | undefined =
          index + 1 < page.items.length
            ? { ...position, o: index + 1 }
            : page.nextToken === undefined
              ? undefined
              : { t: page.nextToken, o: 0 };
        return withScan(items, resume, { upstreamPages, upstreamItems, complete: resume === undefined });
      }
    }
    if (page.nextToken === undefined) return withScan(items, undefined, { upstreamPages, upstreamItems, complete: true });
    position = { t: page.nextToken, o: 0 };
  }
  return withScan(items, position, { upstreamPages, upstreamItems, complete: false });

  function withScan(
    found: User[],
    resume: Position | undefined,
    scan: { upstreamPages: number; upstreamItems: number; complete: boolean },
  ) {
    return { items: found, ...(resume !== undefined && { nextCursor: cursors.encode(resume, scope) }), scan };
  }
}
