import type {
  Account as ChimeAccount,
  AccountSettings as ChimeAccountSettings,
  Invite as ChimeInvite,
  User as ChimeUser,
  UserError as ChimeUserError,
} from '@aws-sdk/client-chime';
import type { Account, AccountSettings, inviteResultSchema, ItemResult, User } from '@chime-console/contracts';
import type { z } from 'zod';

export type InviteResult = z.infer<typeof inviteResultSchema>;

/**
 * Drops undefined members, so a field Chime left out is absent rather than present-but-undefined.
 * A plain loop: this runs for every user of every page, and entries/filter/fromEntries built three
 * arrays per user.
 */
function compact<T extends object>(value: T): T {
  const kept: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) kept[key] = value[key];
  return kept as T;
}

const isoString = (date: Date | undefined) => date?.toISOString();

export function toAccount(account: ChimeAccount): Account {
  return compact({
    id: account.AccountId ?? '',
    awsAccountId: account.AwsAccountId ?? '',
    name: account.Name ?? '',
    type: account.AccountType,
    status: account.AccountStatus,
    defaultLicense: account.DefaultLicense,
    supportedLicenses: account.SupportedLicenses ?? [],
    createdAt: isoString(account.CreatedTimestamp),
  });
}

/** Every member but PersonalPIN: fields are picked one by one, so a PIN cannot ride along. */
export function toUser(user: ChimeUser): User {
  const alexa = user.AlexaForBusinessMetadata;
  return compact({
    id: user.UserId ?? '',
    accountId: user.AccountId ?? '',
    email: user.PrimaryEmail,
    displayName: user.DisplayName,
    primaryProvisionedNumber: user.PrimaryProvisionedNumber,
    licenseType: user.LicenseType,
    userType: user.UserType,
    registrationStatus: user.UserRegistrationStatus,
    invitationStatus: user.UserInvitationStatus,
    registeredOn: isoString(user.RegisteredOn),
    invitedOn: isoString(user.InvitedOn),
    alexaForBusiness: alexa && compact({ enabled: alexa.IsAlexaForBusinessEnabled, roomArn: alexa.AlexaForBusinessRoomArn }),
  });
}

/** `requestedEmail` stands in when Chime leaves EmailAddress out (no Invite member is required). */
export function toInviteResult(invite: ChimeInvite, requestedEmail: string): InviteResult {
  return compact({
    email: invite.EmailAddress ?? requestedEmail,
    inviteId: invite.InviteId,
    status: invite.Status,
    emailStatus: invite.EmailStatus,
  });
}

// Chime leaves both settings optional; an unset policy is off.
export function toAccountSettings(settings: ChimeAccountSettings | undefined): AccountSettings {
  return { disableRemoteControl: settings?.DisableRemoteControl ?? false, enableDialOut: settings?.EnableDialOut ?? false };
}

export function toChimeAccountSettings(settings: Partial<AccountSettings>): ChimeAccountSettings {
  return compact({ DisableRemoteControl: settings.disableRemoteControl, EnableDialOut: settings.enableDialOut });
}

/** One result per requested ID, in request order: a UserError for that ID means it failed, none means it succeeded. */
export function toItemResults(userIds: readonly string[], userErrors: readonly ChimeUserError[] | undefined): ItemResult[] {
  const errors = new Map((userErrors ?? []).map((error) => [error.UserId, error]));
  return userIds.map((userId) => {
    const error = errors.get(userId);
    if (!error) return { userId, ok: true };
    return {
      userId,
      ok: false,
      error: { code: error.ErrorCode ?? 'Unknown', message: error.ErrorMessage ?? `Chime could not change user ${userId}.` },
    };
  });
}
