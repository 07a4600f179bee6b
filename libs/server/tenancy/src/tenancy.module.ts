import { Module } from '@nestjs/common';
import { AuditModule } from '@claimlane/server-audit';
import { NotificationsModule } from '@claimlane/server-notifications';
import { TenancyResolver } from './tenancy.resolver';
import { TenancyService } from './tenancy.service';
import { TenantPermissionsResolver } from './tenant-permissions.resolver';

@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [TenancyService, TenancyResolver, TenantPermissionsResolver],
  exports: [TenancyService],
})
export class TenancyModule {}
