import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { CurrentAuth, RequirePermission } from '@claimlane/server-auth';
import { Errors, type RequestAuth } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import { SIGNED_URL_TTL_SECONDS, signFileToken, signingKey } from '@claimlane/server-letters';
import { ExportSigner } from './export-signature';
import { softDeleteTenant } from './tenant-deletion';
import {
  DeleteTenantInput,
  TenantDeletionModel,
  TenantExportLinkModel,
} from './tenant-lifecycle.models';

/** The export link names no object: the archive is built while it streams (export.controller). */
export const EXPORT_LINK_KIND = 'export' as const;

@Resolver()
export class TenantLifecycleResolver {
  private readonly linkKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signer: ExportSigner,
  ) {
    this.linkKey = signingKey(config.JWT_SECRET);
  }

  @RequirePermission('tenant.delete')
  @Mutation(() => TenantDeletionModel, {
    description:
      'Deletes the workspace: it stops working at once and its data is erased after the retention window',
  })
  async deleteTenant(
    @Args('input') input: DeleteTenantInput,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<TenantDeletionModel> {
    const tenantId = TenantContext.tenantId();
    const m = TenantContext.manager();
    const [t] = (await m.query(`select name from tenants where id = $1`, [tenantId])) as Array<{
      name: string;
    }>;
    if (!t) throw Errors.notFound('Workspace');
    if (input.confirmName.trim() !== t.name)
      throw Errors.badInput('Type the workspace name exactly to confirm the deletion', {
        field: 'confirmName',
        reason: 'CONFIRMATION_MISMATCH',
      });
    return softDeleteTenant(m, tenantId, auth.userId, this.config.TENANT_PURGE_AFTER_DAYS);
  }

  @RequirePermission('tenant.export')
  @Mutation(() => TenantExportLinkModel, {
    description:
      "A short-lived link to the workspace's whole data (cases, documents, letters, audit) as a signed tar",
  })
  exportTenantData(): TenantExportLinkModel {
    const tenantId = TenantContext.tenantId();
    const exp = Math.floor(Date.now() / 1000) + SIGNED_URL_TTL_SECONDS;
    const token = signFileToken(
      {
        t: tenantId,
        key: `${tenantId}/export`,
        kind: EXPORT_LINK_KIND,
        id: tenantId,
        mime: 'application/x-tar',
        name: `claimlane-export-${tenantId}.tar`,
        u: TenantContext.current().userId,
        exp,
      },
      this.linkKey,
    );
    return {
      url: `/api/exports/${token}`,
      expiresAt: new Date(exp * 1000),
      signingPublicKey: this.signer.publicKeyPem(),
      signingKeyId: this.signer.keyId,
    };
  }
}
