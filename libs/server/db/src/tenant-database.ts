import type { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from './tenant-context';
import { TenantGate } from './tenant-gate';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ScopeOptions {
  userId?: string | null;
}

/**
 * Every database access of the runtime goes through one of these runners: each opens a transaction,
 * sets `app.tenant_id` / `app.user_id` with `set_config(..., true)` (transaction-local, so a pooled
 * connection never carries a tenant into the next request) and exposes the manager via TenantContext.
 */
export class TenantDatabase {
  /** Per-tenant cap on open transactions: half the pool, so no tenant can take every connection. */
  readonly gate: TenantGate;

  constructor(readonly dataSource: DataSource) {
    const poolSize = Number((dataSource.options.extra as { max?: number } | undefined)?.max ?? 10);
    this.gate = new TenantGate(Math.max(1, Math.floor(poolSize / 2)));
  }

  runInTenantTx<T>(
    tenantId: string,
    fn: (manager: EntityManager) => Promise<T>,
    opts: ScopeOptions = {},
  ): Promise<T> {
    if (!UUID.test(tenantId)) throw new Error('runInTenantTx: tenantId must be a uuid');
    return this.gated(tenantId, () => this.scoped(tenantId, opts.userId ?? null, fn));
  }

  /** A user-only scope: the user's own rows (memberships, tokens) and nothing tenant-owned. */
  runAsUser<T>(userId: string, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!UUID.test(userId)) throw new Error('runAsUser: userId must be a uuid');
    return this.scoped(null, userId, fn);
  }

  /** No tenant, no user: only the SECURITY DEFINER entry points return anything here. */
  runAnonymous<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.scoped(null, null, fn);
  }

  private async gated<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
    const release = await this.gate.acquire(tenantId);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /** Called with errors of after-commit jobs (the API logs them). */
  onAfterCommitError: (e: unknown) => void = () => undefined;

  private async scoped<T>(
    tenantId: string | null,
    userId: string | null,
    fn: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const afterCommit: Array<() => Promise<void>> = [];
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
        [tenantId ?? '', userId ?? ''],
      );
      return TenantContext.run({ tenantId, userId, manager, afterCommit }, () => fn(manager));
    });
    for (const job of afterCommit) {
      // The transaction is already committed: a failing follow-up is reported, not rolled back.
      await job().catch((e: unknown) => this.onAfterCommitError(e));
    }
    return result;
  }
}
