import type { License, User } from '@chime-console/contracts';
import type { ChimeGateway, InviteResult } from '../chime/index.ts';
import type { ClaimedChunk, ItemOutcome } from './chunk-queue.ts';
import { chimeUserFailure, invitationRefused } from './item-failure.ts';

export interface ChunkAnswer {
  outcomes: ItemOutcome[];
  /** Invitations Chime accepted, to record for tracking. */
  invites: InviteResult[];
}

/**
 * One Chime call for the chunk's pending items (one per user for sign-outs); the caller's tracing
 * gateway keeps their request IDs for the audit. Per-item errors become failed items, never a blanket failure.
 */
export async function sendChunk(gateway: ChimeGateway, chunk: ClaimedChunk): Promise<ChunkAnswer> {
  const targets = chunk.items.map((item) => item.target);
  const seqOf = new Map(chunk.items.map((item) => [item.target, item.seq]));
  const { accountId } = chunk;
  switch (chunk.kind) {
    case 'invite': {
      const invites = await gateway.inviteUsers(accountId, targets, (chunk.userType ?? undefined) as User['userType']);
      const outcomes = chunk.items.map(({ seq, target }, index): ItemOutcome => {
        const invite = invites[index];
        if (!invite)
          return {
            seq,
            status: 'failed',
            error: { code: 'no_result', message: `Chime returned no invitation for ${target}.`, retryable: true },
          };
        return {
          seq,
          status: invite.status === 'Failed' ? 'failed' : 'ok',
          ...(invite.inviteId !== undefined && { inviteId: invite.inviteId }),
          ...(invite.status !== undefined && { invitationStatus: invite.status }),
          ...(invite.emailStatus !== undefined && { emailStatus: invite.emailStatus }),
          ...(invite.status === 'Failed' && { error: invitationRefused }),
        };
      });
      return { outcomes, invites };
    }
    case 'logout': {
      await Promise.all(targets.map((userId) => gateway.logoutUser(accountId, userId)));
      return { outcomes: chunk.items.map(({ seq }) => ({ seq, status: 'ok' })), invites: [] };
    }
    case 'license':
    case 'suspend':
    case 'unsuspend': {
      const results =
        chunk.kind === 'license'
          ? await gateway.batchUpdateLicense(accountId, targets, chunk.licenseType as License)
          : chunk.kind === 'suspend'
            ? await gateway.batchSuspend(accountId, targets)
            : await gateway.batchUnsuspend(accountId, targets);
      const outcomes = results.map((result): ItemOutcome => ({
        seq: seqOf.get(result.userId) ?? -1,
        status: result.ok ? 'ok' : 'failed',
        ...(result.error && { error: chimeUserFailure(result.error) }),
      }));
      return { outcomes: outcomes.filter((outcome) => outcome.seq >= 0), invites: [] };
    }
  }
}
