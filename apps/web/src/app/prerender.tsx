import type { Session } from '@chime-console/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { sessionQueryKey } from '@/features/auth/api/get-session.ts';
import { JobNotifications } from '@/features/jobs/components/job-notifications.tsx';
import { NotificationsProvider } from '@/lib/notifications.tsx';
import { TopBar } from './layout/top-bar.tsx';
import { AccountsRoute } from './routes/accounts.tsx';

/**
 * The same for everyone, so nothing of one person's reaches another: no name, the least role, no
 * token. The shell shows the page as it looks while its data loads; the app then draws the real one.
 */
const NOBODY: Session = { username: ' ', role: 'viewer', csrfToken: '', mustChangePassword: false };

/**
 * TopNavigation measures its width in an effect, which the server does not run, and until then
 * draws itself for a narrow window (a shorter bar: the page below would move down when the app
 * takes over). The shell is drawn for a wide window, as its side navigation is.
 */
const NARROW_TOP_NAVIGATION = /\sawsui_narrow_[\w-]+/g;

/** The pages (of ROUTE_PRELOADS) whose frame the build renders into their index.html. */
const SHELLS: Record<string, () => ReactNode> = { '/accounts': () => <AccountsRoute /> };

/**
 * Run at build time (see the prerenderShells plugin in vite.config.ts), never in the browser: the
 * signed-in layout of `path` in its loading state, as HTML for #root, painted before any script runs.
 */
export function renderShell(path: string): string {
  const page = SHELLS[path];
  if (page === undefined) throw new Error(`no shell for ${path}`);
  // Nothing fetches on the server: queries stay pending (the page's loading state) and effects do not run.
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false, retry: false } } });
  client.setQueryData(sessionQueryKey, NOBODY);
  const html = renderToString(
    <QueryClientProvider client={client}>
      <NotificationsProvider>
        <MemoryRouter initialEntries={[path]}>
          <JobNotifications>
            <TopBar />
            {page()}
          </JobNotifications>
        </MemoryRouter>
      </NotificationsProvider>
    </QueryClientProvider>,
  );
  return html.replace(NARROW_TOP_NAVIGATION, '');
}
