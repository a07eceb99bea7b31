export interface OperationCounts {
  requests: number;
  /** Keyed by the success status ("200", "201", "204") or the exception name. */
  outcomes: Record<string, number>;
}

export interface CountersSnapshot {
  operations: Record<string, OperationCounts>;
  invitationsSent: Record<string, number>;
}

/** What tests assert on: requests and outcomes per operation, and invitation emails per address. */
export class Counters {
  private operations = new Map<string, OperationCounts>();
  private invitations = new Map<string, number>();

  record(operation: string, outcome: string): void {
    let counts = this.operations.get(operation);
    if (!counts) {
      counts = { requests: 0, outcomes: {} };
      this.operations.set(operation, counts);
    }
    counts.requests++;
    counts.outcomes[outcome] = (counts.outcomes[outcome] ?? 0) + 1;
  }

  invitationSent(email: string): void {
    const key = email.toLowerCase();
    this.invitations.set(key, (this.invitations.get(key) ?? 0) + 1);
  }

  snapshot(): CountersSnapshot {
    return { operations: Object.fromEntries(this.operations), invitationsSent: Object.fromEntries(this.invitations) };
  }

  reset(): void {
    this.operations = new Map();
    this.invitations = new Map();
  }
}
