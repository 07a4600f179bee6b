import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@claimlane/server-auth';
import { AuditService } from '@claimlane/server-audit';
import { Errors, type RequestLike } from '@claimlane/server-common';
import { TenantDatabase } from '@claimlane/server-db';
import { OBJECT_STORE, ObjectNotFoundError, type ObjectStore } from '@claimlane/server-documents';
import { FileLinksService } from './file-links.service';
import { downloadLinkClaims } from './signed-url';

/**
 * `GET /api/files/:token`: the signed link is the credential (a browser opens it without headers). The
 * token names tenant, object and owner; the read is audited in that tenant before any byte is sent.
 */
@Controller('api/files')
export class FilesController {
  constructor(
    private readonly links: FileLinksService,
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
  ) {}

  @Public()
  @Get(':token')
  async download(
    @Param('token') token: string,
    @Req() req: RequestLike,
    @Res() res: Response,
  ): Promise<void> {
    const claims = downloadLinkClaims(token, this.links.key);
    // The object key must sit under the token's tenant prefix (defence in depth: the token is signed);
    // export links name no object and are served by /api/exports only.
    if (!claims.key.startsWith(`${claims.t}/`) || claims.kind === 'export')
      throw Errors.forbidden('The download link is invalid');
    const bytes = await this.db.runInTenantTx(
      claims.t,
      async () => {
        await this.audit.record(
          {
            auth: {
              userId: claims.u,
              apiKeyId: null,
              sessionId: null,
              tenantId: claims.t,
              role: null,
            },
            requestId: req.id === undefined ? null : String(req.id),
            ip: req.ip ?? null,
          },
          { action: `${claims.kind}.download`, entityType: claims.kind, entityId: claims.id },
        );
        try {
          return await this.store.get(claims.key);
        } catch (e) {
          if (e instanceof ObjectNotFoundError) throw Errors.notFound('File');
          throw e;
        }
      },
      { userId: claims.u },
    );
    res.setHeader('content-type', claims.mime);
    res.setHeader(
      'content-disposition',
      `attachment; filename="${claims.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    );
    res.setHeader('cache-control', 'private, no-store');
    res.send(bytes);
  }
}
