import { expect, type APIRequestContext } from '@playwright/test';

/**
 * The BFF starts sweeping Chime into its index when it starts: waits until every account has been
 * read once (GET /api/directory/status, with the signed-in page's session), never for a fixed time.
 */
export async function waitForFirstSweep(request: APIRequestContext): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/directory/status');
        if (!response.ok()) return `status ${response.status()}`;
        const { accounts, accountsSwept } = (await response.json()) as { accounts: number; accountsSwept: number };
        return accounts > 0 && accountsSwept >= accounts ? 'swept' : `${accountsSwept} of ${accounts} accounts read`;
      },
      { timeout: 60_000, message: 'the first sweep of every account' },
    )
    .toBe('swept');
}
