import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { RequirePermission } from '@claimlane/server-auth';
import { Errors, assertUuid } from '@claimlane/server-common';
import { DocumentEntity, TenantContext, TenantDatabase } from '@claimlane/server-db';
import { X12ParseError } from '@claimlane/domain-x12';
import { RemittanceRejectedError, importRemittance } from '@claimlane/server-remittances';
import { tenantObjectStore, type ObjectStore } from '@claimlane/server-documents';
import { RemittanceFileInput, RemittanceImportSummaryModel } from './record-check.models';

@Resolver()
export class RemittanceResolver {
  private readonly store: ObjectStore;

  constructor(@Inject(APP_CONFIG) config: AppConfig, db: TenantDatabase) {
    this.store = tenantObjectStore(config, db);
  }

  @RequirePermission('remittances.import')
  @Mutation(() => RemittanceImportSummaryModel, {
    description:
      'Turns the denied and partly denied claims of an 835 into claims and denials (idempotent); all or nothing',
  })
  async importRemittance(
    @Args('file') file: RemittanceFileInput,
  ): Promise<RemittanceImportSummaryModel> {
    // GraphQL lets a client send an explicit null for an optional field: null counts as absent.
    if ((file.documentId == null) === (file.content == null))
      throw Errors.badInput('Give exactly one of documentId or content');
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    let source: Iterable<string | Uint8Array>;
    if (file.documentId != null) {
      const doc = await m
        .getRepository(DocumentEntity)
        .findOneBy({ id: assertUuid(file.documentId, 'documentId') });
      if (!doc) throw Errors.notFound('Document');
      if (doc.kind !== 'remittance_835' || !doc.storageKey)
        throw Errors.badInput('This document is not an 835 remittance', { field: 'documentId' });
      source = [await this.store.get(doc.storageKey)];
    } else {
      if (!file.content!.trim())
        throw Errors.badInput('The 835 content is empty', { field: 'content' });
      source = [file.content!];
    }
    try {
      const s = await importRemittance(m, tenantId, source);
      return {
        ...s,
        errors: s.errors.slice(0, 100).map((e) => ({
          code: e.code,
          message: e.message,
          segmentNumber: e.segmentNumber ?? null,
        })),
      };
    } catch (e) {
      if (e instanceof RemittanceRejectedError) {
        throw Errors.badInput(e.message, {
          reason: e.errors[0]?.code,
          segmentNumber: e.errors[0]?.segmentNumber,
        });
      }
      if (e instanceof X12ParseError) {
        throw Errors.badInput(`Not a readable 835: ${e.message}`, {
          reason: e.code,
          segmentNumber: e.segmentNumber,
        });
      }
      throw e;
    }
  }
}
