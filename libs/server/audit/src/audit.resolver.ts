import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditEventEntity, TenantContext } from '@claimlane/server-db';
import {
  Connection,
  decodeCursor,
  pageSize,
  toConnection,
  type ConnectionShape,
  connectionComplexity,
} from '@claimlane/server-common';
import { RequirePermission } from '@claimlane/server-auth';
import { AuditEventModel } from './audit.models';

const AuditEventConnection = Connection(AuditEventModel, 'AuditEvent');

@Resolver(() => AuditEventModel)
export class AuditResolver {
  @RequirePermission('audit.read')
  @Query(() => AuditEventConnection, {
    complexity: connectionComplexity,
    description: 'Newest first',
  })
  async auditEvents(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ConnectionShape<AuditEventModel>> {
    const limit = pageSize(first, 50);
    const cursor = decodeCursor(after, ['bigint']) as [string] | null;
    const m = TenantContext.manager();
    const qb = m
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (cursor) qb.where('a.id < :id', { id: cursor[0] });
    const [rows, total] = await Promise.all([
      qb.getMany(),
      m.getRepository(AuditEventEntity).count(),
    ]);
    return toConnection(rows, limit, (r) => [r.id], total);
  }
}
