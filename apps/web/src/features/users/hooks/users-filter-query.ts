import { listUsersQuerySchema, type ListUsersQuery } from '@chime-console/contracts';
import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import type { z } from 'zod';

/** The users list's server-side filters, as the BFF's query names them (and as the URL holds them). */
export type UsersFilters = {
  [K in 'email' | 'userType' | 'registrationStatus' | 'invitationStatus' | 'license' | 'nameContains']: ListUsersQuery[K];
};

export type UsersFilterKey = keyof UsersFilters;

export const NO_FILTERS: UsersFilters = {
  email: undefined,
  userType: undefined,
  registrationStatus: undefined,
  invitationStatus: undefined,
  license: undefined,
  nameContains: undefined,
};

interface FilterProperty {
  key: UsersFilterKey;
  label: string;
  /** `=` for a value the API matches exactly, `:` for the text the index searches in. */
  operator: '=' | ':';
  schema: z.ZodType<string>;
}

/**
 * One property per query parameter, in the order tokens show. The name search is also what free
 * text means: the index matches it anywhere in the display name or email.
 */
const { shape } = listUsersQuerySchema;
export const USERS_FILTER_PROPERTIES: readonly FilterProperty[] = [
  { key: 'registrationStatus', label: 'Registration status', operator: '=', schema: shape.registrationStatus.unwrap() },
  { key: 'invitationStatus', label: 'Invitation status', operator: '=', schema: shape.invitationStatus.unwrap() },
  { key: 'license', label: 'License', operator: '=', schema: shape.license.unwrap() },
  { key: 'userType', label: 'User type', operator: '=', schema: shape.userType.unwrap() },
  { key: 'email', label: 'Email (exact)', operator: '=', schema: shape.email.unwrap() },
  { key: 'nameContains', label: 'Name or email', operator: ':', schema: shape.nameContains.unwrap() },
];

const propertyOf = (key: string | undefined) => USERS_FILTER_PROPERTIES.find((property) => property.key === key);

/** The tokens the URL's filters stand for; `hidden` leaves out the name search a person is still typing. */
export function filtersToQuery(filters: UsersFilters, hidden?: { nameContains: string }): PropertyFilterProps.Query {
  const tokens = USERS_FILTER_PROPERTIES.flatMap(({ key, operator }) => {
    const value = filters[key];
    if (value === undefined || (key === 'nameContains' && hidden?.nameContains === value)) return [];
    return [{ propertyKey: key, operator, value }];
  });
  return { operation: 'and', tokens };
}

/**
 * The filters a query's tokens set, and why any token was left out. The API takes one value per
 * parameter, so a later token for the same property replaces an earlier one; free text is the name search.
 */
export function queryToFilters(query: PropertyFilterProps.Query): { filters: UsersFilters; rejected: string[] } {
  const filters: UsersFilters = { ...NO_FILTERS };
  const rejected: string[] = [];
  for (const token of query.tokens) {
    const property = propertyOf(token.propertyKey ?? 'nameContains');
    const text = typeof token.value === 'string' ? token.value.trim() : '';
    if (!property || token.operator !== property.operator) {
      rejected.push(`${property?.label ?? 'This property'} takes only "${property?.operator ?? '='}".`);
      continue;
    }
    const parsed = property.schema.safeParse(text);
    if (parsed.success) Object.assign(filters, { [property.key]: parsed.data });
    else rejected.push(`${property.label}: "${text}" is not a valid value.`);
  }
  return { filters, rejected };
}

/**
 * What typed text searches for as the person types: the text itself, unless it is on its way to
 * naming a property ("Lic", "License = Pro"), which becomes a token only on Enter.
 */
export function typedNameSearch(text: string): string | undefined {
  const lower = text.trim().toLowerCase();
  const namesProperty = USERS_FILTER_PROPERTIES.some(({ label }) => {
    const name = label.toLowerCase();
    return name.startsWith(lower) || lower.startsWith(name);
  });
  return lower !== '' && namesProperty ? undefined : text.trim();
}
