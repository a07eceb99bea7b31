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

export function describeBulkAction(action: BulkAction): string {
  if (action.kind === 'license') return `Change license to ${action.licenseType}`;
  return { suspend: 'Suspend', unsuspend: 'Unsuspend', signOut: 'Sign out' }[action.kind];
}

const plural = (count: number) => `${count} user${count === 1 ? '' : 's'}`;

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
      const label = describeBulkAction(action);
      if (mayStartJobs && users.length > DIRECT_LIMIT) {
        notify({ id, type: 'in-progress', header: `${label}: starting a job for ${plural(users.length)}`, content: account.name });
        const job = await jobs.start(account.id, jobBody(action, users), account.name);
        dismiss(id);
        return { via: 'job', action, users, jobId: job.id };
      }
      const progress = (done: number) =>
        notify({ id, type: 'in-progress', header: `${label}: ${done} of ${plural(users.length)} done`, content: account.name });
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
        header:
          failures === 0 ? `${label}: done for ${plural(results.length)}` : `${label}: ${failures} of ${plural(results.length)} failed`,
        content: `${account.name}. The results list each user.`,
      });
      return { via: 'direct', action, users, results };
    },
    onError: (error, run) =>
      notify({
        id,
        type: 'error',
        header: `${describeBulkAction(run.action)}: the job for ${plural(run.users.length)} could not start`,
        content: messageOf(error),
        onRetry: () => mutation.mutate(run),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(account.id) }),
  });
  return mutation;
}
