import Table from '@cloudscape-design/components/table';
import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

// Proves the test set-up renders Cloudscape (its CSS imports, its portals) under jsdom; component tests build on it.
describe('Cloudscape under the test set-up', () => {
  it('renders a table with its header and rows, found by role and by test-utils', () => {
    const items = [{ email: 'ana@example.com' }, { email: 'bo@example.com' }];
    const { container } = render(
      <Table header="People" items={items} columnDefinitions={[{ id: 'email', header: 'Email', cell: (item) => item.email }]} />,
    );

    expect(screen.getByRole('columnheader', { name: 'Email' })).toBeDefined();
    expect(screen.getByText('bo@example.com')).toBeDefined();
    const table = createWrapper(container).findTable();
    expect(table?.findRows()).toHaveLength(2);
    expect(table?.findBodyCell(1, 1)?.getElement().textContent).toBe('ana@example.com');
  });
});
