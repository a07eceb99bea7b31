import Button from '@cloudscape-design/components/button';
import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_SIZES } from '@/lib/page-sizes.ts';
import { pageCounter, TableShell, type TablePreferences, type TableQuery } from './table-shell.tsx';

interface Person {
  email: string;
}

const PEOPLE: Person[] = [{ email: 'ana@example.com' }, { email: 'bo@example.com' }];
const LOADED: TableQuery = { isError: false, error: null, refetch: () => undefined };

function renderShell({
  items = PEOPLE,
  query = LOADED,
  preferences,
  onClear = () => undefined,
}: {
  items?: Person[];
  query?: TableQuery;
  preferences?: TablePreferences;
  onClear?: () => void;
}) {
  const { container } = render(
    <TableShell<Person>
      variant="full-page"
      title="People"
      counter={pageCounter(items.length, true)}
      items={items}
      trackBy="email"
      columnDefinitions={[{ id: 'email', header: 'Email', cell: (person) => person.email, isRowHeader: true }]}
      query={query}
      errorHeader="Could not load people"
      empty={{ title: 'No people match', description: 'Try other filters.', action: <Button onClick={onClear}>Clear filters</Button> }}
      preferences={preferences}
    />,
  );
  const table = createWrapper(container).findTable();
  if (table === null) throw new Error('no table rendered');
  return table;
}

describe('TableShell', () => {
  it('when the list loads, shows its rows under a page heading with the counter, labelled by the title', () => {
    const table = renderShell({});

    // jsdom lays nothing out, so the title and the counter read without the space CSS puts between them.
    expect(screen.getByRole('heading', { level: 1, name: 'People(2+)' })).toBeDefined();
    expect(screen.getByRole('table', { name: 'People' })).toBeDefined();
    expect(table.findRows()).toHaveLength(2);
    expect(table.findEmptySlot()).toBeNull();
  });

  it('when the list is empty, shows the empty state with its action', () => {
    const onClear = vi.fn();
    const table = renderShell({ items: [], onClear });

    const empty = table.findEmptySlot()?.getElement();
    if (empty === undefined) throw new Error('no empty slot');
    expect(empty.textContent).toContain('No people match');
    expect(empty.textContent).toContain('Try other filters.');
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('when the list fails, shows no rows but the error with Retry in the empty slot, not the empty state', () => {
    const refetch = vi.fn();
    const table = renderShell({ query: { isError: true, error: new Error('Chime did not answer.'), refetch } });

    expect(table.findRows()).toHaveLength(0);
    const empty = table.findEmptySlot()?.getElement();
    if (empty === undefined) throw new Error('no empty slot');
    expect(empty.textContent).toContain('Could not load people');
    expect(empty.textContent).toContain('Chime did not answer.');
    expect(empty.textContent).not.toContain('No people match');
    fireEvent.click(within(empty).getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('offers every page size named by its items, and reports a new size only when it changed', () => {
    const onPageSizeChange = vi.fn();
    renderShell({ preferences: { pageSize: 50, itemsName: 'people', onPageSizeChange } });

    fireEvent.click(screen.getByRole('button', { name: 'Preferences' }));
    const options = createWrapper(document.body).findCollectionPreferences()?.findModal()?.findPageSizePreference()?.findOptions() ?? [];
    expect(options.map((option) => option.findLabel().getElement().textContent)).toEqual(PAGE_SIZES.map((size) => `${size} people`));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onPageSizeChange).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Preferences' }));
    fireEvent.click(screen.getByRole('radio', { name: '100 people' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onPageSizeChange).toHaveBeenCalledExactlyOnceWith(100);
  });
});

describe('pageCounter', () => {
  it('counts the rows shown, the selected ones first, and says when more pages follow', () => {
    expect(pageCounter(50, true)).toBe('(50+)');
    expect(pageCounter(7, false)).toBe('(7)');
    expect(pageCounter(50, true, 3)).toBe('(3/50+)');
  });
});
