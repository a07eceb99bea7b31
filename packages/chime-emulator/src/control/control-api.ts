import { z } from 'zod';
import { seededIds } from '../state/random.ts';
import { ChimeStore, StoreConflictError } from '../state/store.ts';
import type { InvitationStatus } from '../state/types.ts';
import { seedDemo } from '../seed/demo.ts';
import { seedGenerated } from '../seed/generated.ts';
import { generatedSizeProblem } from '../seed/generated-size.ts';
import type { Counters } from './counters.ts';
import { NO_FAULTS, type Faults } from './faults.ts';
import type { Throttle } from './throttle.ts';

export const CONTROL_PREFIX = '/_emulator';

export interface ControlDependencies {
  store: ChimeStore;
  counters: Counters;
  throttle: Throttle;
  faults: Faults;
  now: () => string;
}

export class ControlError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const seedSchema = z.discriminatedUnion('set', [
  z.object({ set: z.literal('demo') }),
  z.object({ set: z.literal('empty') }),
  z
    .object({
      set: z.literal('generated'),
      // Either `users` in each account or `totalUsers` spread over them; generatedSizeProblem bounds both.
      users: z.number().int().optional(),
      totalUsers: z.number().int().optional(),
      accounts: z.number().int().optional(),
      accountType: z.enum(['Team', 'EnterpriseLWA', 'EnterpriseOIDC']).optional(),
      namePrefix: z.string().min(1).max(80).optional(),
      seed: z.number().int().optional(),
    })
    .superRefine((set, context) => {
      const problem = generatedSizeProblem(set);
      if (problem) context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }),
]);
export type SeedRequest = z.infer<typeof seedSchema>;

const rateLimit = z.object({ rate: z.number().positive(), burst: z.number().int().min(1) }).nullable();
const throttleSchema = z.object({ default: rateLimit.default(null), operations: z.record(z.string(), rateLimit).default({}) });
const faultsSchema = z.object({
  errorRate: z.number().min(0).max(1).default(0),
  statuses: z
    .array(z.union([z.literal(500), z.literal(503)]))
    .min(1)
    .default([500, 503]),
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  operations: z.array(z.string()).default([]),
  times: z.number().int().min(0).nullable().default(null),
  afterServing: z.boolean().default(false),
  afterServingRate: z.number().min(0).max(1).default(0),
});
const invitationSchema = z.object({ accountId: z.string().min(1), email: z.string().min(1) });

/**
 * Adds a seed set to the store (also used at start-up) and returns the new account IDs. A set that
 * clashes with existing data changes nothing.
 */
export function applySeed(store: ChimeStore, request: SeedRequest): string[] {
  if (request.set === 'empty') return [];
  try {
    const added = store.allOrNothing(() =>
      request.set === 'demo' ? seedDemo(store) : seedGenerated(store, { ...request, seed: request.seed ?? unusedGeneratedSeed(store) }),
    );
    store.changed();
    return added;
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    const hint = request.set === 'demo' ? ' The demo set is already loaded; POST /_emulator/reset {"set":"demo"} reloads it.' : '';
    throw new ControlError(409, `${error.message}${hint}`);
  }
}

/** The first generated-set seed whose first account ID is not in the store yet. */
function unusedGeneratedSeed(store: ChimeStore): number {
  let seed = store.accounts.size + 1;
  while (store.accounts.get(seededIds(seed).uuid())) seed++;
  return seed;
}

type ControlHandler = (body: unknown, deps: ControlDependencies) => unknown;

/**
 * The test and demo hooks under /_emulator: reset, seed, settle invitations, throttling, faults
 * and counters. Not part of Chime, so not signed.
 */
const CONTROL_ROUTES: Record<string, ControlHandler> = {
  'GET /health': () => ({ ok: true }),
  'POST /reset': (body, { store, counters, throttle, faults }) => {
    store.clear();
    counters.reset();
    throttle.configure({ default: null, operations: {} });
    faults.configure(NO_FAULTS);
    const seeded = body === undefined ? [] : applySeed(store, parse(seedSchema, body));
    store.changed();
    return { accountIds: seeded };
  },
  'POST /seed': (body, { store }) => ({ accountIds: applySeed(store, parse(seedSchema, body)) }),
  'POST /invitations/accept': (body, deps) => settleInvitation(deps, parse(invitationSchema, body), 'Accepted'),
  'POST /invitations/fail': (body, deps) => settleInvitation(deps, parse(invitationSchema, body), 'Failed'),
  'GET /throttle': (_body, { throttle }) => throttle.current(),
  'PUT /throttle': (body, { throttle }) => {
    throttle.configure(parse(throttleSchema, body));
    return throttle.current();
  },
  'GET /faults': (_body, { faults }) => faults.current(),
  'PUT /faults': (body, { faults }) => {
    faults.configure(parse(faultsSchema, body));
    return faults.current();
  },
  'DELETE /faults': (_body, { faults }) => {
    faults.configure(NO_FAULTS);
    return faults.current();
  },
  'GET /counters': (_body, { counters }) => counters.snapshot(),
  'DELETE /counters': (_body, { counters }) => {
    counters.reset();
    return counters.snapshot();
  },
  'GET /state': (_body, { store }) => store.snapshot(),
};

export function handleControl(method: string, path: string, body: unknown, deps: ControlDependencies): unknown {
  const handler = CONTROL_ROUTES[`${method} ${path.slice(CONTROL_PREFIX.length)}`];
  if (!handler) throw new ControlError(404, `No control endpoint ${method} ${path}. Endpoints: ${Object.keys(CONTROL_ROUTES).join(', ')}.`);
  return handler(body, deps);
}

function settleInvitation(deps: ControlDependencies, input: z.infer<typeof invitationSchema>, status: InvitationStatus) {
  const record = deps.store.accounts.get(input.accountId);
  if (!record) throw new ControlError(404, `No account ${input.accountId}.`);
  const user = deps.store.findUserByEmail(record, input.email);
  if (!user?.UserInvitationStatus) throw new ControlError(404, `No invitation for ${input.email} in account ${input.accountId}.`);
  const settled = deps.store.updateUser(
    record,
    user,
    status === 'Accepted'
      ? { UserInvitationStatus: status, UserRegistrationStatus: 'Registered', RegisteredOn: deps.now() }
      : { UserInvitationStatus: status },
  );
  deps.store.changed();
  return { User: settled };
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw new ControlError(400, z.prettifyError(result.error));
  return result.data;
}
