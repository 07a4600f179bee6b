import { Injectable } from '@nestjs/common';
import { Errors, assertUuid } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import {
  assertReadyToSubmit,
  matrixCompleteness,
  verifyQuote,
  type MatrixCompleteness,
} from '@claimlane/domain-letters';
import { requireCase } from './case-access';
import { CriteriaService } from './criteria.service';
import { refusing } from './evidence-errors';
import { ExhibitsService } from './exhibits.service';
import { one, sql } from './sql';

export interface MatrixLinkRow {
  id: string;
  caseId: string;
  criterionId: string;
  exhibitId: string;
  exhibitLabel: string;
  pageFrom: number;
  pageTo: number;
  quote: string;
  quotePage: number;
  note: string | null;
}

const SELECT = `select l.id, l.case_id as "caseId", l.criterion_id as "criterionId", l.exhibit_id as "exhibitId",
  e.label as "exhibitLabel", l.page_from as "pageFrom", l.page_to as "pageTo", l.quote, l.quote_page as "quotePage", l.note
  from matrix_links l join exhibits e on e.tenant_id = l.tenant_id and e.id = l.exhibit_id`;

@Injectable()
export class MatrixService {
  constructor(
    private readonly criteria: CriteriaService,
    private readonly exhibits: ExhibitsService,
  ) {}

  async list(caseId: string): Promise<MatrixLinkRow[]> {
    await requireCase(caseId);
    return sql<MatrixLinkRow>(
      `${SELECT} where l.case_id = $1 order by e.position, l.created_at, l.id`,
      [caseId],
    );
  }

  /**
   * Links a criterion to pages of an exhibit with the quoted record text. Cite or abstain: the quote
   * must be on those pages (whitespace-normalised) or the link is refused and nothing is stored.
   * Pages are the exhibit's own (1 = its first page).
   */
  link(input: {
    criterionId: string;
    exhibitId: string;
    pageFrom: number;
    pageTo: number;
    quote: string;
    note?: string | null;
  }): Promise<MatrixLinkRow> {
    return refusing(async () => {
      const criterion = await one<{ id: string; case_id: string }>(
        `select id, case_id from criteria where id = $1`,
        [assertUuid(input.criterionId, 'criterionId')],
      );
      if (!criterion) throw Errors.notFound('Criterion');
      const exhibit = await this.exhibits.get(input.exhibitId);
      if (exhibit.caseId !== criterion.case_id) throw Errors.notFound('Exhibit');
      const match = verifyQuote(
        await this.exhibits.pageTexts(exhibit.id),
        input.pageFrom,
        input.pageTo,
        input.quote,
      );
      const rows = await sql<{ id: string }>(
        `insert into matrix_links (tenant_id, case_id, criterion_id, exhibit_id, page_from, page_to, quote, quote_page, note, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
        [
          TenantContext.tenantId(),
          criterion.case_id,
          criterion.id,
          exhibit.id,
          input.pageFrom,
          input.pageTo,
          match.quote,
          match.page,
          input.note?.trim() || null,
          TenantContext.current().userId,
        ],
      );
      await this.clearReady(criterion.case_id);
      return (await sql<MatrixLinkRow>(`${SELECT} where l.id = $1`, [rows[0]!.id]))[0]!;
    });
  }

  async unlink(linkId: string): Promise<string> {
    const rows = await sql<{ id: string; case_id: string }>(
      `delete from matrix_links where id = $1 returning id, case_id`,
      [assertUuid(linkId, 'linkId')],
    );
    if (!rows[0]) throw Errors.notFound('Matrix link');
    await this.clearReady(rows[0].case_id);
    return rows[0].id;
  }

  async completeness(caseId: string): Promise<MatrixCompleteness> {
    await requireCase(caseId);
    const rows = await sql<{
      id: string;
      ref: string;
      parent_ref: string | null;
      text: string;
      grp: 'all' | 'any' | 'at_least' | null;
      group_min: number | null;
      explanation: string | null;
      n: number;
    }>(
      `select c.id, c.ref, c.parent_ref, c.text, c.grp, c.group_min, c.explanation,
         (select count(*)::int from matrix_links l where l.tenant_id = c.tenant_id and l.criterion_id = c.id) as n
       from criteria c where c.case_id = $1 order by c.position`,
      [caseId],
    );
    const set = await this.criteria.set(caseId);
    const service = await one<{ d: string | null }>(
      `select to_char(cl.service_date_from, 'YYYY-MM-DD') as d from appeal_cases ac
       left join claims cl on cl.tenant_id = ac.tenant_id and cl.id = ac.claim_id where ac.id = $1`,
      [caseId],
    );
    return matrixCompleteness(
      rows.map((r) => ({
        id: r.id,
        ref: r.ref,
        parentRef: r.parent_ref,
        text: r.text,
        group: r.grp,
        groupMin: r.group_min,
        evidenceCount: r.n,
        explanation: r.explanation,
      })),
      set?.rootGroup ?? 'all',
      set?.rootMin ?? null,
      service?.d ?? null,
    );
  }

  /** Refused (CONFLICT, MATRIX_INCOMPLETE) while a criterion has neither evidence nor an explanation. */
  markReadyToSubmit(caseId: string): Promise<MatrixCompleteness> {
    return refusing(async () => {
      const report = await this.completeness(caseId);
      assertReadyToSubmit(report);
      await sql(`update criteria_sets set ready_at = now(), ready_by = $2 where case_id = $1`, [
        caseId,
        TenantContext.current().userId,
      ]);
      return report;
    });
  }

  private async clearReady(caseId: string): Promise<void> {
    await sql(
      `update criteria_sets set ready_at = null, ready_by = null where case_id = $1 and ready_at is not null`,
      [caseId],
    );
  }
}
