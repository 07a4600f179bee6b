import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { AppealStage } from '@claimlane/shared-contracts';
import { AppealStageEnum } from '@claimlane/server-common';
import { StaleReadDatabase, TenantContext } from '@claimlane/server-db';
import { RequirePermission } from '@claimlane/server-auth';

@ObjectType('CaseStageCount')
export class StageCountModel {
  @Field(() => AppealStageEnum) stage!: AppealStage;
  @Field(() => Int) count!: number;
}

@ObjectType('CaseCounts', {
  description:
    'Dashboard counts. Served by the read replica when one is configured: they may lag writes by its replay delay (seconds)',
})
export class CaseCountsModel {
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Cases with an open deadline already past' }) overdue!: number;
  @Field(() => Int, { description: 'Cases whose next deadline is within 7 days' })
  dueWithinWeek!: number;
  @Field(() => [StageCountModel]) byStage!: StageCountModel[];
}

/** Counts only, no PHI: routed to the replica (StaleReadDatabase), so no audit row either. */
@Resolver(() => CaseCountsModel)
export class CaseCountsResolver {
  constructor(private readonly staleReads: StaleReadDatabase) {}

  @RequirePermission('cases.read')
  @Query(() => CaseCountsModel, {
    description:
      'Case counts by stage and deadline for dashboards (may lag writes by seconds: read replica)',
  })
  caseCounts(): Promise<CaseCountsModel> {
    return this.staleReads.runInTenantTx(TenantContext.tenantId(), async (m) => {
      const rows: Array<{ stage: AppealStage; n: number; overdue: number; soon: number }> =
        await m.query(
          `select stage, count(*)::int n,
                  count(*) filter (where next_deadline_at < now())::int overdue,
                  count(*) filter (where next_deadline_at >= now() and next_deadline_at < now() + interval '7 days')::int soon
             from appeal_cases group by stage order by stage`,
        );
      return {
        total: rows.reduce((a, r) => a + r.n, 0),
        overdue: rows.reduce((a, r) => a + r.overdue, 0),
        dueWithinWeek: rows.reduce((a, r) => a + r.soon, 0),
        byStage: rows.map((r) => ({ stage: r.stage, count: r.n })),
      };
    });
  }
}
