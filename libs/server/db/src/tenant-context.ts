import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { OperationScope } from './operation-scope';

export interface TenantScope {
  /** The active tenant; null inside a user-only scope (sign-up, listing one's tenants). */
  tenantId: string | null;
  userId: string | null;
  /** The transaction every query in this scope must use (it carries `SET LOCAL app.tenant_id`). */
  manager: EntityManager;
  /** Work to do only once the transaction has committed (starting workflows, sending mail). */
  afterCommit: Array<() => Promise<void>>;
}

/**
 * What the async-local slot holds: a scope opened right away (jobs, activities, the CLI), or a GraphQL
 * operation whose transaction opens lazily when its first resolver needs it.
 */
interface Slot {
  scope: TenantScope | null;
  operation: OperationScope | null;
}

const storage = new AsyncLocalStorage<Slot>();

export class TenantContextMissingError extends Error {
  constructor() {
    super('No tenant context: run this inside runInTenantTx()');
  }
}

function currentScope(): TenantScope | undefined {
  const slot = storage.getStore();
  if (!slot) return undefined;
  return slot.scope ?? slot.operation?.scope ?? undefined;
}

/** The tenant scope of the current async call chain (request, job or activity). */
export const TenantContext = {
  run<T>(scope: TenantScope, fn: () => T): T {
    return storage.run({ scope, operation: storage.getStore()?.operation ?? null }, fn);
  },
  /** Runs `fn` (a whole GraphQL operation) with an operation scope whose transaction opens lazily. */
  runOperation<T>(operation: OperationScope, fn: () => T): T {
    return storage.run({ scope: null, operation }, fn);
  },
  /** Throws when unset, so code that forgot to enter a tenant fails loudly instead of reading nothing. */
  current(): TenantScope {
    const scope = currentScope();
    if (!scope) throw new TenantContextMissingError();
    return scope;
  },
  tenantId(): string {
    const id = TenantContext.current().tenantId;
    if (!id) throw new TenantContextMissingError();
    return id;
  },
  manager(): EntityManager {
    return TenantContext.current().manager;
  },
  peek(): TenantScope | undefined {
    return currentScope();
  },
  /** The GraphQL operation being served, if any (loaders, read audit). */
  operation(): OperationScope | null {
    return storage.getStore()?.operation ?? null;
  },
  /** Runs `fn` after the current transaction commits; never if it rolls back. */
  afterCommit(fn: () => Promise<void>): void {
    TenantContext.current().afterCommit.push(fn);
  },
};

/**
 * Moves the current transaction into another tenant (used right after creating or joining one, inside
 * a user scope). RLS follows `app.tenant_id`, and the scope follows it too.
 */
export async function enterTenantInScope(tenantId: string): Promise<void> {
  const scope = TenantContext.current();
  await scope.manager.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
  (scope as { tenantId: string | null }).tenantId = tenantId;
}
