import { useAccount } from '@/features/accounts/api/get-account.ts';

/** An account's name where it can be read (cached per account), its ID until then or if it is gone. */
export function AccountName({ accountId }: { accountId: string }) {
  const account = useAccount(accountId);
  return <>{account.data?.name ?? accountId}</>;
}

export const accountName = (accountId: string) => <AccountName accountId={accountId} />;
