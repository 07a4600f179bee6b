import { Args, Query, Resolver } from '@nestjs/graphql';
import { TenantContext } from '@claimlane/server-db';
import { RequirePermission } from '@claimlane/server-auth';
import { CaseAnalyticsModel, caseAnalytics } from './case-analytics';

/** Counts and payer names only, no PHI: no audit row (like caseCounts and worklistStats). */
@Resolver(() => CaseAnalyticsModel)
export class CaseAnalyticsResolver {
  @RequirePermission('cases.read')
  @Query(() => CaseAnalyticsModel, {
    description:
      'Denials by month, category and payer; overturn rates by payer, category and CPT; money recovered; payer on-time rate. Range in UTC calendar days (YYYY-MM-DD), at most 3 years, not in the future',
  })
  caseAnalytics(@Args('from') from: string, @Args('to') to: string): Promise<CaseAnalyticsModel> {
    return caseAnalytics(TenantContext.manager(), from, to);
  }
}
