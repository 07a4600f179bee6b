import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { pack as tarPack } from 'tar-stream';
import { Public } from '@claimlane/server-auth';
import { AuditService } from '@claimlane/server-audit';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { Errors, type RequestLike } from '@claimlane/server-common';
import { TenantDatabase } from '@claimlane/server-db';
import { OBJECT_STORE, type ObjectStore } from '@claimlane/server-documents';
import { downloadLinkClaims, signingKey } from '@claimlane/server-letters';
import { ExportSigner } from './export-signature';
import { EXPORT_LINK_KIND } from './tenant-lifecycle.resolver';
import { writeTenantExport } from './tenant-export.writer';

/**
 * `GET /api/exports/:token`: the signed link from `exportTenantData` is the credential. The export is
 * audited as a PHI read in the tenant before the first byte, then streamed as it is built.
 */
@Controller('api/exports')
export class TenantExportController {
  private readonly linkKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly signer: ExportSigner,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
  ) {
    this.linkKey = signingKey(config.JWT_SECRET);
  }

  @Public()
  @Get(':token')
  async download(
    @Param('token') token: string,
    @Req() req: RequestLike,
    @Res() res: Response,
  ): Promise<void> {
    const claims = downloadLinkClaims(token, this.linkKey);
    if (claims.kind !== EXPORT_LINK_KIND || claims.id !== claims.t)
      throw Errors.forbidden('The download link is invalid');
    const tenantId = claims.t;
    await this.db.runInTenantTx(
      tenantId,
      async (m) => {
        const [t] = (await m.query(`select status from tenants where id = $1`, [
          tenantId,
        ])) as Array<{
          status: string;
        }>;
        if (!t) throw Errors.notFound('Workspace');
        // A link issued just before a deletion dies with the workspace.
        if (t.status !== 'active') throw Errors.inactiveTenant(t.status);
        await this.audit.record(
          {
            auth: { userId: claims.u, apiKeyId: null, sessionId: null, tenantId, role: null },
            requestId: req.id === undefined ? null : String(req.id),
            ip: req.ip ?? null,
          },
          {
            action: 'tenant.export',
            entityType: 'Tenant',
            entityId: tenantId,
            meta: { phiRead: true },
          },
        );
      },
      { userId: claims.u },
    );
    res.setHeader('content-type', 'application/x-tar');
    res.setHeader('content-disposition', `attachment; filename="claimlane-export-${tenantId}.tar"`);
    res.setHeader('cache-control', 'private, no-store');
    const pack = tarPack();
    pack.pipe(res);
    res.on('close', () => {
      if (!res.writableFinished) pack.destroy();
    });
    try {
      await writeTenantExport({
        db: this.db,
        store: this.store,
        signer: this.signer,
        tenantId,
        userId: claims.u,
        pack,
      });
    } catch (e) {
      // Headers are gone: cut the stream so the client sees a truncated archive (it fails verifying).
      pack.destroy(e as Error);
      res.destroy();
    }
  }
}
