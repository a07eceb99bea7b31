import { z } from 'zod';
import {
  accountIdSchema,
  accountPageSchema,
  accountSchema,
  accountSettingsSchema,
  createAccountBodySchema,
  listAccountsQuerySchema,
  updateAccountBodySchema,
  updateAccountSettingsBodySchema,
} from './accounts.ts';
import { auditPageSchema, auditQuerySchema, userHistorySchema } from './audit.ts';
import {
  changePasswordBodySchema,
  consoleUserListSchema,
  consoleUserSchema,
  createConsoleUserBodySchema,
  forcePasswordBodySchema,
  loginBodySchema,
  sessionSchema,
  signOutOthersResponseSchema,
  updateConsoleUserBodySchema,
} from './auth.ts';
import {
  checkEmailsBodySchema,
  checkEmailsResponseSchema,
  invitationOverviewSchema,
  invitationPageSchema,
  listInvitationsQuerySchema,
} from './invitations.ts';
import {
  accountRefreshSchema,
  directorySearchQuerySchema,
  directorySearchResponseSchema,
  directoryStatusSchema,
  refreshAccountParamsSchema,
} from './directory.ts';
import { createJobBodySchema, jobItemPageSchema, jobItemsQuerySchema, jobPageSchema, jobSchema, listJobsQuerySchema } from './jobs.ts';
import { lookupQuerySchema, lookupResponseSchema } from './lookup.ts';
import type { Capability } from './roles.ts';
import {
  batchLicenseBodySchema,
  batchResultSchema,
  batchUsersBodySchema,
  createUserBodySchema,
  inviteBodySchema,
  inviteResponseSchema,
  inviteResultSchema,
  listUsersQuerySchema,
  pinResponseSchema,
  updateUserBodySchema,
  userIdSchema,
  userPageSchema,
  userSchema,
} from './users.ts';

/** Who may call an endpoint: anyone, any signed-in person, or the roles holding a capability. */
export type Access = 'public' | 'signedIn' | Capability;

export interface EndpointDefinition {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Express-style path; `:name` segments are described by `params`. */
  path: string;
  access: Access;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Absent for 204 answers. */
  response?: z.ZodType;
  status?: 200 | 201 | 204;
  produces?: 'application/json' | 'text/csv';
}

const account = z.object({ accountId: accountIdSchema });
const accountUser = account.extend({ userId: userIdSchema });
const consoleUser = z.object({ id: z.uuid() });
const job = z.object({ jobId: z.uuid() });

/**
 * The BFF's HTTP API, defined once. The BFF mounts its routes from it, the SPA builds its URLs and
 * types from it, the OpenAPI document is generated from it, and the role-matrix test walks it.
 */
export const endpoints = {
  login: { method: 'post', path: '/api/auth/login', access: 'public', summary: 'Sign in', body: loginBodySchema, response: sessionSchema },
  logout: { method: 'post', path: '/api/auth/logout', access: 'signedIn', summary: 'Sign out', status: 204 },
  me: { method: 'get', path: '/api/auth/me', access: 'signedIn', summary: 'The signed-in person', response: sessionSchema },
  changePassword: {
    method: 'post',
    path: '/api/auth/password',
    access: 'signedIn',
    summary: 'Change your own password (your other sessions end)',
    body: changePasswordBodySchema,
    status: 204,
  },
  signOutOtherSessions: {
    method: 'post',
    path: '/api/auth/sessions/sign-out-others',
    access: 'signedIn',
    summary: 'Sign out your other sessions',
    response: signOutOthersResponseSchema,
  },

  listAccounts: {
    method: 'get',
    path: '/api/accounts',
    access: 'read',
    summary: 'List accounts (name prefix or a member email)',
    query: listAccountsQuerySchema,
    response: accountPageSchema,
  },
  createAccount: {
    method: 'post',
    path: '/api/accounts',
    access: 'manageAccounts',
    summary: 'Create a Team account',
    body: createAccountBodySchema,
    response: accountSchema,
    status: 201,
  },
  getAccount: {
    method: 'get',
    path: '/api/accounts/:accountId',
    access: 'read',
    summary: 'An account',
    params: account,
    response: accountSchema,
  },
  updateAccount: {
    method: 'patch',
    path: '/api/accounts/:accountId',
    access: 'manageAccounts',
    summary: 'Rename an account or change its default license',
    params: account,
    body: updateAccountBodySchema,
    response: accountSchema,
  },
  deleteAccount: {
    method: 'delete',
    path: '/api/accounts/:accountId',
    access: 'manageAccounts',
    summary: 'Delete an account whose users are all suspended',
    params: account,
    status: 204,
  },
  getAccountSettings: {
    method: 'get',
    path: '/api/accounts/:accountId/settings',
    access: 'read',
    summary: 'Account settings, read fresh',
    params: account,
    response: accountSettingsSchema,
  },
  updateAccountSettings: {
    method: 'patch',
    path: '/api/accounts/:accountId/settings',
    access: 'manageAccounts',
    summary: 'Change account settings; answers the settings read back',
    params: account,
    body: updateAccountSettingsBodySchema,
    response: accountSettingsSchema,
  },

  listUsers: {
    method: 'get',
    path: '/api/accounts/:accountId/users',
    access: 'read',
    summary: 'List users; filters answered from the directory index with a total, the exact email by Chime',
    params: account,
    query: listUsersQuerySchema,
    response: userPageSchema,
  },
  exportUsers: {
    method: 'get',
    path: '/api/accounts/:accountId/users.csv',
    access: 'read',
    summary: 'Every user matching the filters, as CSV (streamed)',
    params: account,
    query: listUsersQuerySchema.omit({ cursor: true, pageSize: true }),
    produces: 'text/csv',
  },
  createUser: {
    method: 'post',
    path: '/api/accounts/:accountId/users',
    access: 'manageUsers',
    summary: 'Create a user',
    params: account,
    body: createUserBodySchema,
    response: userSchema,
    status: 201,
  },
  getUser: {
    method: 'get',
    path: '/api/accounts/:accountId/users/:userId',
    access: 'read',
    summary: 'A user, without PIN',
    params: accountUser,
    response: userSchema,
  },
  updateUser: {
    method: 'patch',
    path: '/api/accounts/:accountId/users/:userId',
    access: 'manageUsers',
    summary: "Change a user's license",
    params: accountUser,
    body: updateUserBodySchema,
    response: userSchema,
  },
  resetPin: {
    method: 'post',
    path: '/api/accounts/:accountId/users/:userId/reset-pin',
    access: 'pin',
    summary: 'Reset the personal meeting PIN; the new PIN is in this answer only',
    params: accountUser,
    response: pinResponseSchema,
  },
  revealPin: {
    method: 'post',
    path: '/api/accounts/:accountId/users/:userId/reveal-pin',
    access: 'pin',
    summary: 'Reveal the current personal meeting PIN (audited)',
    params: accountUser,
    response: pinResponseSchema,
  },
  logoutUser: {
    method: 'post',
    path: '/api/accounts/:accountId/users/:userId/logout',
    access: 'support',
    summary: 'Sign a user out of every device',
    params: accountUser,
    status: 204,
  },
  resendInvitation: {
    method: 'post',
    path: '/api/accounts/:accountId/users/:userId/resend-invitation',
    access: 'support',
    summary: 'Send a pending or failed invitation again',
    params: accountUser,
    response: inviteResultSchema,
  },
  userHistory: {
    method: 'get',
    path: '/api/accounts/:accountId/users/:userId/history',
    access: 'support',
    summary: "The user's last 20 audit entries, newest first: who did what to them, and how it ended",
    params: accountUser,
    response: userHistorySchema,
  },
  batchChangeLicense: {
    method: 'post',
    path: '/api/accounts/:accountId/users/batch/license',
    access: 'manageUsers',
    summary: 'Change the license of up to 20 users; a result per user',
    params: account,
    body: batchLicenseBodySchema,
    response: batchResultSchema,
  },
  batchSuspend: {
    method: 'post',
    path: '/api/accounts/:accountId/users/batch/suspend',
    access: 'manageUsers',
    summary: 'Suspend up to 50 users; a result per user',
    params: account,
    body: batchUsersBodySchema,
    response: batchResultSchema,
  },
  batchUnsuspend: {
    method: 'post',
    path: '/api/accounts/:accountId/users/batch/unsuspend',
    access: 'manageUsers',
    summary: 'Unsuspend up to 50 users (EnterpriseLWA); a result per user',
    params: account,
    body: batchUsersBodySchema,
    response: batchResultSchema,
  },
  inviteUsers: {
    method: 'post',
    path: '/api/accounts/:accountId/invitations',
    access: 'manageUsers',
    summary: 'Invite up to 50 emails to a Team account',
    params: account,
    body: inviteBodySchema,
    response: inviteResponseSchema,
    status: 201,
  },

  listInvitations: {
    method: 'get',
    path: '/api/accounts/:accountId/invitations',
    access: 'read',
    summary: 'Every invitation Chime reports for an account, merged with the console records of those it sent',
    params: account,
    query: listInvitationsQuerySchema,
    response: invitationPageSchema,
  },
  exportInvitations: {
    method: 'get',
    path: '/api/accounts/:accountId/invitations.csv',
    access: 'read',
    summary: 'The invitations matching the filters, as CSV (streamed)',
    params: account,
    query: listInvitationsQuerySchema.omit({ cursor: true, pageSize: true }),
    produces: 'text/csv',
  },
  checkInviteEmails: {
    method: 'post',
    path: '/api/accounts/:accountId/invitations/check',
    access: 'manageUsers',
    summary: 'Which of these emails already belong to users of the account',
    params: account,
    body: checkEmailsBodySchema,
    response: checkEmailsResponseSchema,
  },
  invitationOverview: {
    method: 'get',
    path: '/api/invitations/overview',
    access: 'read',
    summary: 'Invitation counts by status and age, per account',
    response: invitationOverviewSchema,
  },
  exportInvitationOverview: {
    method: 'get',
    path: '/api/invitations/overview.csv',
    access: 'read',
    summary: 'Invitation counts by status and age, one row per account, as CSV',
    produces: 'text/csv',
  },

  searchDirectory: {
    method: 'get',
    path: '/api/directory/search',
    access: 'read',
    summary: 'Users and accounts across every account, by part of a name or email, an email prefix or an ID',
    query: directorySearchQuerySchema,
    response: directorySearchResponseSchema,
  },
  directoryStatus: {
    method: 'get',
    path: '/api/directory/status',
    access: 'read',
    summary: "How fresh the console's index of Chime is",
    response: directoryStatusSchema,
  },
  refreshAccount: {
    method: 'post',
    path: '/api/directory/accounts/:accountId/refresh',
    access: 'read',
    summary: "Read an account's users again from Chime now, for the index",
    params: refreshAccountParamsSchema,
    response: accountRefreshSchema,
  },

  createJob: {
    method: 'post',
    path: '/api/accounts/:accountId/jobs',
    access: 'manageUsers',
    summary: 'Start a bulk job: invite emails, or change the license of, suspend, unsuspend or sign out users',
    params: account,
    body: createJobBodySchema,
    response: jobSchema,
    status: 201,
  },
  listJobs: {
    method: 'get',
    path: '/api/jobs',
    access: 'read',
    summary: 'Bulk jobs, newest first',
    query: listJobsQuerySchema,
    response: jobPageSchema,
  },
  getJob: {
    method: 'get',
    path: '/api/jobs/:jobId',
    access: 'read',
    summary: 'A bulk job and its progress',
    params: job,
    response: jobSchema,
  },
  listJobItems: {
    method: 'get',
    path: '/api/jobs/:jobId/items',
    access: 'read',
    summary: "A job's items and how each ended",
    params: job,
    query: jobItemsQuerySchema,
    response: jobItemPageSchema,
  },
  cancelJob: {
    method: 'post',
    path: '/api/jobs/:jobId/cancel',
    access: 'manageUsers',
    summary: 'Stop a job: items not yet sent are cancelled',
    params: job,
    response: jobSchema,
  },
  retryJob: {
    method: 'post',
    path: '/api/jobs/:jobId/retry-failed',
    access: 'manageUsers',
    summary: "Send a job's failed items again",
    params: job,
    response: jobSchema,
  },

  lookupUser: {
    method: 'get',
    path: '/api/lookup/user',
    access: 'read',
    summary: 'From an email to the account and the user',
    query: lookupQuerySchema,
    response: lookupResponseSchema,
  },

  listAudit: {
    method: 'get',
    path: '/api/audit',
    access: 'administer',
    summary: 'Audit log',
    query: auditQuerySchema,
    response: auditPageSchema,
  },
  exportAudit: {
    method: 'get',
    path: '/api/audit.csv',
    access: 'administer',
    summary: 'Audit log as CSV (streamed)',
    query: auditQuerySchema.omit({ cursor: true, pageSize: true }),
    produces: 'text/csv',
  },

  listConsoleUsers: {
    method: 'get',
    path: '/api/console-users',
    access: 'administer',
    summary: 'Console users',
    response: consoleUserListSchema,
  },
  createConsoleUser: {
    method: 'post',
    path: '/api/console-users',
    access: 'administer',
    summary: 'Create a console user',
    body: createConsoleUserBodySchema,
    response: consoleUserSchema,
    status: 201,
  },
  updateConsoleUser: {
    method: 'patch',
    path: '/api/console-users/:id',
    access: 'administer',
    summary: "Change a console user's role or disable them",
    params: consoleUser,
    body: updateConsoleUserBodySchema,
    response: consoleUserSchema,
  },
  forceConsolePassword: {
    method: 'post',
    path: '/api/console-users/:id/password',
    access: 'administer',
    summary: 'Set a new password the person must change at next sign-in; ends their sessions',
    params: consoleUser,
    body: forcePasswordBodySchema,
    status: 204,
  },
} as const satisfies Record<string, EndpointDefinition>;

export type EndpointId = keyof typeof endpoints;

/** Whether calls to an endpoint change something, and so leave an audit entry whatever their outcome. */
export const changesState = (endpoint: EndpointDefinition): boolean => endpoint.method !== 'get' && endpoint.access !== 'public';
