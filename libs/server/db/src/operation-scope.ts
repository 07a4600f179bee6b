import type { DataSource, QueryRunner } from 'typeorm';
import type { TenantScope } from './tenant-context';
import type { TenantGate } from './tenant-gate';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OperationIdentity {
  tenantId: string | null;
  userId: string | null;
}

/**
 * What the operation collected for the audit log: a statement sent with COMMIT in the same round trip
 * (values inlined as escaped literals), or null when there is nothing to write.
 */
export type OperationFlush = (op: OperationScope) => string | null;

/** The pg client behind a TypeORM query runner (multi-statement text answers one result each). */
interface PgResult {
  rows: Array<Record<string, unknown>>;
}
interface PgClient {
  query(text: string): Promise<PgResult | PgResult[]>;
}

/** Mutable flags TypeORM keeps on a query runner; set by hand because we issue BEGIN ourselves. */
interface RunnerTxState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * One database transaction for one GraphQL operation. It opens lazily when the first resolver that
 * needs the database runs (public operations such as login never open one), every resolver of the
 * operation — root and nested — shares it through TenantContext, mutation root fields run inside
 * savepoints (a failing field rolls back alone, as GraphQL reports it alone), and it commits once, after
 * the audit rows of everything the operation read or changed were written in one statement.
 *
 * BEGIN and the two `set_config` calls go to Postgres as one simple-protocol statement; the values are
 * validated UUIDs, so inlining them is safe and saves a round trip per request.
 */
export class OperationScope {
  scope: TenantScope | null = null;
  /** Per-operation caches (DataLoaders), keyed by their owner's name. */
  readonly cache = new Map<string, unknown>();
  /** PHI records the operation returned: entity type → ids. */
  readonly reads = new Map<string, Set<string>>();
  /** Audit entries of successful mutation fields, written at the end with the reads. */
  readonly entries: Array<{ action: string; entityType: string | null; entityId: string | null }> =
    [];
  /** Set once the document is parsed: the operation's type and name (audit meta). */
  kind: 'query' | 'mutation' = 'query';
  operationName: string | null = null;
  private opening: Promise<TenantScope> | null = null;
  private runner: QueryRunner | null = null;
  private identity: OperationIdentity | null = null;

  private releaseGate: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly flush: OperationFlush,
    /** Errors of after-commit work are reported, not thrown: the transaction has committed. */
    private readonly onAfterCommitError: (e: unknown) => void = () => undefined,
    /** The per-tenant cap on open transactions (TenantDatabase.gate). */
    private readonly gate: TenantGate | null = null,
  ) {}

  get isOpen(): boolean {
    return this.scope !== null;
  }

  /** Neither open nor opening: the first database work of the operation is still to come. */
  get isIdle(): boolean {
    return this.scope === null && this.opening === null;
  }

  /** Opens the transaction (once; concurrent root fields of a query share the same opening). */
  ensureOpen(identity: OperationIdentity): Promise<TenantScope> {
    if (this.scope) return Promise.resolve(this.scope);
    this.identity ??= identity;
    this.opening ??= this.open(this.identity).finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  recordRead(entityType: string, ids: Iterable<string>): void {
    let set = this.reads.get(entityType);
    if (!set) this.reads.set(entityType, (set = new Set()));
    for (const id of ids) set.add(id);
  }

  /**
   * Runs one mutation root field inside a savepoint of the operation's transaction. A field that waits
   * outside the transaction (outsideTransaction) has committed its work up to then: its savepoint is
   * gone with that commit, and what follows belongs to the new transaction.
   */
  async savepoint<T>(fn: () => Promise<T>): Promise<T> {
    const runner = this.runner;
    if (!runner) return fn();
    await runner.startTransaction();
    const sameTransaction = () => this.runner === runner;
    // Follow-ups a failed field registered must not run: its writes are rolled back.
    const pending = this.scope?.afterCommit.length ?? 0;
    try {
      const result = await fn();
      if (sameTransaction()) await runner.commitTransaction();
      return result;
    } catch (e) {
      if (sameTransaction()) {
        await runner.rollbackTransaction();
        this.scope?.afterCommit.splice(pending);
      }
      throw e;
    }
  }

  /**
   * For work that waits on something outside the database (a Temporal update): commits what the
   * operation did so far, gives the connection back to the pool while `fn` runs, then opens a fresh
   * transaction with the same identity for the rest of the operation. No connection or transaction is
   * held while waiting, so a stuck external system cannot drain the pool.
   */
  async outsideTransaction<T>(fn: () => Promise<T>): Promise<T> {
    const identity = this.scope
      ? { tenantId: this.scope.tenantId, userId: this.scope.userId }
      : this.identity;
    if (this.scope) await this.commit();
    try {
      return await fn();
    } finally {
      if (identity) await this.ensureOpen(identity);
    }
  }

  /** Ends the operation: audit flush, COMMIT, then the after-commit work. Rolls back on any error. */
  async finish(): Promise<void> {
    if (this.opening) await this.opening.catch(() => undefined);
    if (this.scope) await this.commit();
  }

  /** Abandons the transaction (the response is an error for everything the operation did). */
  async abort(): Promise<void> {
    if (this.opening) await this.opening.catch(() => undefined);
    const runner = this.runner;
    this.scope = null;
    this.runner = null;
    if (!runner) return;
    try {
      await runner.query('ROLLBACK');
    } finally {
      await runner.release();
      this.freeGate();
    }
  }

  private freeGate(): void {
    this.releaseGate?.();
    this.releaseGate = null;
  }

  /**
   * Opens the transaction with a caller's probe — a row source such as a set-returning function call
   * on validated, inlined values — read by the same statement that runs set_config, right after BEGIN
   * (one round trip, two statements), and hands its rows to `accept`. If `accept` throws (the
   * probe says the identity is not allowed), the transaction is rolled back and released before the
   * error propagates, so nothing can run under a tenant setting that was not confirmed.
   */
  async openWithProbe<R>(
    identity: OperationIdentity,
    probeFrom: string,
    accept: (rows: Array<Record<string, unknown>>) => R,
  ): Promise<R> {
    if (this.scope || this.opening) throw new Error('OperationScope: already open');
    let rows: Array<Record<string, unknown>> = [];
    this.identity = identity;
    this.opening = this.open(identity, probeFrom, (r) => (rows = r)).finally(() => {
      this.opening = null;
    });
    await this.opening;
    try {
      return accept(rows);
    } catch (e) {
      await this.abort();
      this.identity = null;
      throw e;
    }
  }

  private async open(
    identity: OperationIdentity,
    probeFrom?: string,
    onProbe?: (rows: Array<Record<string, unknown>>) => void,
  ): Promise<TenantScope> {
    const tenantId = identity.tenantId ?? '';
    const userId = identity.userId ?? '';
    if ((tenantId && !UUID.test(tenantId)) || (userId && !UUID.test(userId)))
      throw new Error('OperationScope: identity ids must be UUIDs');
    if (this.gate && identity.tenantId)
      this.releaseGate = await this.gate.acquire(identity.tenantId);
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PgClient;
      const config = `set_config('app.tenant_id', '${tenantId}', true) as set_tenant, set_config('app.user_id', '${userId}', true) as set_user`;
      if (probeFrom) {
        const results = (await client.query(
          `begin; select ${config}, probe.* from ${probeFrom} as probe`,
        )) as PgResult[];
        onProbe?.(results[results.length - 1]?.rows ?? []);
      } else {
        await client.query(`begin; select ${config}`);
      }
    } catch (e) {
      // A failed BEGIN batch may have left the transaction open on this connection.
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      this.freeGate();
      throw e;
    }
    const state = runner as unknown as RunnerTxState;
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    this.runner = runner;
    this.scope = {
      tenantId: identity.tenantId,
      userId: identity.userId,
      manager: runner.manager,
      afterCommit: [],
    };
    return this.scope;
  }

  private async commit(): Promise<void> {
    const runner = this.runner!;
    const scope = this.scope!;
    try {
      const audit = this.flush(this);
      await runner.query(audit ? `${audit}; COMMIT` : 'COMMIT');
    } catch (e) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      const state = runner as unknown as RunnerTxState;
      state.isTransactionActive = false;
      state.transactionDepth = 0;
      this.scope = null;
      this.runner = null;
      this.reads.clear();
      this.entries.length = 0;
      await runner.release();
      this.freeGate();
    }
    for (const job of scope.afterCommit)
      await job().catch((e: unknown) => this.onAfterCommitError(e));
  }
}
