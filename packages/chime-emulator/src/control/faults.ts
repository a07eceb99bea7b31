import { ServiceFailureException, ServiceUnavailableException, type ChimeException } from '../protocol/errors.ts';

export interface FaultSettings {
  /** Share of calls, 0..1, answered with one of `statuses` instead of being served. */
  errorRate: number;
  statuses: (500 | 503)[];
  /** Added to every faulted operation's response time. */
  latencyMs: number;
  /** Operations the faults apply to; empty means all. */
  operations: string[];
  /** How many failures to inject before the fault is spent; null for no limit. */
  times: number | null;
  /**
   * Serve the call, then answer with the failure: the change is made but the client never hears
   * of it, as when a real service fails after committing or a connection drops mid-answer.
   */
  afterServing: boolean;
  /**
   * The share, 0..1, of injected failures that strike after serving when `afterServing` is off:
   * real outages mix failures that stopped a call with failures that only lost its answer.
   */
  afterServingRate: number;
}

export interface InjectedFault {
  exception: ChimeException;
  /** Serve the call first, then answer with the exception. */
  afterServing: boolean;
}

export const NO_FAULTS: FaultSettings = {
  errorRate: 0,
  statuses: [500, 503],
  latencyMs: 0,
  operations: [],
  times: null,
  afterServing: false,
  afterServingRate: 0,
};

export class Faults {
  private settings = NO_FAULTS;
  private readonly random: () => number;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  configure(settings: FaultSettings): void {
    this.settings = { ...settings };
  }

  current(): FaultSettings {
    return this.settings;
  }

  latencyFor(operation: string): number {
    return this.appliesTo(operation) ? this.settings.latencyMs : 0;
  }

  /** An injected failure for this call, or undefined to serve it. */
  failureFor(operation: string): InjectedFault | undefined {
    const { errorRate, statuses, times, afterServing, afterServingRate } = this.settings;
    if (errorRate <= 0 || times === 0 || !this.appliesTo(operation) || this.random() >= errorRate) return undefined;
    if (times !== null) this.settings.times = times - 1;
    const status = statuses[Math.floor(this.random() * statuses.length)] ?? 500;
    const exception =
      status === 503
        ? new ServiceUnavailableException('The service is unavailable (injected fault).')
        : new ServiceFailureException('The service encountered an internal failure (injected fault).');
    return { exception, afterServing: afterServing || (afterServingRate > 0 && this.random() < afterServingRate) };
  }

  private appliesTo(operation: string): boolean {
    return this.settings.operations.length === 0 || this.settings.operations.includes(operation);
  }
}
