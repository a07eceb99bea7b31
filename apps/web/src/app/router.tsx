import { createBrowserRouter } from 'react-router';
import { paths } from '@/config/paths.ts';
import { listAccountsQueryOptions } from '@/features/accounts/api/list-accounts.ts';
import { accountsQueryFromUrl } from '@/features/accounts/hooks/use-accounts-view.ts';
import { sessionQueryOptions } from '@/features/auth/api/get-session.ts';
import { queryClient } from './query-client.ts';

/**
 * Starts a fetch without waiting for it: loaders run while the route's lazy chunk downloads, so the
 * data and the code arrive together instead of one after the other.
 */
function prefetch(start: () => Promise<unknown>): null {
  // A failed prefetch is the page's to show once it renders and asks again.
  start().catch(() => undefined);
  return null;
}

/**
 * Each page, and the signed-in layout, is its own lazy chunk: the first load carries only the shell
 * and the page opened. Creating the router starts the current location's chunks and loaders, so
 * main.tsx runs this module first, and it imports no component: nothing heavy runs before it.
 */
export const router = createBrowserRouter([
  { path: paths.signIn.pattern, lazy: async () => ({ Component: (await import('./routes/sign-in.tsx')).SignInRoute }) },
  {
    loader: () => prefetch(() => queryClient.query(sessionQueryOptions())),
    lazy: async () => {
      const [{ RequireSession }, { RouteError }] = await Promise.all([
        import('./layout/require-session.tsx'),
        import('./layout/route-error.tsx'),
      ]);
      return { Component: RequireSession, ErrorBoundary: RouteError };
    },
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./routes/home.tsx')).HomeRoute }) },
      {
        path: paths.changePassword.pattern,
        lazy: async () => ({ Component: (await import('./routes/change-password.tsx')).ChangePasswordRoute }),
      },
      {
        path: paths.accounts.pattern,
        loader: ({ request }) =>
          prefetch(() => queryClient.query(listAccountsQueryOptions(accountsQueryFromUrl(new URL(request.url).searchParams)))),
        lazy: async () => ({ Component: (await import('./routes/accounts.tsx')).AccountsRoute }),
      },
      { path: paths.user.pattern, lazy: async () => ({ Component: (await import('./routes/user.tsx')).UserRoute }) },
      { path: paths.account.pattern, lazy: async () => ({ Component: (await import('./routes/account.tsx')).AccountRoute }) },
      { path: paths.findUser.pattern, lazy: async () => ({ Component: (await import('./routes/find-user.tsx')).FindUserRoute }) },
      { path: paths.audit.pattern, lazy: async () => ({ Component: (await import('./routes/audit.tsx')).AuditRoute }) },
      {
        path: paths.consoleUsers.pattern,
        lazy: async () => ({ Component: (await import('./routes/console-users.tsx')).ConsoleUsersRoute }),
      },
      { path: paths.invitations.pattern, lazy: async () => ({ Component: (await import('./routes/invitations.tsx')).InvitationsRoute }) },
      { path: paths.jobs.pattern, lazy: async () => ({ Component: (await import('./routes/jobs.tsx')).JobsRoute }) },
      { path: paths.job.pattern, lazy: async () => ({ Component: (await import('./routes/job.tsx')).JobRoute }) },
      { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found.tsx')).NotFoundRoute }) },
    ],
  },
]);
