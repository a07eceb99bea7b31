import type { CreateJobBody, Job } from '@chime-console/contracts';
import { insertJob, findJob } from '../jobs/job-store.ts';
import { AppError, badRequest } from '../http/app-error.ts';
import type { Services } from '../services.ts';

const refused = (detail: string) => new AppError({ code: 'unprocessable', status: 422, title: 'Not allowed for this account', detail });

/**
 * Checks what Chime would refuse for the whole job up front (so thousands of items do not all fail
 * the same way), then records the job and its items; the runner picks it up.
 */
export async function createJob(
  { db, gateway, jobRunner }: Services,
  accountId: string,
  body: CreateJobBody,
  createdBy: string,
): Promise<Job> {
  const { account } = await gateway.getAccount(accountId);
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
  // Chime matches emails without regard to case: the same address twice is one item.
  const targets = distinct(body.kind === 'invite' ? body.emails : body.userIds, body.kind === 'invite');
  const id = await db.transaction((tx) =>
    insertJob(tx, {
      kind: body.kind,
      accountId,
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

function distinct(values: readonly string[], ignoreCase: boolean): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = ignoreCase ? value.toLowerCase() : value;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
