/** Wire shapes of the Chime 2018-05-01 model, as the emulator stores and returns them. */
export const LICENSES = ['Basic', 'Plus', 'Pro', 'ProTrial'] as const;
export type License = (typeof LICENSES)[number];
export const ACCOUNT_TYPES = ['Team', 'EnterpriseDirectory', 'EnterpriseLWA', 'EnterpriseOIDC'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export const USER_TYPES = ['PrivateUser', 'SharedDevice'] as const;
export type UserType = (typeof USER_TYPES)[number];
export type RegistrationStatus = 'Unregistered' | 'Registered' | 'Suspended';
export type InvitationStatus = 'Pending' | 'Accepted' | 'Failed';
export type EmailStatus = 'NotSent' | 'Sent' | 'Failed';

export interface Account {
  AwsAccountId: string;
  AccountId: string;
  Name: string;
  AccountType: AccountType;
  CreatedTimestamp: string;
  DefaultLicense: License;
  SupportedLicenses: License[];
  AccountStatus: 'Active' | 'Suspended';
  SigninDelegateGroups: { GroupName: string }[];
}

export interface AccountSettings {
  DisableRemoteControl: boolean;
  EnableDialOut: boolean;
}

export interface AlexaForBusinessMetadata {
  IsAlexaForBusinessEnabled?: boolean;
  AlexaForBusinessRoomArn?: string;
}

/** Users are immutable: a change replaces the object (see ChimeStore.updateUser), so their JSON can be cached. */
export interface User {
  readonly UserId: string;
  readonly AccountId: string;
  readonly PrimaryEmail: string;
  readonly PrimaryProvisionedNumber?: string;
  readonly DisplayName?: string;
  readonly LicenseType: License;
  readonly UserType: UserType;
  readonly UserRegistrationStatus: RegistrationStatus;
  readonly UserInvitationStatus?: InvitationStatus;
  readonly RegisteredOn?: string;
  readonly InvitedOn?: string;
  readonly AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
  readonly PersonalPIN: string;
}

export interface Invite {
  InviteId: string;
  Status: InvitationStatus;
  EmailAddress: string;
  EmailStatus: EmailStatus;
}

export interface UserError {
  UserId: string;
  ErrorCode: string;
  ErrorMessage: string;
}
