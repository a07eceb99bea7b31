import { invitationStatusSchema, registrationStatusSchema, userTypeSchema, type Account } from '@chime-console/contracts';
import FormField from '@cloudscape-design/components/form-field';
import PropertyFilter, { type PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import { useState } from 'react';
import { useDebouncedCallback } from '@/lib/use-debounced-callback.ts';
import {
  filtersToQuery,
  queryToFilters,
  typedNameSearch,
  USERS_FILTER_PROPERTIES,
  type UsersFilters as Filters,
} from '../hooks/users-filter-query.ts';
import { PROPERTY_FILTER_STRINGS } from './property-filter-strings.ts';

interface UsersFiltersProps {
  account: Account;
  filters: Filters;
  /** "12 matches", or "50+ matches" where no total is known. */
  countText: string | undefined;
  loading: boolean;
  onChange: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
}

const FILTER_LABEL = 'Filter users';
/** A pause this long in typing asks the BFF, not every keystroke. */
const TYPING_PAUSE_MS = 300;

/** The name search being typed, and the one it replaces (back when the text is cleared). */
interface Typing {
  text: string;
  before: string | undefined;
}

/**
 * One token filter over the BFF's query parameters: statuses, license and user type (the index, or
 * a scan of Chime), the exact email (Chime's own filter) and the name search, which free text
 * applies as the person types.
 */
export function UsersFilters({ account, filters, countText, loading, onChange }: UsersFiltersProps) {
  const [typing, setTyping] = useState<Typing>();
  const [rejected, setRejected] = useState<string[]>([]);
  const search = useDebouncedCallback((text: string) => {
    const before = typing ? typing.before : filters.nameContains;
    setTyping(text === '' ? undefined : { text, before });
    onChange({ nameContains: text === '' ? before : text }, { replace: true });
  }, TYPING_PAUSE_MS);

  const options: PropertyFilterProps.FilteringOption[] = [
    ...registrationStatusSchema.options.map((value) => ({ propertyKey: 'registrationStatus', value })),
    ...invitationStatusSchema.options.map((value) => ({ propertyKey: 'invitationStatus', value })),
    ...account.supportedLicenses.map((value) => ({ propertyKey: 'license', value })),
    ...userTypeSchema.options.map((value) => ({ propertyKey: 'userType', value })),
  ];
  const typed = typing && filters.nameContains === typing.text ? { nameContains: typing.text } : undefined;
  return (
    <FormField errorText={rejected.length > 0 ? rejected.join(' ') : undefined} stretch>
      {/* The PropertyFilter tells of typed text only through its options loader; the input's own event is plainer. */}
      <div
        onInput={(event) => {
          const input = event.target;
          if (!(input instanceof HTMLInputElement) || input.getAttribute('aria-label') !== FILTER_LABEL) return;
          const text = typedNameSearch(input.value);
          if (text !== undefined && (text !== '' || typing)) search.schedule(text);
        }}
      >
        <PropertyFilter
          query={filtersToQuery(filters, typed)}
          onChange={({ detail }) => {
            search.cancel();
            const next = queryToFilters(detail);
            setRejected(next.rejected);
            // A search still being typed is not a token yet: it stays until Enter makes it one.
            const stillTyping = typed && next.filters.nameContains === undefined;
            if (!stillTyping) setTyping(undefined);
            onChange(stillTyping ? { ...next.filters, nameContains: typed.nameContains } : next.filters);
          }}
          filteringProperties={USERS_FILTER_PROPERTIES.map(({ key, label, operator }) => ({
            key,
            propertyLabel: label,
            groupValuesLabel: `${label} values`,
            operators: [operator],
            defaultOperator: operator,
          }))}
          filteringOptions={options}
          freeTextFiltering={{ operators: [':'], defaultOperator: ':' }}
          readOnlyOperations
          filteringAriaLabel={FILTER_LABEL}
          filteringPlaceholder="Find users by name or email, or filter by status, license, user type"
          filteringConstraintText="Text you type finds users whose name or email contains it. Email (exact) asks Chime for one address."
          countText={countText}
          loading={loading}
          i18nStrings={PROPERTY_FILTER_STRINGS}
        />
      </div>
    </FormField>
  );
}
