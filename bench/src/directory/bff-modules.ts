// The BFF's own queries, called in-process: these figures are the database's work, not HTTP's.
export { openDatabase, migrate, type Database } from '../../../apps/bff/src/db/index.ts';
export { searchDirectory } from '../../../apps/bff/src/directory/search.ts';
export { countIndexedUsers, readIndexedUsers, type IndexedFilters } from '../../../apps/bff/src/directory/indexed-users.ts';
export { invitationOverview } from '../../../apps/bff/src/use-cases/invitation-overview.ts';
