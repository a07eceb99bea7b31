import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '@/testing/fake-bff.ts';
import { renderWithApp } from '@/testing/render-with-app.tsx';
import { AccountsTable } from './accounts-table.tsx';

async function renderEmpty(permission: { allowed: true } | { allowed: false; reason: string }) {
  fakeBff({ 'GET /api/accounts': () => ({ items: [] }) });
  renderWithApp(<AccountsTable permission={permission} />, { url: '/accounts' });
  const table = await screen.findByRole('table', { name: 'Accounts' });
  await within(table).findByText('No accounts');
  return table;
}

describe('AccountsTable', () => {
  it('offers an admin the way on from no accounts at all: Create account', async () => {
    const table = await renderEmpty({ allowed: true });

    expect(within(table).getByRole('button', { name: 'Create account' })).toBeTruthy();
  });

  it('offers a role that cannot create accounts nothing it cannot use', async () => {
    const table = await renderEmpty({ allowed: false, reason: 'Only admins can change accounts.' });

    expect(within(table).queryByRole('button', { name: 'Create account' })).toBeNull();
  });
});
