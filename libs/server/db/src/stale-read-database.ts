import type { EntityManager } from 'typeorm';
import type { TenantDatabase } from './tenant-database';

/**
 * Reads that may lag the primary by the read replica's replay delay (docs/architecture.md §10):
 * counts for dashboards, never a read a user's next step depends on. Same tenant scoping and RLS as
 * the primary (the replica is a physical copy: same roles, same policies); without a replica
 * (DATABASE_REPLICA_URL unset) they run on the primary.
 */
export class StaleReadDatabase {
  constructor(
    private readonly primary: TenantDatabase,
    private readonly replica: TenantDatabase | null,
  ) {}

  get source(): 'replica' | 'primary' {
    return this.replica ? 'replica' : 'primary';
  }

  runInTenantTx<T>(tenantId: string, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return (this.replica ?? this.primary).runInTenantTx(tenantId, fn);
  }
}
