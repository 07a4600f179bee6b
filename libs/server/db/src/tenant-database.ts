import type { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from './tenant-context';

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
  constructor(readonly dataSource: DataSource) {}

  runInTenantTx<T>(
    tenantId: string,
    fn: (manager: EntityManager) => Promise<T>,
    opts: ScopeOptions = {},
  ): Promise<T> {
    if (!UUID.test(tenantId)) throw new Error('runInTenantTx: tenantId must be a uuid');
    return this.scoped(tenantId, opts.userId ?? null, fn);
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
