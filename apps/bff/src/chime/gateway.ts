import {
  BatchSuspendUserCommand,
  BatchUnsuspendUserCommand,
  BatchUpdateUserCommand,
  CreateAccountCommand,
  CreateUserCommand,
  DeleteAccountCommand,
  GetAccountCommand,
  GetAccountSettingsCommand,
  GetUserCommand,
  InviteUsersCommand,
  ListAccountsCommand,
  ListUsersCommand,
  LogoutUserCommand,
  ResetPersonalPINCommand,
  UpdateAccountCommand,
  UpdateAccountSettingsCommand,
  UpdateUserCommand,
  type $Command,
  type ChimeClient,
  type ChimeClientResolvedConfig,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  type User as ChimeUser,
} from '@aws-sdk/client-chime';
import {
  BATCH_LICENSE_LIMIT,
  BATCH_USER_LIMIT,
  INVITE_LIMIT,
  type Account,
  type AccountSettings,
  type ItemResult,
  type License,
  type User,
} from '@chime-console/contracts';
import { distinctWithin } from './batch-limits.ts';
import {
  toAccount,
  toAccountSettings,
  toChimeAccountSettings,
  toInviteResult,
  toItemResults,
  toUser,
  type InviteResult,
} from './mappers.ts';
import { malformedAnswer, toAppError, upstreamTimeout } from './upstream-errors.ts';

type UserType = NonNullable<User['userType']>;
type ChimeCommand<I extends ServiceInputTypes, O extends ServiceOutputTypes> = $Command<
  I,
  O,
  ChimeClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes
>;

export interface GatewayOptions {
  /**
   * Time one call may take in all, every SDK attempt and backoff included; past it the call is
   * abandoned as a 504. Absent, only the client's own timeouts bound it.
   */
  budgetMs?: number;
  /** Told of each call once it ends: its operation, outcome (`ok` or the problem code) and duration. */
  onCall?: (operation: string, outcome: string, seconds: number) => void;
  /** Told of what Chime answered, before the caller is: the directory index keeps up this way. */
  observer?: ChimeObserver;
}

/**
 * What the gateway tells of each answer. `readAt` is when the call began: a later answer to an
 * earlier call must not undo what a later read found. Implementations never throw.
 */
export interface ChimeObserver {
  accountsRead(accounts: readonly Account[], readAt: Date): Promise<void>;
  accountGone(accountId: string): Promise<void>;
  usersRead(accountId: string, users: readonly User[], readAt: Date): Promise<void>;
  usersChanged(accountId: string, userIds: readonly string[], change: UsersChange, readAt: Date): Promise<void>;
  /** Users were invited: the account's user list changed in ways InviteUsers does not answer. */
  invited(accountId: string): Promise<void>;
}

export type UsersChange = { kind: 'license'; license: License } | { kind: 'suspend' } | { kind: 'unsuspend' };

export interface Page<T> {
  items: T[];
  /** Absent on the last page. */
  nextToken?: string;
}

export interface ListAccountsInput {
  /** Account-name prefix. */
  name?: string | undefined;
  userEmail?: string | undefined;
  maxResults: number;
  nextToken?: string | undefined;
}

export interface UserFilters {
  /** Exact email. */
  email?: string | undefined;
  userType?: UserType | undefined;
}

export interface ListUsersInput extends UserFilters {
  maxResults: number;
  nextToken?: string | undefined;
}

export interface CreateUserInput {
  email: string;
  username?: string | undefined;
  userType?: UserType | undefined;
}

/**
 * The only door to Chime. Every call goes through `send`, which turns whatever the SDK throws into
 * an AppError; every answer is mapped to the contract's shapes, which have no PIN. The PIN leaves
 * only through `resetPersonalPin` and `getPersonalPin`.
 *
 * One gateway is shared by the process; `tracing` gives a console request (or a job's chunk) its
 * own view of it that notes Chime's request ID of every call it makes, answered or failed, so its
 * audit entry names them all without any caller copying them by hand.
 */
export class ChimeGateway {
  readonly #client: ChimeClient;
  readonly #options: GatewayOptions;
  readonly #requestIds: string[] | undefined;

  constructor(client: ChimeClient, options: GatewayOptions = {}, requestIds?: string[]) {
    this.#client = client;
    this.#options = options;
    this.#requestIds = requestIds;
  }

  /** The same gateway, noting every call's Chime request ID in `requestIds`, in order. */
  tracing(requestIds: string[]): ChimeGateway {
    return new ChimeGateway(this.#client, this.#options, requestIds);
  }

  /** The same gateway telling no observer: for a caller that writes what it reads itself (a refresh). */
  unobserved(): ChimeGateway {
    return new ChimeGateway(this.#client, { ...this.#options, observer: undefined }, this.#requestIds);
  }

  async listAccounts(input: ListAccountsInput): Promise<Page<Account>> {
    const readAt = new Date();
    const output = await this.send(
      new ListAccountsCommand({ Name: input.name, UserEmail: input.userEmail, MaxResults: input.maxResults, NextToken: input.nextToken }),
    );
    const accounts = (output.Accounts ?? []).map(toAccount);
    await this.#options.observer?.accountsRead(accounts, readAt);
    return page(accounts, output.NextToken);
  }

  async getAccount(accountId: string): Promise<Account> {
    const readAt = new Date();
    const output = await this.send(new GetAccountCommand({ AccountId: accountId }));
    return this.#accountRead(toAccount(required(output.Account, 'GetAccount')), readAt);
  }

  async createAccount(name: string): Promise<Account> {
    const readAt = new Date();
    const output = await this.send(new CreateAccountCommand({ Name: name }));
    return this.#accountRead(toAccount(required(output.Account, 'CreateAccount')), readAt);
  }

  async updateAccount(accountId: string, changes: { name?: string | undefined; defaultLicense?: License | undefined }): Promise<Account> {
    const readAt = new Date();
    const output = await this.send(
      new UpdateAccountCommand({ AccountId: accountId, Name: changes.name, DefaultLicense: changes.defaultLicense }),
    );
    return this.#accountRead(toAccount(required(output.Account, 'UpdateAccount')), readAt);
  }

  async deleteAccount(accountId: string): Promise<void> {
    await this.send(new DeleteAccountCommand({ AccountId: accountId }));
    await this.#options.observer?.accountGone(accountId);
  }

  async getAccountSettings(accountId: string): Promise<AccountSettings> {
    const output = await this.send(new GetAccountSettingsCommand({ AccountId: accountId }));
    return toAccountSettings(output.AccountSettings);
  }

  async updateAccountSettings(accountId: string, changes: Partial<AccountSettings>): Promise<void> {
    await this.send(new UpdateAccountSettingsCommand({ AccountId: accountId, AccountSettings: toChimeAccountSettings(changes) }));
  }

  async listUsers(accountId: string, input: ListUsersInput): Promise<Page<User>> {
    const readAt = new Date();
    const output = await this.send(
      new ListUsersCommand({
        AccountId: accountId,
        UserEmail: input.email,
        UserType: input.userType,
        MaxResults: input.maxResults,
        NextToken: input.nextToken,
      }),
    );
    const users = (output.Users ?? []).map(toUser);
    await this.#options.observer?.usersRead(accountId, users, readAt);
    return page(users, output.NextToken);
  }

  /**
   * Chime's pages one at a time, for scans the BFF filters itself and for exports: only the page
   * being consumed is in memory, however large the account.
   */
  async *scanUsers(
    accountId: string,
    filters: UserFilters,
    options: { pageSize?: number; startToken?: string } = {},
  ): AsyncGenerator<Page<User>, void> {
    let nextToken = options.startToken;
    do {
      const current = await this.listUsers(accountId, { ...filters, maxResults: options.pageSize ?? 200, nextToken });
      nextToken = current.nextToken;
      yield current;
    } while (nextToken !== undefined);
  }

  async getUser(accountId: string, userId: string): Promise<User> {
    const readAt = new Date();
    return this.#userRead(toUser(await this.getChimeUser(accountId, userId)), readAt);
  }

  async createUser(accountId: string, input: CreateUserInput): Promise<User> {
    const readAt = new Date();
    const output = await this.send(
      new CreateUserCommand({ AccountId: accountId, Email: input.email, Username: input.username, UserType: input.userType }),
    );
    return this.#userRead(toUser(required(output.User, 'CreateUser')), readAt);
  }

  async updateUserLicense(accountId: string, userId: string, license: License): Promise<User> {
    const readAt = new Date();
    const output = await this.send(new UpdateUserCommand({ AccountId: accountId, UserId: userId, LicenseType: license }));
    return this.#userRead(toUser(required(output.User, 'UpdateUser')), readAt);
  }

  async batchUpdateLicense(accountId: string, userIds: readonly string[], license: License): Promise<ItemResult[]> {
    const readAt = new Date();
    const ids = distinctWithin(userIds, BATCH_LICENSE_LIMIT, 'userIds');
    const output = await this.send(
      new BatchUpdateUserCommand({
        AccountId: accountId,
        UpdateUserRequestItems: ids.map((UserId) => ({ UserId, LicenseType: license })),
      }),
    );
    return this.#usersChanged(accountId, toItemResults(ids, output.UserErrors), { kind: 'license', license }, readAt);
  }

  async batchSuspend(accountId: string, userIds: readonly string[]): Promise<ItemResult[]> {
    const readAt = new Date();
    const ids = distinctWithin(userIds, BATCH_USER_LIMIT, 'userIds');
    const output = await this.send(new BatchSuspendUserCommand({ AccountId: accountId, UserIdList: ids }));
    return this.#usersChanged(accountId, toItemResults(ids, output.UserErrors), { kind: 'suspend' }, readAt);
  }

  async batchUnsuspend(accountId: string, userIds: readonly string[]): Promise<ItemResult[]> {
    const readAt = new Date();
    const ids = distinctWithin(userIds, BATCH_USER_LIMIT, 'userIds');
    const output = await this.send(new BatchUnsuspendUserCommand({ AccountId: accountId, UserIdList: ids }));
    return this.#usersChanged(accountId, toItemResults(ids, output.UserErrors), { kind: 'unsuspend' }, readAt);
  }

  async inviteUsers(accountId: string, emails: readonly string[], userType?: UserType): Promise<InviteResult[]> {
    const list = distinctWithin(emails, INVITE_LIMIT, 'emails');
    const output = await this.send(new InviteUsersCommand({ AccountId: accountId, UserEmailList: list, UserType: userType }));
    await this.#options.observer?.invited(accountId);
    return (output.Invites ?? []).map((invite, index) => toInviteResult(invite, list[index] ?? ''));
  }

  async logoutUser(accountId: string, userId: string): Promise<void> {
    await this.send(new LogoutUserCommand({ AccountId: accountId, UserId: userId }));
  }

  /** One of the two places a PIN leaves the gateway: the new PIN, to be shown once. */
  async resetPersonalPin(accountId: string, userId: string): Promise<{ user: User; pin: string }> {
    const readAt = new Date();
    const output = await this.send(new ResetPersonalPINCommand({ AccountId: accountId, UserId: userId }));
    const user = required(output.User, 'ResetPersonalPIN');
    return { user: await this.#userRead(toUser(user), readAt), pin: pinOf(user, 'ResetPersonalPIN') };
  }

  /** The other place a PIN leaves the gateway: the current PIN, for an audited reveal. */
  async getPersonalPin(accountId: string, userId: string): Promise<string> {
    return pinOf(await this.getChimeUser(accountId, userId), 'GetUser');
  }

  /** Readiness: the cheapest signed call there is. */
  async ping(): Promise<void> {
    await this.send(new ListAccountsCommand({ MaxResults: 1 }));
  }

  async #accountRead(account: Account, readAt: Date): Promise<Account> {
    await this.#options.observer?.accountsRead([account], readAt);
    return account;
  }

  async #userRead(user: User, readAt: Date): Promise<User> {
    await this.#options.observer?.usersRead(user.accountId, [user], readAt);
    return user;
  }

  async #usersChanged(accountId: string, results: ItemResult[], change: UsersChange, readAt: Date): Promise<ItemResult[]> {
    const changed = results.filter((result) => result.ok).map((result) => result.userId);
    await this.#options.observer?.usersChanged(accountId, changed, change, readAt);
    return results;
  }

  private async getChimeUser(accountId: string, userId: string): Promise<ChimeUser> {
    const output = await this.send(new GetUserCommand({ AccountId: accountId, UserId: userId }));
    return required(output.User, 'GetUser');
  }

  /** The one place SDK errors are caught: everything else in the BFF only ever sees AppError. */
  private async send<I extends ServiceInputTypes, O extends ServiceOutputTypes>(command: ChimeCommand<I, O>): Promise<O> {
    const { budgetMs, onCall } = this.#options;
    const operation = command.constructor.name.replace(/Command$/, '');
    const budget = budgetMs === undefined ? undefined : startBudget(budgetMs);
    const started = performance.now();
    const ended = (outcome: string, requestId: string | undefined) => {
      if (requestId !== undefined) this.#requestIds?.push(requestId);
      onCall?.(operation, outcome, (performance.now() - started) / 1000);
    };
    try {
      // The SDK honours the signal across its retries: an attempt in flight is cut, a backoff ends.
      const output = await this.#client.send(command, budget && { abortSignal: budget.signal });
      ended('ok', output.$metadata.requestId);
      return output;
    } catch (error) {
      const appError = budget?.signal.aborted === true ? upstreamTimeout(budget.ms, error) : toAppError(error);
      ended(appError.code, appError.upstreamRequestId);
      throw appError;
    } finally {
      budget?.clear();
    }
  }
}

/** A signal that aborts after `ms`, its timer cleared as soon as the call ends rather than left pending. */
function startBudget(ms: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, ms);
  return {
    ms,
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
    },
  };
}

// Chime marks no output member required, and some clients send "" or null on the last page.
function page<T>(items: T[], nextToken: string | undefined): Page<T> {
  return { items, ...(nextToken ? { nextToken } : {}) };
}

function required<T>(value: T | undefined, operation: string): T {
  if (value === undefined) throw malformedAnswer(`${operation} answered without a result`);
  return value;
}

function pinOf(user: ChimeUser, operation: string): string {
  if (user.PersonalPIN === undefined || user.PersonalPIN === '') throw malformedAnswer(`${operation} answered without a personal PIN`);
  return user.PersonalPIN;
}
