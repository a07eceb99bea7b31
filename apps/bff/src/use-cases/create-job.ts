import type { CreateJobBody, Job } from '@chime-console/contracts';
import { insertJob, findJob } from '../jobs/job-store.ts';
import { AppError, badRequest } from '../http/app-error.ts';
import { distinctTargets } from '../chime/batch-limits.ts';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import type { JobRunner } from '../jobs/job-runner.ts';

const refused = (detail: string) => new AppError({ code: 'unprocessable', status: 422, title: 'Not allowed for this account', detail });

/**
 * Checks what Chime would refuse for the whole job up front (so thousands of items do not all fail
 * the same way), then records the job and its items; the runner picks it up.
 */
export async function createJob(
  { chime, db, jobRunner }: { chime: ChimeGateway; db: Database; jobRunner: JobRunner },
  accountId: string,
  body: CreateJobBody,
  createdBy: string,
): Promise<Job> {
  const account = await chime.getAccount(accountId);
  if (body.kind === 'invite' && account.type !== 'Team') {
    throw refused(`Chime invites users only to Team accounts; ${account.name} is ${account.type ?? 'of another type'}.`);
  }
  if (body.kind === 'unsuspend' && account.type !== 'EnterpriseLWA') {
    throw refused(`Chime unsuspends users only in EnterpriseLWA accounts; ${account.name} is ${account.type ?? 'of another type'}.`);
  }
  if (body.kind === 'license' && !account.supportedLicenses.includes(body.licenseType)) {
    throw badRequest(`${account.name} supports ${account.supportedLicenses.join(', ')}; not ${body.licenseType}.`, [
      { field: 'licenseType', message: `must be one of ${account.supportedLicenses.join(', ')}` },
    ]);
  }
  const targets = body.kind === 'invite' ? distinctTargets(body.emails, 'emails') : distinctTargets(body.userIds, 'userIds');
  const id = await db.transaction((tx) =>
    insertJob(tx, {
      kind: body.kind,
      accountId,
      accountName: account.name,
      targets,
      createdBy,
      licenseType: body.kind === 'license' ? body.licenseType : undefined,
      userType: body.kind === 'invite' ? body.userType : undefined,
    }),
  );
  jobRunner.wake();
  const job = await findJob(db, id);
  if (!job) throw new Error(`job ${id} vanished after insert`);
  return job;
}
