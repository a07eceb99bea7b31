import Autosuggest from '@cloudscape-design/components/autosuggest';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths.ts';
import { explain } from '@/lib/api-error.ts';
import { useDebouncedCallback } from '@/lib/use-debounced-callback.ts';
import { DROPDOWN_HITS, useDirectorySearch } from '../api/search-directory.ts';
import { hitOption } from './hit-option.ts';

/** Long enough that a word typed at speed is one request, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 200;

/**
 * The top bar's search over every account, as you type: choosing a user or an account opens it;
 * Enter without a choice opens "Find a user" with the results in a table.
 */
export function DirectorySearchBox() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [term, setTerm] = useState('');
  const searchLater = useDebouncedCallback(setTerm, SEARCH_DELAY_MS);
  const search = useDirectorySearch(term, DROPDOWN_HITS);
  const hits = search.data?.hits ?? [];
  const settled = value.trim() === term && !search.isFetching;
  return (
    <Autosuggest
      value={value}
      onChange={({ detail }) => {
        setValue(detail.value);
        searchLater.schedule(detail.value.trim());
      }}
      onSelect={({ detail }) => {
        const q = detail.value.trim();
        searchLater.cancel();
        setValue('');
        setTerm('');
        if (detail.selectedOption?.value !== undefined) void navigate(detail.selectedOption.value);
        else if (q !== '') void navigate(paths.findUser.to({ q }));
      }}
      options={term === '' ? [] : hits.map(hitOption)}
      filteringType="manual"
      enteredTextLabel={(text) => `See all results for "${text}"`}
      statusType={search.isError ? 'error' : settled ? 'finished' : 'loading'}
      loadingText="Searching"
      errorText={`Could not search. ${explain(search.error)}`}
      recoveryText="Retry"
      // Retry after an error is the only load this dropdown asks for: typing is handled by the debounce.
      onLoadItems={({ detail }) => {
        if (detail.samePage) void search.refetch();
      }}
      finishedText={
        search.data?.incomplete === true
          ? 'The index is still being built: some users may be missing.'
          : hits.length >= DROPDOWN_HITS
            ? 'More may match: see all results.'
            : undefined
      }
      empty="No users or accounts match"
      placeholder="Search users and accounts"
      ariaLabel="Search users and accounts"
      clearAriaLabel="Clear search"
    />
  );
}
