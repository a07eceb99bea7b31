import { expect, request, type Page } from '@playwright/test';
import { csrfHeader } from '../pages/accounts-page.ts';

/** A console role, as the BFF names it. */
type Role = 'viewer' | 'helpdesk' | 'admin';

/**
 * A console user created by the signed-in admin (through the API), who has already signed in once
 * and chosen `password` as their own: a created user must, before anything else opens to them.
 */
export async function createConsoleUser(admin: Page, username: string, password: string, role: Role): Promise<void> {
  const first = `${password}-first`;
  const created = await admin.request.post('/api/console-users', {
    headers: await csrfHeader(admin),
    data: { username, password: first, role },
  });
  expect(created.status(), await created.text()).toBe(201);
  const person = await request.newContext({ baseURL: new URL(admin.url()).origin });
  const login = await person.post('/api/auth/login', { data: { username, password: first } });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const changed = await person.post('/api/auth/password', {
    headers: { 'x-csrf-token': csrfToken },
    data: { currentPassword: first, newPassword: password },
  });
  expect(changed.status(), await changed.text()).toBe(204);
  await person.post('/api/auth/logout', { headers: { 'x-csrf-token': csrfToken } });
  await person.dispose();
}
