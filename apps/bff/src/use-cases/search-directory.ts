import type { DirectorySearchQuery } from '@chime-console/contracts';
import type { Database } from '../db/index.ts';
import { searchDirectory as search } from '../directory/search.ts';
import { directoryComplete } from './directory-status.ts';

/** Helpdesk's search: users and accounts across every account, from the index (never a PIN: it holds none). */
export async function searchDirectory(db: Database, { q, limit }: DirectorySearchQuery) {
  const [hits, complete] = await Promise.all([search(db, q, limit), directoryComplete(db)]);
  return { hits, incomplete: !complete };
}
