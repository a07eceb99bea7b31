/** The demo sign-ins `npm start` prints (apps/bff/src/demo-users.ts). */
export const SIGN_INS = {
  admin: { username: 'admin', password: 'admin-demo-password' },
  helpdesk: { username: 'helpdesk', password: 'helpdesk-demo-password' },
  viewer: { username: 'manager', password: 'manager-demo-password' },
} as const;
export type DemoRole = keyof typeof SIGN_INS;
