import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { directoryStatus } from '../use-cases/directory-status.ts';
import { refreshAccount } from '../use-cases/refresh-account.ts';
import { searchDirectory } from '../use-cases/search-directory.ts';

export const directoryRoutes = ({ db, config }: Services) => [
  route('searchDirectory', ({ query }) => searchDirectory(db, query)),
  route('directoryStatus', () => directoryStatus(db, config.directorySweepSeconds)),
  route('refreshAccount', ({ params, chime }) =>
    refreshAccount({ chime, db, sweepSeconds: config.directorySweepSeconds }, params.accountId),
  ),
];
