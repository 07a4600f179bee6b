import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import {
  AppealCaseEntity,
  ClaimEntity,
  DeadlineEntity,
  DenialEntity,
  FindingEntity,
  PatientEntity,
  PayerEntity,
  TimelineEventEntity,
  UserEntity,
} from '../entities';
import { TenantContext } from '../tenant-context';
import { caseNotesByCases, type CaseNoteRow } from './case-notes.data';

/**
 * A DataLoader that also answers synchronously for what it already holds (primed by a page query, or
 * loaded earlier in the operation). GraphQL completes a plain value without a promise, a microtask and
 * the async-context hooks each promise costs: a 50-case worklist resolves ~300 nested relations.
 */
export class PeekableLoader<K, V> extends DataLoader<K, V> {
  private readonly known = new Map<K, V>();

  constructor(batch: DataLoader.BatchLoadFn<K, V>) {
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((k, i) => {
        const v = values[i];
        if (!(v instanceof Error)) this.known.set(k, v as V);
      });
      return values;
    });
  }

  /** A plain value is only remembered here (no settled promise per key, as DataLoader makes). */
  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (value instanceof Error || isPromiseLike(value)) return super.prime(key, value);
    if (!this.known.has(key)) this.known.set(key, value);
    return this;
  }

  override load(key: K): Promise<V> {
    return this.known.has(key) ? Promise.resolve(this.known.get(key) as V) : super.load(key);
  }

  override clear(key: K): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }

  /** The value if this operation already has it, else the batched load. */
  get(key: K): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }
}

/** Applies `f` now to a plain value, or when the promise resolves (keeps sync results sync). */
export function thenOrNow<T, R>(v: T | Promise<T>, f: (value: T) => R): R | Promise<R> {
  return v instanceof Promise ? v.then(f) : f(v);
}

function isPromiseLike(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as { then?: unknown } | null)?.then === 'function';
}

/**
 * Per-operation loaders for everything a case page or a worklist nests: one query per relation per
 * operation (`id = any(...)`), whatever the number of parents, and nothing cached beyond the operation
 * (each GraphQL operation has its own set; a job or an activity gets a fresh one per call).
 */
export interface CaseLoaders {
  appealCase: PeekableLoader<string, AppealCaseEntity | null>;
  denial: PeekableLoader<string, DenialEntity | null>;
  claim: PeekableLoader<string, ClaimEntity | null>;
  patient: PeekableLoader<string, PatientEntity | null>;
  payer: PeekableLoader<string, PayerEntity | null>;
  user: PeekableLoader<string, UserEntity | null>;
  deadlinesByCase: PeekableLoader<string, DeadlineEntity[]>;
  findingsByDenial: PeekableLoader<string, FindingEntity[]>;
  timelineByCase: PeekableLoader<string, TimelineEventEntity[]>;
  /** The stored letter text by denial id (a column no page or entity load selects). */
  letterTextByDenial: PeekableLoader<string, string | null>;
  /** A case's notes, newest first (case-notes.data.ts). */
  notesByCase: PeekableLoader<string, CaseNoteRow[]>;
  /** The Record Check document by denial id, for denials a page loaded without it. */
  analysisByDenial: PeekableLoader<string, Record<string, unknown> | null>;
}

const m = (): EntityManager => TenantContext.manager();

function byId<T extends ObjectLiteral & { id: string }>(target: EntityTarget<T>) {
  return new PeekableLoader<string, T | null>(async (ids) => {
    const rows = await m()
      .getRepository(target)
      .findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function manyBy<T extends ObjectLiteral>(
  target: EntityTarget<T>,
  key: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
  limitPerParent = 1000,
) {
  return new PeekableLoader<string, T[]>(async (parents) => {
    const rows = await m()
      .getRepository(target)
      .find({ where: { [key]: In([...parents]) } as never, order: order as never });
    const groups = new Map<string, T[]>();
    for (const r of rows) {
      const k = r[key] as string;
      const list = groups.get(k) ?? [];
      if (list.length < limitPerParent) list.push(r);
      groups.set(k, list);
    }
    return parents.map((p) => groups.get(p) ?? []);
  });
}

function createCaseLoaders(): CaseLoaders {
  return {
    appealCase: byId(AppealCaseEntity),
    denial: byId(DenialEntity),
    claim: byId(ClaimEntity),
    patient: byId(PatientEntity),
    payer: byId(PayerEntity),
    user: byId(UserEntity),
    deadlinesByCase: manyBy(DeadlineEntity, 'caseId', { dueAt: 'ASC' }),
    findingsByDenial: manyBy(FindingEntity, 'denialId', { createdAt: 'ASC' }),
    timelineByCase: manyBy(TimelineEventEntity, 'caseId', { id: 'ASC' }, 500),
    letterTextByDenial: new PeekableLoader<string, string | null>(async (ids) => {
      const rows = (await m().query(
        `select id, letter_text from denials where id = any($1::uuid[])`,
        [[...ids]],
      )) as Array<{ id: string; letter_text: string | null }>;
      const byId = new Map(rows.map((r) => [r.id, r.letter_text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    analysisByDenial: new PeekableLoader<string, Record<string, unknown> | null>(async (ids) => {
      const rows = (await m().query(`select id, analysis from denials where id = any($1::uuid[])`, [
        [...ids],
      ])) as Array<{ id: string; analysis: Record<string, unknown> | null }>;
      const byId = new Map(rows.map((r) => [r.id, r.analysis]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    notesByCase: new PeekableLoader<string, CaseNoteRow[]>(async (caseIds) => {
      const byCase = await caseNotesByCases(m(), caseIds);
      return caseIds.map((id) => byCase.get(id) ?? []);
    }),
  };
}

const KEY = 'case-loaders';

/** The operation's loaders (created on first use), or a fresh set outside a GraphQL operation. */
export function caseLoaders(): CaseLoaders {
  const op = TenantContext.operation();
  if (!op) return createCaseLoaders();
  let loaders = op.cache.get(KEY) as CaseLoaders | undefined;
  if (!loaders) op.cache.set(KEY, (loaders = createCaseLoaders()));
  return loaders;
}

/**
 * A denial's Record Check document: from the entity when it was loaded with it, else (a page that
 * did not select it left it undefined) through the operation's batched loader.
 */
export function denialAnalysis(
  d: DenialEntity,
): Record<string, unknown> | null | Promise<Record<string, unknown> | null> {
  return d.analysis !== undefined ? d.analysis : caseLoaders().analysisByDenial.get(d.id);
}
