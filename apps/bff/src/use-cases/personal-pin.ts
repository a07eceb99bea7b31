import type { ChimeGateway } from '../chime/index.ts';

interface UserRef {
  accountId: string;
  userId: string;
}

/** The two PIN answers are the only API responses that carry a PIN; each is audited as a change. */
export async function resetPin(chime: ChimeGateway, { accountId, userId }: UserRef) {
  const { pin } = await chime.resetPersonalPin(accountId, userId);
  return { userId, pin };
}

export async function revealPin(chime: ChimeGateway, { accountId, userId }: UserRef) {
  return { userId, pin: await chime.getPersonalPin(accountId, userId) };
}
