import { Inject, Injectable, Optional } from '@nestjs/common';
import { APPEAL_WORKFLOWS, type AppealWorkflowClient } from '@claimlane/workflows-client';
import type { ComputedDeadline, DeadlineFacts, PendingDeadline } from '@claimlane/domain-deadlines';
import { checkDenialDates, type DenialDates } from '@claimlane/domain-appeal-process';
import { recomputeCaseDeadlines } from './deadline-corrections';
import { findDuplicateDenials, warnDuplicates, type DuplicateCandidate } from './duplicate-cases';
import { createInitialDeadlines } from './initial-deadlines';
import { caseFilterSql, sqlParams } from './case-filter.sql';
import type { EntityManager } from 'typeorm';
import {
  AppealCaseEntity,
  ClaimEntity,
  DeadlineEntity,
  DenialEntity,
  FindingEntity,
  PatientEntity,
  TenantContext,
  insertComputedDeadlines,
  insertNeedsDateDeadlines,
  partyOf,
  refreshNextDeadline,
  selectCasePage,
  tenantToday,
  upsertPayer,
  caseLoaders,
  type CaseRelation,
} from '@claimlane/server-db';
import {
  Errors,
  assertUuid,
  decodeCursor,
  type CursorPart,
  pageSize,
  toConnection,
  type ConnectionShape,
  type RequestAuth,
} from '@claimlane/server-common';
import {
  AppealCaseFilter,
  AppealCaseOrder,
  AppealCaseSortField,
  SortDirection,
  type CreateAppealCaseInput,
  type UpdateAppealCaseInput,
  type UpdateDenialInput,
} from './appeals.models';

export interface NewCaseParts {
  /** Facts beyond the denial row that sharpen the deadlines (e.g. the letter's stated window). */
  deadlineFacts?: Partial<DeadlineFacts>;
  /** Deadlines already computed (by the Record Check), used instead of computing them again. */
  initialDeadlines?: ComputedDeadline[];
  /** With initialDeadlines: the ones that apply but have no anchor date (stored as `needs_date`). */
  initialPending?: PendingDeadline[];
  findings?: Array<
    Pick<
      FindingEntity,
      | 'code'
      | 'kind'
      | 'severity'
      | 'element'
      | 'citation'
      | 'explanation'
      | 'spanStart'
      | 'spanEnd'
    >
  >;
  payerName: string;
  claim: Partial<ClaimEntity>;
  patient?: Partial<PatientEntity> | null;
  denial: Partial<DenialEntity>;
  caseFields: Partial<AppealCaseEntity>;
}

type Keyset = (value: string | null, id: string) => string;
interface SortSpec {
  sortExpr: string;
  orderSql: string;
  keyset: Keyset;
  /** What the cursor's sort value must look like before it becomes a SQL parameter. */
  cursorPart: CursorPart;
}

/**
 * Orders and keyset conditions per sort. Cases without a value come last in both directions. The
 * next-deadline ascending order is the worklist's and walks `appeal_cases_next_deadline_idx`
 * (tenant_id, next_deadline_at asc nulls last, id) directly, so a page reads ~limit rows.
 */
function nullsLast(column: string, cast: 'timestamptz' | 'numeric', dir: 'asc' | 'desc'): SortSpec {
  const cmp = dir === 'asc' ? '>' : '<';
  return {
    cursorPart: cast === 'numeric' ? 'numeric' : 'timestamp',
    sortExpr: column,
    orderSql: `${column} ${dir} nulls last, c.id ${dir}`,
    keyset: (value, id) =>
      value === null
        ? `(${column} is null and c.id ${cmp} ${id})`
        : `((${column}, c.id) ${cmp} (${value}::${cast}, ${id}::uuid) or ${column} is null)`,
  };
}

const SORTS: Record<AppealCaseSortField, Record<SortDirection, SortSpec>> = {
  [AppealCaseSortField.NEXT_DEADLINE]: {
    [SortDirection.ASC]: nullsLast('c.next_deadline_at', 'timestamptz', 'asc'),
    [SortDirection.DESC]: nullsLast('c.next_deadline_at', 'timestamptz', 'desc'),
  },
  [AppealCaseSortField.CREATED_AT]: {
    [SortDirection.ASC]: nullsLast('c.created_at', 'timestamptz', 'asc'),
    [SortDirection.DESC]: nullsLast('c.created_at', 'timestamptz', 'desc'),
  },
  [AppealCaseSortField.AMOUNT_AT_STAKE]: {
    [SortDirection.ASC]: nullsLast('c.amount_at_stake', 'numeric', 'asc'),
    [SortDirection.DESC]: nullsLast('c.amount_at_stake', 'numeric', 'desc'),
  },
};

@Injectable()
export class AppealCaseService {
  constructor(
    @Optional()
    @Inject(APPEAL_WORKFLOWS)
    private readonly workflows: AppealWorkflowClient | null = null,
  ) {}

  private get m(): EntityManager {
    return TenantContext.manager();
  }

  async createFromInput(
    auth: RequestAuth,
    input: CreateAppealCaseInput,
  ): Promise<AppealCaseEntity> {
    if (input.denialId)
      return this.createFromDenial(auth, assertUuid(input.denialId, 'denialId'), input);
    if (!input.payerName?.trim())
      throw Errors.badInput('payerName is required (or give denialId)', { field: 'payerName' });
    await this.assertDenialDates({
      noticeDate: input.noticeDate,
      receivedDate: input.receivedDate,
      serviceDate: input.serviceDateFrom,
      serviceType: input.serviceType,
    });
    const hasPatient =
      input.patient &&
      Object.values(input.patient).some((v) => v !== undefined && v !== null && v !== '');
    return this.createCase(auth, {
      payerName: input.payerName,
      patient: hasPatient ? { ...input.patient } : null,
      claim: {
        claimNumber: input.claimNumber ?? null,
        serviceDateFrom: input.serviceDateFrom ?? null,
        serviceDateTo: input.serviceDateTo ?? input.serviceDateFrom ?? null,
        cptHcpcs: input.cptHcpcs ?? [],
        icd10: (input.icd10 ?? []).map((c) => c.toUpperCase()),
        billedAmount: input.billedAmount ?? null,
        source: 'manual',
      },
      denial: {
        category: input.category ?? 'other',
        regime: input.regime ?? 'unknown',
        serviceType: input.serviceType ?? null,
        noticeDate: input.noticeDate ?? null,
        receivedDate: input.receivedDate ?? null,
        statedReason: input.statedReason ?? null,
        carc: input.carc ?? [],
        deniedAmount: input.deniedAmount ?? null,
      },
      caseFields: {
        title: input.title ?? null,
        level: input.level ?? 1,
        amountAtStake: input.amountAtStake ?? input.deniedAmount ?? null,
        assigneeUserId: input.assigneeId ? await this.assertMember(input.assigneeId) : null,
      },
    });
  }

  /**
   * A case for a denial that exists already (an 835 line, a checked letter). A denial has one case:
   * a second answers CONFLICT with the existing case's id (link, never merge).
   */
  async createFromDenial(
    auth: RequestAuth,
    denialId: string,
    input: Pick<CreateAppealCaseInput, 'title' | 'level' | 'amountAtStake' | 'assigneeId'>,
  ): Promise<AppealCaseEntity> {
    const tenantId = TenantContext.tenantId();
    const denial = await this.getDenial(denialId);
    const existing = await this.m.getRepository(AppealCaseEntity).findOneBy({ denialId });
    if (existing)
      throw Errors.conflict('This denial already has a case', {
        reason: 'DENIAL_HAS_CASE',
        caseId: existing.id,
      });
    const saved = await this.m.getRepository(AppealCaseEntity).save(
      this.m.getRepository(AppealCaseEntity).create({
        stage: 'intake',
        level: input.level ?? 1,
        levelKind: 'internal_first',
        version: 1,
        title: input.title ?? null,
        amountAtStake: input.amountAtStake ?? denial.deniedAmount ?? null,
        assigneeUserId: input.assigneeId ? await this.assertMember(input.assigneeId) : null,
        tenantId,
        denialId,
        claimId: denial.claimId,
        payerId: denial.payerId,
        createdBy: auth.userId,
      }),
    );
    await createInitialDeadlines(this.m, tenantId, saved.id, denial);
    await warnDuplicates(this.m, tenantId, saved.id, denialId);
    const workflows = this.workflows;
    if (workflows)
      TenantContext.afterCommit(async () => void (await workflows.start(tenantId, saved.id)));
    return this.m.getRepository(AppealCaseEntity).findOneByOrFail({ id: saved.id });
  }

  /** Other denials and cases that look like this case's denial (warned on creation, never merged). */
  async possibleDuplicates(caseId: string): Promise<DuplicateCandidate[]> {
    const c = await this.get(caseId);
    return findDuplicateDenials(this.m, c.denialId);
  }

  /** Payer (found or created by name), patient, claim, denial and case, in the caller's transaction. */
  async createCase(auth: RequestAuth, parts: NewCaseParts): Promise<AppealCaseEntity> {
    const tenantId = TenantContext.tenantId();
    const payerId = await this.upsertPayer(parts.payerName);
    let patientId: string | null = null;
    if (parts.patient) {
      const p = await this.m
        .getRepository(PatientEntity)
        .save(this.m.getRepository(PatientEntity).create({ ...parts.patient, tenantId }));
      patientId = p.id;
    }
    const claim = await this.m.getRepository(ClaimEntity).save(
      this.m.getRepository(ClaimEntity).create({
        cptHcpcs: [],
        icd10: [],
        source: 'manual',
        ...parts.claim,
        tenantId,
        payerId,
        patientId,
      }),
    );
    const denial = await this.m.getRepository(DenialEntity).save(
      this.m.getRepository(DenialEntity).create({
        carc: [],
        rarc: [],
        category: 'other',
        regime: 'unknown',
        ...parts.denial,
        tenantId,
        claimId: claim.id,
        payerId,
      }),
    );
    const saved = await this.m.getRepository(AppealCaseEntity).save(
      this.m.getRepository(AppealCaseEntity).create({
        stage: 'intake',
        level: 1,
        levelKind: 'internal_first',
        version: 1,
        ...parts.caseFields,
        tenantId,
        denialId: denial.id,
        claimId: claim.id,
        payerId,
        createdBy: auth.userId,
      }),
    );
    if (parts.initialDeadlines) {
      const timed = parts.initialDeadlines.filter((d) => partyOf(d.kind) === 'member');
      await insertComputedDeadlines(this.m, tenantId, saved.id, timed);
      await insertNeedsDateDeadlines(
        this.m,
        tenantId,
        saved.id,
        parts.initialPending ?? [],
        timed.map((d) => d.kind),
      );
      await refreshNextDeadline(this.m, saved.id);
    } else {
      await createInitialDeadlines(this.m, tenantId, saved.id, denial, parts.deadlineFacts);
    }
    await warnDuplicates(this.m, tenantId, saved.id, denial.id);
    if (parts.findings?.length) {
      await this.m
        .getRepository(FindingEntity)
        .insert(parts.findings.map((f) => ({ ...f, tenantId, denialId: denial.id })));
    }
    const workflows = this.workflows;
    if (workflows) {
      // Started only once the case is committed, so the workflow's first activity can read it.
      TenantContext.afterCommit(async () => {
        await workflows.start(tenantId, saved.id);
      });
    }
    return this.m.getRepository(AppealCaseEntity).findOneByOrFail({ id: saved.id });
  }

  async upsertPayer(name: string): Promise<string> {
    const clean = name.trim();
    if (!clean) throw Errors.badInput('payerName must not be empty', { field: 'payerName' });
    return upsertPayer(this.m, TenantContext.tenantId(), clean);
  }

  async get(id: string): Promise<AppealCaseEntity> {
    const found = await this.m.getRepository(AppealCaseEntity).findOneBy({ id: assertUuid(id) });
    if (!found) throw Errors.notFound('Appeal case');
    return found;
  }

  /** One case with the relations its page asks for, in one statement (the rest via loaders). */
  async getWith(id: string, include: ReadonlySet<CaseRelation>): Promise<AppealCaseEntity> {
    const { rows } = await selectCasePage(this.m, {
      where: ['c.id = $1'],
      params: [assertUuid(id)],
      orderSql: 'c.id',
      sortExpr: 'c.id',
      limit: 1,
      include,
    });
    if (!rows[0]) throw Errors.notFound('Appeal case');
    return rows[0].entity;
  }

  async list(
    userId: string | null,
    filter: AppealCaseFilter | undefined,
    order: AppealCaseOrder | undefined,
    first: number | undefined,
    after: string | undefined,
    wants: { include?: ReadonlySet<CaseRelation>; totalCount?: boolean } = {},
  ): Promise<ConnectionShape<AppealCaseEntity>> {
    const limit = pageSize(first);
    const field = order?.field ?? AppealCaseSortField.NEXT_DEADLINE;
    const dir = order?.direction ?? SortDirection.ASC;
    const { params, p } = sqlParams();
    const { where, needsDenialJoin } = caseFilterSql(filter, userId, p);
    const countWhere = [...where];

    const { sortExpr, orderSql, keyset, cursorPart } = SORTS[field][dir];
    const cursor = decodeCursor(after, [`${cursorPart}?`, 'uuid']) as
      [string | number | null, string] | null;
    if (cursor) {
      const id = p(assertUuid(String(cursor[1]), 'after'));
      const value = cursor[0] === null ? null : p(cursor[0]);
      where.push(keyset(value, id));
    }
    const { rows, totalCount } = await selectCasePage(this.m, {
      where,
      params,
      orderSql,
      sortExpr,
      limit: limit + 1,
      include: wants.include ?? new Set(),
      needsDenialJoin,
      ...(wants.totalCount !== false ? { countWhere } : {}),
    });
    const total = totalCount ?? 0;
    const sortValue = new Map(rows.map((r) => [r.entity.id, r.sortValue]));
    return toConnection(
      rows.map((r) => r.entity),
      limit,
      (e) => [sortValue.get(e.id) ?? null, e.id],
      total,
    );
  }

  async update(input: UpdateAppealCaseInput): Promise<AppealCaseEntity> {
    const c = await this.get(input.id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== c.version) {
      throw Errors.conflict('The case was changed by someone else; reload and try again', {
        currentVersion: c.version,
      });
    }
    if (input.title !== undefined) c.title = input.title.trim() || null;
    if (input.amountAtStake !== undefined) c.amountAtStake = input.amountAtStake;
    if (input.assigneeId !== undefined)
      c.assigneeUserId = input.assigneeId === '' ? null : await this.assertMember(input.assigneeId);
    c.version += 1;
    return this.m.getRepository(AppealCaseEntity).save(c);
  }

  async delete(id: string): Promise<boolean> {
    const c = await this.get(id);
    // The denial owns its case, findings and deadlines (cascade); the claim stays for remittance history.
    await this.m.getRepository(DenialEntity).delete({ tenantId: c.tenantId, id: c.denialId });
    // Deleted, not archived (closeCase is the archive): no reminder may follow a case that is gone,
    // so its workflow is cancelled once the delete is committed (a rollback keeps it running).
    const workflows = this.workflows;
    if (workflows) TenantContext.afterCommit(() => workflows.cancel(c.tenantId, c.id));
    return true;
  }

  async getDenial(id: string): Promise<DenialEntity> {
    const d = await this.m.getRepository(DenialEntity).findOneBy({ id: assertUuid(id) });
    if (!d) throw Errors.notFound('Denial');
    return d;
  }

  async listDenials(
    first: number | undefined,
    after: string | undefined,
  ): Promise<ConnectionShape<DenialEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']) as [string, string] | null;
    const qb = this.m
      .getRepository(DenialEntity)
      .createQueryBuilder('d')
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1);
    if (cursor)
      qb.where('(d.created_at, d.id) < (:c, :id)', {
        c: cursor[0],
        id: assertUuid(String(cursor[1]), 'after'),
      });
    const [rows, total] = await Promise.all([
      qb.getMany(),
      this.m.getRepository(DenialEntity).count(),
    ]);
    return toConnection(rows, limit, (d) => [d.createdAt.toISOString(), d.id], total);
  }

  async updateDenial(input: UpdateDenialInput): Promise<DenialEntity> {
    const d = await this.getDenial(input.id);
    // The merged dates time the case's deadlines: each must be possible where the clinic is.
    const merged = <K extends 'noticeDate' | 'receivedDate' | 'serviceType'>(k: K) =>
      input[k] !== undefined ? input[k] : d[k];
    await this.assertDenialDates({
      noticeDate: merged('noticeDate'),
      receivedDate: merged('receivedDate'),
      serviceType: merged('serviceType'),
      serviceDate: input.noticeDate ? await this.serviceDateOf(d) : null,
    });
    const clockFacts = ['regime', 'serviceType', 'noticeDate', 'receivedDate'] as const;
    const before = clockFacts.map((k) => d[k]);
    for (const k of [
      'category',
      'regime',
      'serviceType',
      'statedReason',
      'noticeDate',
      'receivedDate',
    ] as const) {
      if (input[k] !== undefined) (d as unknown as Record<string, unknown>)[k] = input[k];
    }
    const saved = await this.m.getRepository(DenialEntity).save(d);
    if (clockFacts.some((k, i) => d[k] !== before[i]))
      await this.correctDeadlines(d.id, 'updateDenial');
    return saved;
  }

  /** BAD_USER_INPUT with the field and reason when a denial's dates cannot be (tenant's today). */
  async assertDenialDates(dates: DenialDates): Promise<void> {
    const problem = checkDenialDates(dates, await tenantToday(this.m, TenantContext.tenantId()));
    if (problem)
      throw Errors.badInput(problem.message, { field: problem.field, reason: problem.reason });
  }

  /** The first date of service: the claim's, else the earliest the letter states (its analysis). */
  private async serviceDateOf(d: DenialEntity): Promise<string | null> {
    if (d.claimId) {
      const [claim] = (await this.m.query(
        `select service_date_from::text as "from" from claims where id = $1`,
        [d.claimId],
      )) as Array<{ from: string | null }>;
      if (claim?.from) return claim.from;
    }
    const fields = (d.analysis?.['fields'] ?? null) as {
      serviceDates?: { value?: unknown } | null;
    } | null;
    const stated = fields?.serviceDates?.value;
    const dates = Array.isArray(stated)
      ? stated.filter((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
      : [];
    return dates.length ? dates.sort()[0]! : null;
  }

  /**
   * The denial's facts changed (a correction or a re-analysis): recompute its cases' deadlines (old
   * values kept on the timeline) and, once committed, tell each case's workflow so its timers move.
   */
  async correctDeadlines(denialId: string, reason: string): Promise<string[]> {
    const tenantId = TenantContext.tenantId();
    const changed = await recomputeCaseDeadlines(this.m, tenantId, denialId, reason);
    const workflows = this.workflows;
    if (workflows && changed.length)
      TenantContext.afterCommit(async () => {
        for (const caseId of changed) await workflows.deadlinesChanged(tenantId, caseId, reason);
      });
    return changed;
  }

  deadlines(caseId: string): Promise<DeadlineEntity[]> {
    return caseLoaders().deadlinesByCase.load(caseId);
  }

  findings(denialId: string): Promise<FindingEntity[]> {
    return caseLoaders().findingsByDenial.load(denialId);
  }

  async assertMember(userId: string): Promise<string> {
    const id = assertUuid(userId, 'assigneeId');
    const rows: unknown[] = await this.m.query(
      `select 1 from memberships where tenant_id = $1 and user_id = $2`,
      [TenantContext.tenantId(), id],
    );
    if (!rows.length)
      throw Errors.badInput('assigneeId is not a member of this workspace', {
        field: 'assigneeId',
      });
    return id;
  }
}
