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

/**
 * Per-operation loaders for everything a case page or a worklist nests: one query per relation per
 * operation (`id = any(...)`), whatever the number of parents, and nothing cached beyond the operation
 * (each GraphQL operation has its own set; a job or an activity gets a fresh one per call).
 */
export interface CaseLoaders {
  appealCase: DataLoader<string, AppealCaseEntity | null>;
  denial: DataLoader<string, DenialEntity | null>;
  claim: DataLoader<string, ClaimEntity | null>;
  patient: DataLoader<string, PatientEntity | null>;
  payer: DataLoader<string, PayerEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  deadlinesByCase: DataLoader<string, DeadlineEntity[]>;
  findingsByDenial: DataLoader<string, FindingEntity[]>;
  timelineByCase: DataLoader<string, TimelineEventEntity[]>;
}

const m = (): EntityManager => TenantContext.manager();

function byId<T extends ObjectLiteral & { id: string }>(target: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
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
  return new DataLoader<string, T[]>(async (parents) => {
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
