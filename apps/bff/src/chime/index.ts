export { createChimeClient, DEFAULT_REGION, type ChimeClientSettings } from './client.ts';
export {
  ChimeGateway,
  type ChimeObserver,
  type CreateUserInput,
  type UsersChange,
  type ListAccountsInput,
  type ListUsersInput,
  type Page,
  type UserFilters,
} from './gateway.ts';
export type { InviteResult } from './mappers.ts';
export { toAppError as upstreamToAppError } from './upstream-errors.ts';
