import type { Figure } from '../lib/figures.ts';
import type { RunningChild } from '../lib/child.ts';
import { startBulkStack } from './bulk-stack.ts';
import { pacingFigures, runJob } from './run-job.ts';

const EMAILS = 10_000;

/** 10,000 invitations (200 calls of 50) with InviteUsers limited to 10 calls/s, burst 10. */
export async function invite10k(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  try {
    const stack = await startBulkStack(1, children);
    const emails = Array.from({ length: EMAILS }, (_, i) => `invitee${i}@bulk-bench.example`);
    const run = await runJob(stack, 'InviteUsers', { kind: 'invite', emails });
    const lost = emails.filter((email) => run.invitationsSent[email] === undefined).length;
    const duplicated = emails.reduce((sum, email) => sum + Math.max(0, (run.invitationsSent[email] ?? 0) - 1), 0);
    return [
      ...pacingFigures('invite', run, EMAILS / 50),
      { name: 'invite.lost', value: lost, unit: 'emails', goal: { on: 'value', atMost: 0 }, note: 'never invited (emulator counters)' },
      {
        name: 'invite.duplicated',
        value: duplicated,
        unit: 'emails',
        goal: { on: 'value', atMost: 0 },
        note: 'extra invitations (emulator counters)',
      },
    ];
  } finally {
    await Promise.all(children.map((child) => child.stop()));
  }
}
