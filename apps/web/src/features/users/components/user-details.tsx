import type { Account, User } from '@chime-console/contracts';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { formatDateTime, formatWhen } from '@/lib/format.ts';
import { InvitationStatus, RegistrationStatus } from '@/components/user-status.tsx';

const copyable = (text: string, label: string) => (
  <CopyToClipboard
    variant="inline"
    textToCopy={text}
    copyButtonAriaLabel={`Copy ${label}`}
    copySuccessText={`${label} copied`}
    copyErrorText={`${label} not copied`}
  />
);

/** Every field Chime returns for a user (the BFF never sends the PIN). */
export function UserDetails({ account, user }: { account: Account; user: User }) {
  return (
    <KeyValuePairs
      columns={3}
      items={[
        { label: 'Email', value: user.email === undefined ? '-' : copyable(user.email, 'Email') },
        { label: 'Display name', value: user.displayName ?? '-' },
        { label: 'User ID', value: copyable(user.id, 'User ID') },
        { label: 'Account', value: `${account.name} (${account.type ?? 'unknown type'})` },
        { label: 'Account ID', value: user.accountId },
        { label: 'License', value: user.licenseType ?? '-' },
        { label: 'User type', value: user.userType ?? '-' },
        { label: 'Registration status', value: <RegistrationStatus status={user.registrationStatus} /> },
        { label: 'Registered on', value: formatDateTime(user.registeredOn) },
        { label: 'Invitation status', value: <InvitationStatus status={user.invitationStatus} /> },
        {
          label: 'Invited on',
          value: formatWhen(user.invitedOn),
        },
        { label: 'Primary provisioned number', value: user.primaryProvisionedNumber ?? '-' },
        {
          label: 'Alexa for Business',
          value:
            user.alexaForBusiness === undefined
              ? '-'
              : `${user.alexaForBusiness.enabled === true ? 'Enabled' : 'Disabled'}${user.alexaForBusiness.roomArn ? ` (room ${user.alexaForBusiness.roomArn})` : ''}`,
        },
      ]}
    />
  );
}
