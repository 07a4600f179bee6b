import { Injectable } from '@nestjs/common';
import { Errors, assertUuid } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import {
  LettersError,
  MAX_CRITERIA,
  MAX_CRITERION_CHARS,
  outlineRef,
  splitCriteria,
  type CriterionDraft,
  type CriterionGroup,
} from '@claimlane/domain-letters';
import { requireCase } from './case-access';
import { CaseDocumentsService } from './case-documents.service';
import { refusing } from './evidence-errors';
import { one, sql } from './sql';

export interface CriterionRow {
  id: string;
  caseId: string;
  position: number;
  ref: string;
  parentRef: string | null;
  depth: number;
  text: string;
  group: CriterionGroup | null;
  groupMin: number | null;
  sourceCaseDocumentId: string | null;
  sourcePage: number | null;
  policyId: string | null;
  policyVersion: string | null;
  explanation: string | null;
  clinicianAnswer: string | null;
}

export interface CriteriaSetRow {
  caseId: string;
  rootGroup: CriterionGroup;
  rootMin: number | null;
  policyId: string | null;
  policyVersion: string | null;
  readyAt: Date | null;
}

const SELECT = `select id, case_id as "caseId", position, ref, parent_ref as "parentRef", depth, text, grp as "group",
  group_min as "groupMin", source_case_document_id as "sourceCaseDocumentId", source_page as "sourcePage",
  policy_id as "policyId", policy_version as "policyVersion", explanation, clinician_answer as "clinicianAnswer"
  from criteria`;

export interface SplitInput {
  caseId: string;
  text: string;
  policyId?: string | null;
  policyVersion?: string | null;
  sourceCaseDocumentId?: string | null;
  sourcePage?: number | null;
  replace?: boolean | null;
}

@Injectable()
export class CriteriaService {
  constructor(private readonly documents: CaseDocumentsService) {}

  async list(caseId: string): Promise<CriterionRow[]> {
    await requireCase(caseId);
    return sql<CriterionRow>(`${SELECT} where case_id = $1 order by position`, [caseId]);
  }

  async set(caseId: string): Promise<CriteriaSetRow | null> {
    return one<CriteriaSetRow>(
      `select case_id as "caseId", root_group as "rootGroup", root_min as "rootMin", policy_id as "policyId",
         policy_version as "policyVersion", ready_at as "readyAt" from criteria_sets where case_id = $1`,
      [caseId],
    );
  }

  /** Splits pasted policy text into criteria and stores them all, or nothing (one statement). */
  splitFromText(input: SplitInput): Promise<CriterionRow[]> {
    return refusing(async () => {
      await requireCase(input.caseId);
      if (input.sourceCaseDocumentId)
        assertUuid(input.sourceCaseDocumentId, 'sourceCaseDocumentId');
      const { criteria, rootGroup, rootMin } = splitCriteria(input.text);
      const existing = await one<{ n: number }>(
        `select count(*)::int as n from criteria where case_id = $1`,
        [input.caseId],
      );
      if (existing && existing.n > 0) {
        if (!input.replace)
          throw Errors.conflict(
            'The case already has criteria; pass replace: true to replace them',
            {
              reason: 'CRITERIA_EXIST',
            },
          );
        await sql(`delete from criteria where case_id = $1`, [input.caseId]);
      }
      await this.upsertSet(
        input.caseId,
        rootGroup,
        rootMin,
        input.policyId ?? null,
        input.policyVersion ?? null,
      );
      await this.insertDrafts(input.caseId, criteria, 0, input);
      return this.list(input.caseId);
    });
  }

  /** Splits the text of pages of an uploaded policy (a case document of kind medical_policy or other). */
  async splitFromDocument(
    input: Omit<SplitInput, 'text'> & { caseDocumentId: string; pageFrom: number; pageTo: number },
  ) {
    const { pages } = await this.documents.pageTexts(input.caseDocumentId);
    if (input.pageFrom < 1 || input.pageTo < input.pageFrom || input.pageTo > pages.length) {
      throw Errors.badInput(
        `Page range ${input.pageFrom}-${input.pageTo} is outside the document's ${pages.length} page(s)`,
        {
          reason: 'PAGE_RANGE_INVALID',
        },
      );
    }
    return this.splitFromText({
      ...input,
      text: pages.slice(input.pageFrom - 1, input.pageTo).join('\n'),
      sourceCaseDocumentId: input.caseDocumentId,
      sourcePage: input.pageFrom,
    });
  }

  /** Adds one typed-in criterion at the end (of the top level, or of a parent's children). */
  add(input: {
    caseId: string;
    text: string;
    parentId?: string | null;
    policyId?: string | null;
    policyVersion?: string | null;
  }): Promise<CriterionRow> {
    return refusing(async () => {
      const all = await this.list(input.caseId);
      if (all.length >= MAX_CRITERIA)
        throw new LettersError(
          'CRITERIA_TOO_MANY',
          `A case may hold at most ${MAX_CRITERIA} criteria`,
          {
            limit: MAX_CRITERIA,
          },
        );
      const text = input.text.replace(/\s+/g, ' ').trim();
      if (!text) throw Errors.badInput('The criterion is empty');
      if (text.length > MAX_CRITERION_CHARS)
        throw new LettersError(
          'CRITERION_TOO_LONG',
          `A criterion may be at most ${MAX_CRITERION_CHARS} characters`,
        );
      const parent = input.parentId ? all.find((c) => c.id === input.parentId) : null;
      if (input.parentId && !parent) throw Errors.notFound('Parent criterion');
      const siblings = all.filter((c) => c.parentRef === (parent?.ref ?? null));
      const depth = parent ? parent.depth + 1 : 0;
      const draft: CriterionDraft = {
        ref: outlineRef(parent?.ref ?? null, depth, siblings.length + 1),
        parentRef: parent?.ref ?? null,
        depth,
        text,
        group: null,
        groupMin: null,
      };
      if (!(await this.set(input.caseId)))
        await this.upsertSet(
          input.caseId,
          'all',
          null,
          input.policyId ?? null,
          input.policyVersion ?? null,
        );
      if (parent && parent.group === null)
        await sql(`update criteria set grp = 'all' where id = $1`, [parent.id]);
      await this.insertDrafts(input.caseId, [draft], all.length, input);
      const rows = await this.list(input.caseId);
      // Positions are tree order: renumber so the new child sits right after its siblings.
      await this.renumber(input.caseId, rows, null);
      return (await this.list(input.caseId)).find((c) => c.ref === draft.ref)!;
    });
  }

  /**
   * Reorders siblings (the ids of one parent's children, or of the top level, in their new order) and
   * renumbers the outline so refs stay 1, 2, 3….
   */
  reorder(caseId: string, orderedIds: string[]): Promise<CriterionRow[]> {
    return refusing(async () => {
      const all = await this.list(caseId);
      const moved = orderedIds.map((id) => all.find((c) => c.id === id));
      if (moved.some((c) => !c)) throw Errors.notFound('Criterion');
      const parentRef = moved[0]?.parentRef ?? null;
      const siblings = all.filter((c) => c.parentRef === parentRef);
      if (
        new Set(orderedIds).size !== orderedIds.length ||
        siblings.length !== orderedIds.length ||
        moved.some((c) => c!.parentRef !== parentRef)
      ) {
        throw Errors.badInput('Pass every criterion of one level, each once, in the new order', {
          reason: 'REORDER_INCOMPLETE',
        });
      }
      await this.renumber(caseId, all, { parentRef, order: orderedIds });
      return this.list(caseId);
    });
  }

  async setAnswer(
    criterionId: string,
    field: 'explanation' | 'clinician_answer',
    value: string | null,
  ): Promise<CriterionRow> {
    const text = value?.trim() ? value.trim() : null;
    const rows = await sql<{ id: string }>(
      `update criteria set ${field} = $2 where id = $1 returning id`,
      [assertUuid(criterionId, 'criterionId'), text],
    );
    if (!rows[0]) throw Errors.notFound('Criterion');
    return (await sql<CriterionRow>(`${SELECT} where id = $1`, [criterionId]))[0]!;
  }

  private async upsertSet(
    caseId: string,
    rootGroup: CriterionGroup,
    rootMin: number | null,
    policyId: string | null,
    policyVersion: string | null,
  ): Promise<void> {
    await sql(
      `insert into criteria_sets (tenant_id, case_id, root_group, root_min, policy_id, policy_version)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (tenant_id, case_id) do update set root_group = excluded.root_group, root_min = excluded.root_min,
         policy_id = coalesce(excluded.policy_id, criteria_sets.policy_id),
         policy_version = coalesce(excluded.policy_version, criteria_sets.policy_version),
         ready_at = null, ready_by = null, updated_at = now()`,
      [TenantContext.tenantId(), caseId, rootGroup, rootMin, policyId, policyVersion],
    );
  }

  private async insertDrafts(
    caseId: string,
    drafts: CriterionDraft[],
    startPosition: number,
    src: {
      policyId?: string | null;
      policyVersion?: string | null;
      sourceCaseDocumentId?: string | null;
      sourcePage?: number | null;
    },
  ): Promise<void> {
    await sql(
      `insert into criteria (tenant_id, case_id, position, ref, parent_ref, depth, text, grp, group_min,
         source_case_document_id, source_page, policy_id, policy_version)
       select $1, $2, t.position, t.ref, t.parent_ref, t.depth, t.text, t.grp, t.group_min, $10, $11, $12, $13
       from unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::int[])
         as t(position, ref, parent_ref, depth, text, grp, group_min)`,
      [
        TenantContext.tenantId(),
        caseId,
        drafts.map((_, i) => startPosition + i),
        drafts.map((d) => d.ref),
        drafts.map((d) => d.parentRef),
        drafts.map((d) => d.depth),
        drafts.map((d) => d.text),
        drafts.map((d) => d.group),
        drafts.map((d) => d.groupMin),
        src.sourceCaseDocumentId ?? null,
        src.sourcePage ?? null,
        src.policyId ?? null,
        src.policyVersion ?? null,
      ],
    );
  }

  /** Recomputes refs and positions from tree order (optionally with one level reordered). */
  private async renumber(
    caseId: string,
    all: CriterionRow[],
    reorder: { parentRef: string | null; order: string[] } | null,
  ): Promise<void> {
    const children = new Map<string | null, CriterionRow[]>();
    for (const c of all) {
      const list = children.get(c.parentRef) ?? [];
      list.push(c);
      children.set(c.parentRef, list);
    }
    if (reorder) {
      const byId = new Map(all.map((c) => [c.id, c]));
      children.set(
        reorder.parentRef,
        reorder.order.map((id) => byId.get(id)!),
      );
    }
    const out: Array<{ id: string; ref: string; parentRef: string | null; position: number }> = [];
    const walk = (oldParent: string | null, newParent: string | null, depth: number) => {
      (children.get(oldParent) ?? []).forEach((c, i) => {
        const ref = outlineRef(newParent, depth, i + 1);
        out.push({ id: c.id, ref, parentRef: newParent, position: out.length });
        walk(c.ref, ref, depth + 1);
      });
    };
    walk(null, null, 0);
    // Two steps: refs are unique per case and Postgres checks that row by row.
    await sql(`update criteria set ref = '~' || id::text where case_id = $1`, [caseId]);
    await sql(
      `update criteria c set ref = t.ref, parent_ref = t.parent_ref, position = t.position
       from unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) as t(id, ref, parent_ref, position)
       where c.id = t.id`,
      [
        out.map((o) => o.id),
        out.map((o) => o.ref),
        out.map((o) => o.parentRef),
        out.map((o) => o.position),
      ],
    );
  }
}
