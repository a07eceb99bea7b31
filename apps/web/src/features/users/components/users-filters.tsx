import { invitationStatusSchema, registrationStatusSchema, userTypeSchema, type Account } from '@chime-console/contracts';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { EmailSearch } from './email-search.tsx';
import { FilterSelect } from './filter-select.tsx';
import type { UsersFilters as Filters } from '../hooks/use-users-view.ts';

interface UsersFiltersProps {
  account: Account;
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
}

/** The filters picked from a list: any, or one of the API's values. */
type SelectFilter = Exclude<keyof Filters, 'email'>;

/** Email and user type are Chime's own filters; the status and license filters make the BFF scan pages. */
export function UsersFilters({ account, filters, onChange }: UsersFiltersProps) {
  const filterSelect = <K extends SelectFilter>(key: K, label: string, values: readonly NonNullable<Filters[K]>[]) => (
    <FilterSelect label={label} anyLabel="Any" value={filters[key]} values={values} onChange={(value) => onChange({ [key]: value })} />
  );
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <EmailSearch key={filters.email ?? ''} email={filters.email} onSearch={(email) => onChange({ email })} />
      {filterSelect('userType', 'User type', userTypeSchema.options)}
      {filterSelect('registrationStatus', 'Registration', registrationStatusSchema.options)}
      {filterSelect('invitationStatus', 'Invitation', invitationStatusSchema.options)}
      {filterSelect('license', 'License', account.supportedLicenses)}
    </SpaceBetween>
  );
}
