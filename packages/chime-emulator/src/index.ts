export { startEmulator, DEMO_CREDENTIALS, type Credentials, type EmulatorOptions, type RunningEmulator } from './server.ts';
export type { SeedRequest } from './control/control-api.ts';
export type { CountersSnapshot } from './control/counters.ts';
export type { FaultSettings } from './control/faults.ts';
export type { ThrottleSettings, RateLimit } from './control/throttle.ts';
export type { Account, User, Invite } from './state/types.ts';
