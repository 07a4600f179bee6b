import { ResolveField, Resolver } from '@nestjs/graphql';
import { DEFAULT_TIME_ZONE, formatDue } from '@claimlane/domain-appeal-process';
import { TenantContext, tenantTimeZone } from '@claimlane/server-db';
import { DeadlineModel } from './appeals.models';

const KEY = 'tenant-time-zone';

/**
 * An untimed deadline is shown by what it waits for, never by a date. The notice date times every
 * such rule (receipt is presumed from it); the stored question says when receipt matters.
 */
export const NEEDS_DATE_LABEL = 'Needs the notice date';

/** The tenant's zone, read once per operation whatever the number of deadlines shown. */
function operationTimeZone(): Promise<string> {
  const op = TenantContext.operation();
  const load = () => tenantTimeZone(TenantContext.manager(), TenantContext.tenantId());
  if (!op) return load();
  let zone = op.cache.get(KEY) as Promise<string> | undefined;
  if (!zone) op.cache.set(KEY, (zone = load().catch(() => DEFAULT_TIME_ZONE)));
  return zone;
}

@Resolver(() => DeadlineModel)
export class DeadlineDisplayResolver {
  @ResolveField(() => String, {
    description:
      'How to show the deadline: a date deadline as its date ("Monday, September 14, 2026"), an hour clock as a local time in the tenant\'s zone, a needs_date deadline as the date it waits for ("Needs the notice date")',
  })
  async dueLabel(d: DeadlineModel): Promise<string> {
    if (d.due === null || d.dueAt === null) return NEEDS_DATE_LABEL;
    return formatDue(d.due, new Date(d.dueAt), await operationTimeZone());
  }
}
