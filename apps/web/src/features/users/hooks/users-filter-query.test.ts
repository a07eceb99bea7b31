import { describe, expect, it } from 'vitest';
import { filtersToQuery, NO_FILTERS, queryToFilters, typedNameSearch } from './users-filter-query.ts';

describe('users filter tokens and the URL', () => {
  it('when the URL holds filters, shows one token per parameter, and reading the tokens back gives the same filters', () => {
    const filters = {
      ...NO_FILTERS,
      registrationStatus: 'Suspended',
      license: 'Pro',
      email: 'ada@acme.example',
      nameContains: 'ada',
    } as const;

    const query = filtersToQuery(filters);

    expect(query.tokens).toEqual([
      { propertyKey: 'registrationStatus', operator: '=', value: 'Suspended' },
      { propertyKey: 'license', operator: '=', value: 'Pro' },
      { propertyKey: 'email', operator: '=', value: 'ada@acme.example' },
      { propertyKey: 'nameContains', operator: ':', value: 'ada' },
    ]);
    expect(queryToFilters(query)).toEqual({ filters, rejected: [] });
  });

  it('when a person types free text, it is the name search; a later token for a property replaces an earlier one', () => {
    const { filters } = queryToFilters({
      operation: 'and',
      tokens: [
        { propertyKey: 'userType', operator: '=', value: 'PrivateUser' },
        { operator: ':', value: '  lovelace ' },
        { propertyKey: 'userType', operator: '=', value: 'SharedDevice' },
      ],
    });
    expect(filters).toEqual({ ...NO_FILTERS, userType: 'SharedDevice', nameContains: 'lovelace' });
  });

  it('when a token holds what the API refuses (an unknown status, a malformed email, another operator), it is left out and says why', () => {
    const { filters, rejected } = queryToFilters({
      operation: 'and',
      tokens: [
        { propertyKey: 'registrationStatus', operator: '=', value: 'Asleep' },
        { propertyKey: 'email', operator: '=', value: 'not-an-email' },
        { propertyKey: 'license', operator: '!=', value: 'Pro' },
      ],
    });
    expect(filters).toEqual(NO_FILTERS);
    expect(rejected).toEqual([
      'Registration status: "Asleep" is not a valid value.',
      'Email (exact): "not-an-email" is not a valid value.',
      'License takes only "=".',
    ]);
  });

  it('when the name search is still being typed, its token is hidden', () => {
    expect(filtersToQuery({ ...NO_FILTERS, nameContains: 'ad' }, { nameContains: 'ad' }).tokens).toEqual([]);
  });

  it('when typed text is on its way to naming a property, it searches nothing until Enter', () => {
    expect(typedNameSearch('Lic')).toBeUndefined();
    expect(typedNameSearch('License = Pro')).toBeUndefined();
    expect(typedNameSearch(' Lisa ')).toBe('Lisa');
    expect(typedNameSearch('')).toBe('');
  });
});
