import type { Session } from '@chime-console/contracts';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { createQueryClient } from '@/app/query-client.ts';
import { sessionQueryOptions } from '@/features/auth/api/get-session.ts';
import { NotificationsProvider } from '@/lib/notifications.tsx';

function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{`${pathname}${search}`}</output>;
}

interface RenderOptions {
  /** Where the page is opened. */
  url?: string;
  /** The signed-in person, for components that ask what the role may do. */
  session?: Session;
}

/**
 * A component as the app runs it: the app's query client (its retry and staleness rules), the
 * notifications, a router at `url`, and the location shown for a test to read where a click navigated.
 */
export function renderWithApp(ui: ReactElement, { url = '/', session }: RenderOptions = {}) {
  const queryClient: QueryClient = createQueryClient();
  if (session) queryClient.setQueryData(sessionQueryOptions().queryKey, session);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <NotificationsProvider>
        <MemoryRouter initialEntries={[url]}>
          {ui}
          <LocationProbe />
        </MemoryRouter>
      </NotificationsProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient, location: () => screen.getByTestId('location').textContent };
}
