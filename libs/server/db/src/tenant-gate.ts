import { GraphQLError } from 'graphql';

/**
 * At most `limit` open transactions per tenant in this process, so one tenant's burst (a bulk import,
 * a runaway script) cannot hold every pooled connection while other tenants wait. Waiters queue in
 * order and give up after `waitMs` with SERVICE_UNAVAILABLE (retryable) instead of hanging.
 */
export class TenantGate {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(
    readonly limit: number,
    private readonly waitMs = 10_000,
  ) {}

  /** Counted on the slow path only (a wait), read by the metrics scrape. */
  private waits = 0;
  private timeouts = 0;

  stats(): { active: number; waiting: number; waits: number; timeouts: number } {
    let active = 0;
    let waiting = 0;
    for (const n of this.active.values()) active += n;
    for (const q of this.waiting.values()) waiting += q.length;
    return { active, waiting, waits: this.waits, timeouts: this.timeouts };
  }

  async acquire(tenantId: string): Promise<() => void> {
    if ((this.active.get(tenantId) ?? 0) >= this.limit) await this.wait(tenantId);
    this.active.set(tenantId, (this.active.get(tenantId) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const n = (this.active.get(tenantId) ?? 1) - 1;
      if (n <= 0) this.active.delete(tenantId);
      else this.active.set(tenantId, n);
      const next = this.waiting.get(tenantId)?.shift();
      if (next) next();
    };
  }

  private wait(tenantId: string): Promise<void> {
    this.waits++;
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(tenantId) ?? [];
      this.waiting.set(tenantId, queue);
      const timer = setTimeout(() => {
        const i = queue.indexOf(go);
        if (i >= 0) queue.splice(i, 1);
        this.timeouts++;
        reject(
          new GraphQLError('This workspace is busy; try again in a moment', {
            extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
          }),
        );
      }, this.waitMs);
      function go() {
        clearTimeout(timer);
        resolve();
      }
      queue.push(go);
    });
  }
}
