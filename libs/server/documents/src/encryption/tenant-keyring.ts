import type { EntityManager } from 'typeorm';
import { TenantContext, type TenantDatabase } from '@claimlane/server-db';
import type { MasterKeys } from './master-keys';

export interface DataKey {
  version: number;
  key: Buffer;
}

/** Where the encrypting store gets a tenant's data keys (the database in production, a map in tests). */
export interface DataKeyProvider {
  /** The key new objects are sealed with; created on first use. */
  current(tenantId: string): Promise<DataKey>;
  byVersion(tenantId: string, version: number): Promise<Buffer>;
}

interface KeyRow {
  version: number;
  wrapped_key: Buffer;
  master_key_id: string;
}

const CACHE_MS = 10 * 60_000;

/**
 * Tenant data keys from `tenant_data_keys` (RLS: each tenant reads only its own), unwrapped with the
 * master key and kept in memory for a few minutes so a page of documents costs one lookup, not one
 * per object. A tenant's first key is created in the caller's transaction when there is one.
 */
export class TenantKeyring implements DataKeyProvider {
  private readonly cache = new Map<string, { keys: Map<number, Buffer>; at: number }>();
  /** Tenants whose first key was created in a transaction not yet committed: never cached. */
  private readonly uncommitted = new Set<string>();

  constructor(
    private readonly db: TenantDatabase,
    private readonly master: MasterKeys,
  ) {}

  async current(tenantId: string): Promise<DataKey> {
    let keys = await this.load(tenantId);
    if (keys.size === 0) {
      const scope = TenantContext.peek();
      if (scope?.tenantId === tenantId) {
        // Inside the tenant's own transaction (an upload): create the key there. A second
        // transaction opened from inside one waits for a pool slot and a tenant-gate slot its own
        // caller may hold — four first uploads at once deadlocked until the gate timed out. A key
        // made here is not cached: it exists only if this transaction commits (and then so do the
        // rows of the objects it sealed); a concurrent first upload waits on the key's unique index.
        await this.create(scope.manager, tenantId);
        this.uncommitted.add(tenantId);
        scope.afterCommit.push(async () => {
          this.uncommitted.delete(tenantId);
        });
        keys = this.unwrapAll(tenantId, await scope.manager.query(SELECT_KEYS, [tenantId]));
      } else {
        await this.db.runInTenantTx(tenantId, (m) => this.create(m, tenantId));
        this.cache.delete(tenantId);
        keys = await this.load(tenantId);
      }
    }
    const version = Math.max(...keys.keys());
    return { version, key: keys.get(version)! };
  }

  async byVersion(tenantId: string, version: number): Promise<Buffer> {
    let key = (await this.load(tenantId)).get(version);
    if (!key) {
      this.cache.delete(tenantId);
      key = (await this.load(tenantId)).get(version);
    }
    if (!key) throw new Error(`tenant data key version ${version} is missing`);
    return key;
  }

  /** Forget cached keys (after a purge, or in tests that swap master keys). */
  forget(tenantId?: string): void {
    if (tenantId) this.cache.delete(tenantId);
    else this.cache.clear();
  }

  private async load(tenantId: string): Promise<Map<number, Buffer>> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.keys;
    const scope = TenantContext.peek();
    // Inside the tenant's own transaction already: read there instead of taking a second connection.
    const rows: KeyRow[] =
      scope?.tenantId === tenantId
        ? await scope.manager.query(SELECT_KEYS, [tenantId])
        : await this.db.runInTenantTx(tenantId, (m) => m.query(SELECT_KEYS, [tenantId]));
    const keys = this.unwrapAll(tenantId, rows);
    if (keys.size && !this.uncommitted.has(tenantId))
      this.cache.set(tenantId, { keys, at: Date.now() });
    return keys;
  }

  private unwrapAll(tenantId: string, rows: KeyRow[]): Map<number, Buffer> {
    const keys = new Map<number, Buffer>();
    for (const r of rows)
      keys.set(r.version, this.master.unwrap(tenantId, r.version, r.wrapped_key, r.master_key_id));
    return keys;
  }

  private async create(m: EntityManager, tenantId: string): Promise<void> {
    const { wrapped, masterKeyId } = this.master.wrap(tenantId, 1, this.master.newDataKey());
    // Two first uploads at once: one insert wins, the other reads the winner's key.
    await m.query(
      `insert into tenant_data_keys (tenant_id, version, wrapped_key, master_key_id)
       values ($1, 1, $2, $3) on conflict do nothing`,
      [tenantId, wrapped, masterKeyId],
    );
  }
}

const SELECT_KEYS = `select version, wrapped_key, master_key_id from tenant_data_keys where tenant_id = $1`;

/**
 * Master-key rotation for one tenant (run inside that tenant's transaction): every data key wrapped
 * by another master key is unwrapped and wrapped again by the current one. Objects are untouched.
 */
export async function rewrapTenantDataKeys(
  m: EntityManager,
  tenantId: string,
  master: MasterKeys,
): Promise<number> {
  const rows: KeyRow[] = await m.query(`${SELECT_KEYS} and master_key_id <> $2 for update`, [
    tenantId,
    master.currentId,
  ]);
  for (const r of rows) {
    const key = master.unwrap(tenantId, r.version, r.wrapped_key, r.master_key_id);
    const { wrapped, masterKeyId } = master.wrap(tenantId, r.version, key);
    await m.query(
      `update tenant_data_keys set wrapped_key = $3, master_key_id = $4, rewrapped_at = now()
       where tenant_id = $1 and version = $2`,
      [tenantId, r.version, wrapped, masterKeyId],
    );
  }
  return rows.length;
}
