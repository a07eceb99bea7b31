import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '@/lib/api-client.ts';
import { fakeBff } from '@/testing/fake-bff.ts';
import { renderWithApp } from '@/testing/render-with-app.tsx';
import { InvitationOverview } from './invitation-overview.tsx';

const counts = (pending: number, accepted: number, failed: number, removed: number) => ({
  pending,
  accepted,
  failed,
  removed,
  pendingOver7Days: 0,
});

const OVERVIEW: ResponseOf<'invitationOverview'> = {
  accounts: [{ accountId: 'acc-1', accountName: 'Acme Corp', ...counts(40, 60, 20, 3) }],
  accountsTruncated: false,
  totals: counts(40, 60, 20, 3),
  senders: [{ ...counts(38, 60, 20, 3) }, { sentBy: 'admin', ...counts(2, 0, 0, 0) }],
  trend: [
    { weekStart: '2026-11-23T00:00:00.000Z', sent: 10, accepted: 4, failed: 1 },
    { weekStart: '2026-11-30T00:00:00.000Z', sent: 12, accepted: 7, failed: 2 },
  ],
  asOf: new Date(Date.now() - 2 * 60_000).toISOString(),
  pendingByAge: [{ label: 'under 1 day', fromDays: 0, toDays: 1, count: 40 }],
};

async function renderOverview(overview: ResponseOf<'invitationOverview'>) {
  fakeBff({ 'GET /api/invitations/overview': () => overview });
  const view = renderWithApp(<InvitationOverview />, { url: '/invitations' });
  await waitFor(() => expect(screen.queryByText('Loading invitation counts')).toBeNull());
  return view;
}

describe('InvitationOverview', () => {
  it('names the accounts, counts the removed, and says how fresh the counts are', async () => {
    await renderOverview(OVERVIEW);

    const perAccount = screen.getByRole('table', { name: 'Invitations per account' });
    const row = within(perAccount)
      .getByRole('rowheader', { name: /Acme Corp/ })
      .closest('tr');
    if (row === null) throw new Error('no Acme row');
    expect(within(perAccount).getByRole('link', { name: 'Acme Corp' }).getAttribute('href')).toBe(
      '/accounts/acc-1/invitations?status=Pending',
    );
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['123', '40', '60', '20', '3', '0']);
    expect(screen.getByRole('group', { name: 'Removed' }).textContent).toContain('3');
    expect(screen.getByText('2 minutes ago', { selector: 'time' })).toBeDefined();
  });

  it('names a sender outside the console as such, beside the console users', async () => {
    await renderOverview(OVERVIEW);

    const senders = screen.getByRole('table', { name: 'Invitations per sender' });
    expect(
      within(senders)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Outside the console', 'admin']);
  });

  it('draws a line per outcome over the weeks, oldest first', async () => {
    const { container } = await renderOverview(OVERVIEW);

    const chart = createWrapper(container).findLineChart();
    if (chart === null) throw new Error('no trend chart');
    expect(
      chart
        .findLegend()
        ?.findItems()
        .map((item) => item.getElement().textContent.trim()),
    ).toEqual(['Sent', 'Accepted', 'Failed']);
    expect(chart.findSeries()).toHaveLength(3);
    const ticks = chart.findXTicks().map((tick) => tick.getElement().textContent);
    expect(ticks).toEqual(['Nov 23', 'Nov 30']);
  });

  it('while some account was never read, says the counts are still growing', async () => {
    await renderOverview({ ...OVERVIEW, asOf: undefined });

    expect(screen.getByText(/still reading some accounts from Chime for the first time/)).toBeDefined();
  });
});
