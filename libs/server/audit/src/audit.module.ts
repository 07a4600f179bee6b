import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { RequestScopeInterceptor } from './request-scope.interceptor';

@Module({
  providers: [
    AuditService,
    AuditResolver,
    { provide: APP_INTERCEPTOR, useClass: RequestScopeInterceptor },
  ],
  exports: [AuditService],
})
export class AuditModule {}
