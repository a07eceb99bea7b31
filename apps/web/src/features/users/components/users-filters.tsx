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

/** Email and user type are Chime's own filters; the status and license filters make the BFF scan pages. */
export function UsersFilters({ account, filters, onChange }: UsersFiltersProps) {
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <EmailSearch key={filters.email ?? ''} email={filters.email} onSearch={(email) => onChange({ email })} />
      <FilterSelect
        label="User type"
        anyLabel="Any"
        value={filters.userType}
        values={userTypeSchema.options}
        onChange={(userType) => onChange({ userType })}
      />
      <FilterSelect
        label="Registration"
        anyLabel="Any"
        value={filters.registrationStatus}
        values={registrationStatusSchema.options}
        onChange={(registrationStatus) => onChange({ registrationStatus })}
      />
      <FilterSelect
        label="Invitation"
        anyLabel="Any"
        value={filters.invitationStatus}
        values={invitationStatusSchema.options}
        onChange={(invitationStatus) => onChange({ invitationStatus })}
      />
      <FilterSelect
        label="License"
        anyLabel="Any"
        value={filters.license}
        values={account.supportedLicenses}
        onChange={(license) => onChange({ license })}
      />
    </SpaceBetween>
  );
}
