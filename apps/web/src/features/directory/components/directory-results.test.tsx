import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBff } from '@/testing/fake-bff.ts';
import { renderWithApp } from '@/testing/render-with-app.tsx';
import { DirectoryResults } from './directory-results.tsx';

function renderResults(q: string, incomplete: boolean) {
  fakeBff({ 'GET /api/directory/search': () => ({ hits: [], incomplete }) });
  const onLookUpEmail = vi.fn();
  renderWithApp(<DirectoryResults q={q} onLookUpEmail={onLookUpEmail} />, { url: `/find-user?q=${encodeURIComponent(q)}` });
  return onLookUpEmail;
}

describe('DirectoryResults', () => {
  it('when the index has no one with a full email, offers to ask Chime for exactly that email', async () => {
    const onLookUpEmail = renderResults('new.hire@acme.example', false);

    fireEvent.click(await screen.findByRole('button', { name: 'Look up this exact email in Chime' }));

    expect(onLookUpEmail).toHaveBeenCalledWith('new.hire@acme.example');
    expect(screen.queryByText('The index is still being built')).toBeNull();
  });

  it('when the index is still being built, says results may be missing', async () => {
    renderResults('chloe', true);

    expect(await screen.findByText('The index is still being built')).toBeDefined();
    expect(screen.getByText('No users match')).toBeDefined();
    // Part of a name is no email: there is nothing exact to ask Chime for.
    expect(screen.queryByRole('button', { name: 'Look up this exact email in Chime' })).toBeNull();
  });
});
