import type { EntityManager } from 'typeorm';
import {
  AppealCaseEntity,
  ClaimEntity,
  DeadlineEntity,
  DenialEntity,
  PatientEntity,
  PayerEntity,
  UserEntity,
} from '../entities';
import { caseLoaders } from './case-loaders';
import { hydrate } from './hydrate';
import { queryPrepared } from './prepared-query';

/**
 * Relations a page of cases can bring along in the same statement (chosen from the GraphQL
 * selection). `denialAnalysis` adds the denial's Record Check document to `denial`: it is the
 * largest column a case touches (kilobytes per letter), so a page ships it only when asked.
 */
export type CaseRelation =
  'denial' | 'denialAnalysis' | 'claim' | 'patient' | 'payer' | 'assignee' | 'deadlines';

export interface CasePageQuery {
  /** Conditions on `c` (appeal_cases) and, when `needsDenialJoin`, `d` (denials). */
  where: string[];
  params: unknown[];
  orderSql: string;
  sortExpr: string;
  limit: number;
  include: ReadonlySet<CaseRelation>;
  needsDenialJoin?: boolean;
  /** When set, the same statement also counts the cases matching these conditions (no keyset). */
  countWhere?: string[];
}

export interface CasePage {
  rows: CasePageRow[];
  totalCount: number | null;
}

export interface CasePageRow {
  entity: AppealCaseEntity;
  sortValue: string | null;
}

type Raw = Record<string, unknown>;

/** Columns a page never ships: the letter's full text (large, PHI, not shown in lists). */
const DENIAL_HEAVY = new Set(['letter_text']);
/** …and without the Record Check document unless the selection reads it (see `denialAnalysis`). */
const DENIAL_LIGHT = new Set(['letter_text', 'analysis']);
/** Nothing left out: every column, listed. */
const NONE = new Set<string>();
/** Never leaves the database in a relation. */
const USER_SECRET = new Set(['password_hash']);

const columnListSql = new Map<string, string>();

/**
 * `alias.col, …` for an entity's columns (from TypeORM's metadata) without some. Listed, never `*`:
 * the page runs as a prepared statement, and Postgres refuses to reuse one whose result columns
 * changed under it (a migration adding a column while the API runs).
 */
function columnList(m: EntityManager, target: object, alias: string, without: Set<string>): string {
  const key = `${m.connection.getMetadata(target as never).tableName}:${alias}:${[...without].join(',')}`;
  let sql = columnListSql.get(key);
  if (!sql) {
    sql = m.connection
      .getMetadata(target as never)
      .columns.map((c) => c.databaseName)
      .filter((c) => !without.has(c))
      .map((c) => `${alias}.${c}`)
      .join(', ');
    columnListSql.set(key, sql);
  }
  return sql;
}

/** A relation row as JSON, with the listed columns only. */
function rowJson(m: EntityManager, target: object, alias: string, without: Set<string>): string {
  return `case when ${alias}.id is null then null else (select row_to_json(x) from (select ${columnList(m, target, alias, without)}) x) end`;
}

/**
 * One statement for a page of cases, its total count and every relation the caller asked for (each a
 * JSON column): the relations are hydrated into entities and primed into the operation's loaders, so
 * the nested GraphQL fields that follow run no query at all.
 */
export async function selectCasePage(m: EntityManager, q: CasePageQuery): Promise<CasePage> {
  const inc = q.include;
  const joinDenial = inc.has('denial') || q.needsDenialJoin;
  const joinClaim = inc.has('claim') || inc.has('patient');
  const cols = [columnList(m, AppealCaseEntity, 'c', NONE), `(${q.sortExpr})::text as sort_value`];
  const joins: string[] = [];
  if (joinDenial)
    joins.push(`left join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id`);
  // row_to_json / json_agg, not the jsonb forms: jsonb re-parses and key-sorts every value and
  // tripled the statement's server time (19 ms → 2 ms for a 50-row page).
  if (inc.has('denial')) {
    const without = inc.has('denialAnalysis') ? DENIAL_HEAVY : DENIAL_LIGHT;
    cols.push(`${rowJson(m, DenialEntity, 'd', without)} as rel_denial`);
  }
  if (joinClaim) {
    joins.push(`left join claims cl on cl.tenant_id = c.tenant_id and cl.id = c.claim_id`);
    cols.push(`row_to_json(cl) as rel_claim`);
  }
  if (inc.has('patient')) {
    joins.push(`left join patients pt on pt.tenant_id = cl.tenant_id and pt.id = cl.patient_id`);
    cols.push(`row_to_json(pt) as rel_patient`);
  }
  if (inc.has('payer')) {
    joins.push(`left join payers py on py.tenant_id = c.tenant_id and py.id = c.payer_id`);
    cols.push(`row_to_json(py) as rel_payer`);
  }
  if (inc.has('assignee')) {
    joins.push(`left join users u on u.id = c.assignee_user_id`);
    cols.push(`${rowJson(m, UserEntity, 'u', USER_SECRET)} as rel_assignee`);
  }
  if (inc.has('deadlines')) {
    cols.push(`(select coalesce(json_agg(dl order by dl.due_at), '[]'::json)
               from deadlines dl where dl.tenant_id = c.tenant_id and dl.case_id = c.id) as rel_deadlines`);
  }
  const where = q.where.length ? `where ${q.where.join(' and ')}` : '';
  cols.push(`row_number() over (order by ${q.orderSql}) as page_order`);
  // The limit is written into the text, not passed: with a parameter Postgres re-plans the
  // statement on every call (a custom plan; 9 ms vs 3.3 ms for the 50-row worklist), and a text
  // without parameters reuses its plan.
  const params = q.params;
  const page = `select ${cols.join(', ')} from appeal_cases c ${joins.join(' ')} ${where}
     order by ${q.orderSql} limit ${Number(q.limit)}`;
  let count = 'null::int';
  if (q.countWhere) {
    const countJoin = q.needsDenialJoin
      ? 'join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id'
      : '';
    const cw = q.countWhere.length ? `where ${q.countWhere.join(' and ')}` : '';
    count = `(select count(*)::int from appeal_cases c ${countJoin} ${cw})`;
  }
  // One row per case (the count repeated, computed once); an empty page still answers one row
  // carrying the count, with the case columns null.
  const result = await queryPrepared<Raw>(
    m,
    `select t.total_count, p.* from (select ${count} as total_count) t
       left join lateral (${page}) p on true order by p.page_order`,
    params,
  );
  const totalCount = (result[0]?.['total_count'] as number | null | undefined) ?? null;
  const pageRows = result.filter((r) => r['id'] != null);
  const loaders = caseLoaders();
  const rows = pageRows.map((row) => {
    const entity = hydrate(m, AppealCaseEntity, row);
    loaders.appealCase.prime(entity.id, entity);
    const rel = (name: string) => row[`rel_${name}`] as Raw | null | undefined;
    const denial = rel('denial');
    if (denial) loaders.denial.prime(entity.denialId, hydrate(m, DenialEntity, denial));
    const claim = rel('claim');
    if (claim) {
      const c = hydrate(m, ClaimEntity, claim);
      loaders.claim.prime(c.id, c);
      if (inc.has('patient') && c.patientId) {
        const patient = rel('patient');
        loaders.patient.prime(c.patientId, patient ? hydrate(m, PatientEntity, patient) : null);
      }
    }
    if (inc.has('payer') && entity.payerId) {
      const payer = rel('payer');
      loaders.payer.prime(entity.payerId, payer ? hydrate(m, PayerEntity, payer) : null);
    }
    if (inc.has('assignee') && entity.assigneeUserId) {
      const user = rel('assignee');
      loaders.user.prime(entity.assigneeUserId, user ? hydrate(m, UserEntity, user) : null);
    }
    if (inc.has('deadlines')) {
      const list = (row['rel_deadlines'] as Raw[] | null) ?? [];
      loaders.deadlinesByCase.prime(
        entity.id,
        list.map((d) => hydrate(m, DeadlineEntity, d)),
      );
    }
    return { entity, sortValue: (row['sort_value'] as string | null) ?? null };
  });
  return { rows, totalCount };
}

// --- Writes. This module is the one writer of `appeal_cases` (docs/architecture.md §4): the case
// services, the Temporal activities and the CLI change case rows only through these functions.

/** Columns a stage move may set with the stage, by the event that moves it. */
export interface StagePatch {
  recordsRequestedAt?: string;
  recordsReceivedAt?: null;
  submittedAt?: string;
  submissionChannel?: string;
  payerLateSince?: null;
  outcome?: string | null;
  decidedAt?: string;
  level?: number;
  levelKind?: string;
  closedAt?: string;
}

const STAGE_PATCH_COLUMNS: Record<keyof StagePatch, string> = {
  recordsRequestedAt: 'records_requested_at',
  recordsReceivedAt: 'records_received_at',
  submittedAt: 'submitted_at',
  submissionChannel: 'submission_channel',
  payerLateSince: 'payer_late_since',
  outcome: 'outcome',
  decidedAt: 'decided_at',
  level: 'level',
  levelKind: 'level_kind',
  closedAt: 'closed_at',
};

/** The workflow's stage change (with the columns its event sets); bumps the version. */
export async function moveCaseStage(
  m: EntityManager,
  caseId: string,
  stage: string,
  patch: StagePatch = {},
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [caseId, stage];
  for (const [key, value] of Object.entries(patch) as Array<[keyof StagePatch, unknown]>) {
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${STAGE_PATCH_COLUMNS[key]} = $${params.length}`);
  }
  await m.query(
    `update appeal_cases set stage = $2, version = version + 1, updated_at = now()${sets.map((s) => `, ${s}`).join('')} where id = $1`,
    params,
  );
}

/**
 * Records or criteria arrived. The two "received" events converge on the row's own flags, whatever
 * order they arrive in (after an outage both can be queued): both in → drafting. Returns the stage.
 */
export async function recordCaseMaterialReceived(
  m: EntityManager,
  caseId: string,
  what: 'records' | 'criteria',
  at: string,
  toStage: string,
): Promise<string> {
  const column = what === 'records' ? 'records_received_at' : 'criteria_received_at';
  const other = what === 'records' ? 'criteria_received_at' : 'records_received_at';
  const [rows] = (await m.query(
    `update appeal_cases set ${column} = $3, version = version + 1, updated_at = now(),
       stage = case when ${other} is not null and stage in ('intake', 'records_requested', 'evidence', 'drafting')
                    then 'drafting' else $2 end
     where id = $1 returning stage`,
    [caseId, toStage, at],
  )) as [Array<{ stage: string }>, number];
  return rows[0]?.stage ?? toStage;
}

/** The case's workflow id, set once (the first load by its workflow). */
export async function bindCaseWorkflow(
  m: EntityManager,
  caseId: string,
  workflowId: string,
): Promise<void> {
  await m.query(`update appeal_cases set workflow_id = coalesce(workflow_id, $2) where id = $1`, [
    caseId,
    workflowId,
  ]);
}

/** The payer missed its decision clock: late since the first miss. */
export async function markCasePayerLate(m: EntityManager, caseId: string): Promise<void> {
  await m.query(
    `update appeal_cases set payer_late_since = coalesce(payer_late_since, now()), updated_at = now() where id = $1`,
    [caseId],
  );
}

/** payerLateSince follows the payer clocks: cleared when none of them is missed any more. */
export async function clearCasePayerLateUnlessMissed(
  m: EntityManager,
  caseId: string,
): Promise<void> {
  await m.query(
    `update appeal_cases c set payer_late_since = null where c.id = $1 and not exists (
       select 1 from deadlines d where d.tenant_id = c.tenant_id and d.case_id = c.id
          and d.party = 'payer' and d.status = 'missed')`,
    [caseId],
  );
}

/** Keeps the worklist's sort key (`next_deadline_at`) equal to the earliest open deadline. */
export async function refreshNextDeadline(m: EntityManager, caseId: string): Promise<void> {
  await m.query(
    `update appeal_cases c set next_deadline_at = (select min(d.due_at) from deadlines d where d.tenant_id = c.tenant_id and d.case_id = c.id and d.status = 'open'),
       updated_at = now()
     where c.id = $1`,
    [caseId],
  );
}

/** The same for every case of the tenant that has a deadline (after the tenant's zone changed). */
export async function refreshAllNextDeadlines(m: EntityManager): Promise<void> {
  await m.query(
    `update appeal_cases c set next_deadline_at = (select min(d.due_at) from deadlines d
        where d.tenant_id = c.tenant_id and d.case_id = c.id and d.status = 'open')
      where c.next_deadline_at is not null`,
  );
}
