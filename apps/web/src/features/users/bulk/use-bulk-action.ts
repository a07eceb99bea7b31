import type { Account, CreateJobBody, ItemResult, User } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMay } from '@/features/auth/use-session.ts';
import { messageOf } from '@/lib/api-error.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { accountUsersQueryKey } from '../api/list-users.ts';
import { DIRECT_LIMIT, type BulkJobs } from './bulk-jobs.ts';
import { runBulkAction, type BulkAction } from './run-bulk-action.ts';

export interface BulkRun {
  action: BulkAction;
  users: readonly User[];
}

/** Direct calls answer each user's result; a job answers its ID, and its page follows it. */
export type BulkOutcome = BulkRun & ({ via: 'direct'; results: ItemResult[] } | { via: 'job'; jobId: string });

const plural = (count: number) => `${count} user${count === 1 ? '' : 's'}`;

/** A bulk action named as a sentence a person would say: "Suspend 3 users", "Change license of 20 users to Pro". */
export function describeBulkAction(action: BulkAction, count: number): string {
  return describeBulkKind(action.kind, count) + (action.kind === 'license' ? ` to ${action.licenseType}` : '');
}

export function describeBulkKind(kind: BulkAction['kind'], count: number): string {
  const users = plural(count);
  if (kind === 'license') return `Change license of ${users}`;
  if (kind === 'signOut') return `Sign out ${users} everywhere`;
  return `${kind === 'suspend' ? 'Suspend' : 'Unsuspend'} ${users}`;
}

function jobBody(action: BulkAction, users: readonly User[]): CreateJobBody {
  const userIds = users.map((user) => user.id);
  if (action.kind === 'license') return { kind: 'license', userIds, licenseType: action.licenseType };
  return { kind: action.kind === 'signOut' ? 'logout' : action.kind, userIds };
}

/**
 * Whether a run goes to the server as a job: more users than one batch call takes, and a role that
 * may start jobs (a helpdesk signing people out stays with direct calls).
 */
export function useRunsAsJob(count: number): boolean {
  return useMay('manageUsers') && count > DIRECT_LIMIT;
}

/** A bulk action: a few users directly, with progress in the notifications; many as a server-side job. */
export function useBulkAction(account: Account, jobs: BulkJobs) {
  const queryClient = useQueryClient();
  const mayStartJobs = useMay('manageUsers');
  const { notify, dismiss } = useNotifications();
  const id = `users-bulk-${account.id}`;
  const mutation = useMutation({
    mutationFn: async ({ action, users }: BulkRun): Promise<BulkOutcome> => {
      const label = describeBulkAction(action, users.length);
      if (mayStartJobs && users.length > DIRECT_LIMIT) {
        notify({ id, type: 'in-progress', header: `${label}: starting a job`, content: account.name });
        const job = await jobs.start(account.id, jobBody(action, users), account.name);
        dismiss(id);
        return { via: 'job', action, users, jobId: job.id };
      }
      const progress = (done: number) =>
        notify({ id, type: 'in-progress', header: `${label}: ${done} of ${users.length} done`, content: account.name });
      progress(0);
      const results = await runBulkAction(
        account.id,
        action,
        users.map((user) => user.id),
        progress,
      );
      const failures = results.filter((result) => !result.ok).length;
      notify({
        id,
        type: failures === 0 ? 'success' : 'error',
        header: failures === 0 ? `${label}: done` : `${label}: ${failures} of ${results.length} failed`,
        content: `${account.name}. The results list each user.`,
      });
      return { via: 'direct', action, users, results };
    },
    onError: (error, run) =>
      notify({
        id,
        type: 'error',
        header: `${describeBulkAction(run.action, run.users.length)}: could not start`,
        content: messageOf(error),
        onRetry: () => mutation.mutate(run),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(account.id) }),
  });
  return mutation;
}
