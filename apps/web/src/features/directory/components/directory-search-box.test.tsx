import type { DirectoryHit } from '@chime-console/contracts';
import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '@/testing/fake-bff.ts';
import { renderWithApp } from '@/testing/render-with-app.tsx';
import { DirectorySearchBox } from './directory-search-box.tsx';

const CHLOE: DirectoryHit = {
  kind: 'user',
  user: {
    id: 'u-1',
    accountId: 'acc-1',
    email: 'chloe.abbott@acme.example',
    displayName: 'Chloe Abbott',
    registrationStatus: 'Unregistered',
    invitationStatus: 'Pending',
    invitedOn: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    licenseType: 'Pro',
  },
  accountName: 'Acme Corp',
  readAt: new Date().toISOString(),
};
const ACME: DirectoryHit = {
  kind: 'account',
  account: { id: 'acc-1', awsAccountId: '111122223333', name: 'Acme Corp', type: 'Team', supportedLicenses: ['Pro'] },
  readAt: new Date().toISOString(),
};

function renderSearchBox() {
  const bff = fakeBff({ 'GET /api/directory/search': () => ({ hits: [CHLOE, ACME], incomplete: false }) });
  const view = renderWithApp(<DirectorySearchBox />, { url: '/accounts' });
  const autosuggest = createWrapper(view.container).findAutosuggest();
  if (autosuggest === null) throw new Error('no search box');
  return { ...view, bff, autosuggest, searches: () => bff.callsTo('/api/directory/search') };
}

/** Types a search and waits for its two hits in the dropdown. */
async function typeAndWait(autosuggest: ReturnType<typeof renderSearchBox>['autosuggest'], text: string) {
  autosuggest.focus();
  autosuggest.setInputValue(text);
  await waitFor(() => expect(autosuggest.findDropdown().findOptions()).toHaveLength(2));
}

describe('DirectorySearchBox', () => {
  it('when a name is typed letter by letter, searches once typing pauses, for the whole name', async () => {
    const { autosuggest, searches } = renderSearchBox();

    autosuggest.focus();
    for (const text of ['c', 'ch', 'chl']) autosuggest.setInputValue(text);
    expect(searches()).toHaveLength(0);

    await waitFor(() => expect(autosuggest.findDropdown().findOptions()).toHaveLength(2));
    expect(searches().map((call) => call.url.searchParams.get('q'))).toEqual(['chl']);
    const [user, account] = autosuggest.findDropdown().findOptions();
    expect(user?.getElement().textContent).toContain('Chloe Abbott');
    expect(user?.getElement().textContent).toContain('chloe.abbott@acme.example · Acme Corp');
    expect(user?.getElement().textContent).toContain('Invitation pending 3 days');
    expect(user?.getElement().textContent).toContain('Pro');
    expect(account?.getElement().textContent).toContain('Account · Team');
  });

  it('when a user is chosen, opens their page and empties the box', async () => {
    const { autosuggest, location } = renderSearchBox();

    await typeAndWait(autosuggest, 'chloe');
    autosuggest.selectSuggestion(1);

    expect(location()).toBe('/accounts/acc-1/users/u-1');
    expect(autosuggest.findNativeInput().getElement().value).toBe('');
  });

  it('when an account is chosen, opens the account', async () => {
    const { autosuggest, location } = renderSearchBox();

    await typeAndWait(autosuggest, 'acme');
    autosuggest.selectSuggestion(2);

    expect(location()).toBe('/accounts/acc-1');
  });

  it('when Enter is pressed with no choice, opens "Find a user" with the text as its search', () => {
    const { autosuggest, location, searches } = renderSearchBox();

    autosuggest.focus();
    autosuggest.setInputValue('abbott ');
    fireEvent.keyDown(autosuggest.findNativeInput().getElement(), { key: 'Enter', keyCode: 13 });

    expect(location()).toBe('/find-user?q=abbott');
    // The search page asks for itself: the box drops the search it had waiting.
    expect(searches()).toHaveLength(0);
  });
});
