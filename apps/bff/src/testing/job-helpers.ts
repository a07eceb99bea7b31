import assert from 'node:assert/strict';
import { JOB_CHUNK_AUDIT_ACTION, type Account, type AuditEntry, type Job } from '@chime-console/contracts';
import type { TestEmulator } from '@chime-console/chime-emulator/testing';
import type { ApiClient } from './test-bff.ts';

/** Polls the job until it is settled (not running, nothing pending): waiting for a state, bounded in time. */
export async function waitForJob(client: ApiClient, id: string, timeoutMs: number): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await client.call('GET', `/api/jobs/${id}`)).json<Job>();
    if (job.status !== 'running' && job.counts.pending === 0) return job;
    if (Date.now() > deadline) assert.fail(`job ${id} still running after ${timeoutMs} ms: ${JSON.stringify(job.counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function createTeamAccount(admin: ApiClient, name: string): Promise<Account> {
  const response = await admin.call('POST', '/api/accounts', { body: { name } });
  assert.equal(response.status, 201, response.text);
  return response.json<Account>();
}

export const emails = (count: number, domain: string) => Array.from({ length: count }, (_, i) => `person${i}@${domain}`);

/** Emails the emulator got an invitation for more or less than once (its own counters). */
export function notExactlyOnce(invitationsSent: Record<string, number>, sent: readonly string[]): string[] {
  return sent.filter((email) => invitationsSent[email.toLowerCase()] !== 1);
}

/** A new generated account in the emulator, straight into its store: its ID. */
export async function seedAccount(emulator: TestEmulator, users: number, accountType: Account['type']): Promise<string> {
  const { accountIds } = await emulator.control<{ accountIds: string[] }>('POST', '/seed', { set: 'generated', users, accountType });
  return accountIds[0] ?? assert.fail('the emulator seeded no account');
}

/** The job runner's audit entries for an account's chunks, newest first. */
export async function chunkAudit(client: ApiClient, accountId: string): Promise<AuditEntry[]> {
  const response = await client.call('GET', `/api/audit?action=${JOB_CHUNK_AUDIT_ACTION}&accountId=${accountId}&pageSize=200`);
  return response.json<{ items: AuditEntry[] }>().items;
}

/** Polls `condition` until it holds: waiting for a state, bounded in time. */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`not reached in ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
