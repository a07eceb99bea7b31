import type { Account, User } from '@chime-console/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setCsrfToken, type ResponseOf } from '@/lib/api-client.ts';
import { fakeBff } from '@/testing/fake-bff.ts';
import { renderWithApp } from '@/testing/render-with-app.tsx';
import type { BulkJobs } from '../bulk/bulk-jobs.ts';
import { AccountUsersTab } from './account-users-tab.tsx';

const ACME: Account = { id: 'acc-1', awsAccountId: '111122223333', name: 'Acme Corp', type: 'Team', supportedLicenses: ['Pro'] };
const JOBS: BulkJobs = { start: () => Promise.reject(new Error('no jobs here')), Panel: () => null };
const USERS_PATH = '/api/accounts/acc-1/users';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const PENDING: User = {
  id: 'u-1',
  accountId: 'acc-1',
  email: 'ada.abbott@acme.example',
  invitationStatus: 'Pending',
  invitedOn: daysAgo(12),
};

function renderTab(page: ResponseOf<'listUsers'>, url = '/accounts/acc-1/users') {
  const bff = fakeBff({
    [`GET ${USERS_PATH}`]: () => page,
    'POST /api/directory/accounts/acc-1/refresh': () => ({ accountId: 'acc-1', users: 1234, sweptAt: new Date().toISOString() }),
  });
  renderWithApp(<AccountUsersTab account={ACME} jobs={JOBS} />, {
    url,
    session: { username: 'manager', role: 'viewer', csrfToken: 'csrf-1', mustChangePassword: false },
  });
  return bff;
}

describe('AccountUsersTab', () => {
  beforeEach(() => setCsrfToken('csrf-1'));

  it('when the index answers with a total, shows it exactly in the counter, and how fresh it is', async () => {
    renderTab({ items: [PENDING], nextCursor: 'next', total: 1234, asOf: new Date(Date.now() - 2 * 60_000).toISOString() });

    // jsdom lays nothing out, so the title and the counter read without the space CSS puts between them.
    expect(await screen.findByRole('heading', { name: 'Users(1,234)' })).toBeDefined();
    expect(screen.getByText(/1,234 users, as of/).textContent).toBe('1,234 users, as of 2 minutes ago.');
    expect(screen.getByText('Pending 12 days')).toBeDefined();
  });

  it('when Refresh is chosen, asks the BFF to read the account from Chime (with the CSRF token), then lists the users again', async () => {
    const bff = renderTab({ items: [PENDING], total: 1, asOf: new Date().toISOString() }, '/accounts/acc-1/users?invitationStatus=Pending');
    await screen.findByRole('heading', { name: 'Users(1)' });
    expect(bff.callsTo(USERS_PATH)).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Refresh users from Chime' }));

    await waitFor(() => expect(bff.callsTo(USERS_PATH)).toHaveLength(2));
    const [refresh] = bff.callsTo('/api/directory/accounts/acc-1/refresh');
    expect(refresh?.method).toBe('POST');
    expect(refresh?.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(bff.callsTo(USERS_PATH)[1]?.url.searchParams.get('invitationStatus')).toBe('Pending');
  });

  it('when Chime answers without a total, keeps the open-ended page counter and no freshness line', async () => {
    renderTab({ items: [PENDING], nextCursor: 'next' });

    expect(await screen.findByRole('heading', { name: 'Users(1+)' })).toBeDefined();
    expect(screen.queryByText(/as of/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refresh users from Chime' })).toBeNull();
  });
});
