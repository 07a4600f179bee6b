import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowInReadOnlyWorkspace, Errors, assertUuid, pageSize } from '@claimlane/server-common';
import { RequirePermission } from '@claimlane/server-auth';
import {
  CarrierContactModel,
  CaseDocumentsService,
  ContactsService,
  type ContactRow,
} from '@claimlane/server-evidence';
import { objectKeyFor } from '@claimlane/server-documents';
import { TenantContext } from '@claimlane/server-db';
import type { LetterContent } from '@claimlane/domain-letters';
import { FileLinksService } from './file-links.service';
import { LetterRenderService, type LetterFormat } from './letter-render.service';
import { LetterSettingsService } from './letter-settings.service';
import {
  EditLetterSectionInput,
  FileLinkModel,
  GenerateLetterInput,
  LetterContentModel,
  LetterFormatEnum,
  LetterModel,
  LetterVersionInput,
  LetterVersionModel,
  LetterheadInput,
  LetterheadModel,
  PacketModel,
  RecordLetterSentInput,
  RenderLetterOptions,
  RenderedFileModel,
} from './letters.models';
import { LettersService, type LetterRow } from './letters.service';
import { PacketsService, type PacketRow } from './packet/packets.service';

/** Letters, renders, packets and signed download links (root fields only). */
@Resolver()
export class LettersResolver {
  constructor(
    private readonly letterService: LettersService,
    private readonly renderer: LetterRenderService,
    private readonly settings: LetterSettingsService,
    private readonly packets: PacketsService,
    private readonly documents: CaseDocumentsService,
    private readonly links: FileLinksService,
    private readonly contacts: ContactsService,
  ) {}

  private async withContent(rows: LetterRow[]): Promise<LetterModel[]> {
    const contents = await this.letterService.currentContents(rows.map((r) => r.id));
    return rows.map((r) => ({
      ...r,
      signedOff: this.letterService.isSignedOff(r),
      content: contents.get(r.id)! as LetterContent,
    }));
  }

  private packetModel(p: PacketRow): PacketModel {
    const link = this.packets.link(p);
    return { ...p, downloadUrl: link?.url ?? null, downloadExpiresAt: link?.expiresAt ?? null };
  }

  @RequirePermission('letters.read')
  @Query(() => [LetterModel])
  async letters(@Args('caseId', { type: () => ID }) caseId: string): Promise<LetterModel[]> {
    return this.withContent(await this.letterService.list(assertUuid(caseId, 'caseId')));
  }

  @RequirePermission('letters.read')
  @Query(() => LetterModel)
  async letter(@Args('id', { type: () => ID }) id: string): Promise<LetterModel> {
    return (await this.withContent([await this.letterService.get(id)]))[0]!;
  }

  @RequirePermission('letters.read')
  @Query(() => [LetterVersionModel], { description: 'Edit history, oldest first' })
  letterVersions(@Args('id', { type: () => ID }) id: string): Promise<LetterVersionModel[]> {
    return this.letterService.versions(id);
  }

  @RequirePermission('letters.read')
  @Query(() => LetterModel, { description: 'The letter with the content of an earlier version' })
  async letterAtVersion(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<LetterModel> {
    const row = await this.letterService.get(id);
    return {
      ...row,
      signedOff: this.letterService.isSignedOff(row),
      content: (await this.letterService.content(id, version)) as LetterContentModel,
    };
  }

  @RequirePermission('letters.write')
  @Mutation(() => LetterModel)
  async generateLetter(@Args('input') input: GenerateLetterInput): Promise<LetterModel> {
    return (
      await this.withContent([await this.letterService.generate(input.caseId, input.kind)])
    )[0]!;
  }

  @RequirePermission('letters.write')
  @Mutation(() => LetterModel, {
    description: 'Rebuilds from current evidence; edited sections are kept',
  })
  async regenerateLetter(@Args('input') input: LetterVersionInput): Promise<LetterModel> {
    return (
      await this.withContent([
        await this.letterService.regenerate(input.letterId, input.expectedVersion),
      ])
    )[0]!;
  }

  @RequirePermission('letters.write')
  @Mutation(() => LetterModel)
  async editLetterSection(@Args('input') input: EditLetterSectionInput): Promise<LetterModel> {
    const row = await this.letterService.edit(
      input.letterId,
      input.expectedVersion,
      input.sectionKey,
      input.heading ?? null,
      input.paragraphs,
    );
    return (await this.withContent([row]))[0]!;
  }

  @RequirePermission('letters.signOff')
  @Mutation(() => LetterModel, { description: 'Clinician sign-off of the current version' })
  async signOffLetter(@Args('input') input: LetterVersionInput): Promise<LetterModel> {
    return (
      await this.withContent([
        await this.letterService.signOff(input.letterId, input.expectedVersion),
      ])
    )[0]!;
  }

  @RequirePermission('letters.render')
  // An export: a read-only (unpaid) workspace can still take its letters out.
  @AllowInReadOnlyWorkspace()
  @Mutation(() => RenderedFileModel)
  async renderLetter(
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => LetterFormatEnum }) format: LetterFormat,
    @Args('options', { type: () => RenderLetterOptions, nullable: true })
    options?: RenderLetterOptions,
  ): Promise<RenderedFileModel> {
    const r = await this.renderer.render(assertUuid(id, 'id'), format, options?.final ?? false);
    return {
      id: r.letterId,
      version: r.version,
      format: r.format,
      final: r.final,
      sha256: r.sha256,
      sizeBytes: r.sizeBytes,
      downloadUrl: r.link.url,
      expiresAt: r.link.expiresAt,
    };
  }

  @RequirePermission('letters.write')
  @Mutation(() => CarrierContactModel, {
    description: 'Logs that the current version was sent (contact log)',
  })
  async recordLetterSent(@Args('input') input: RecordLetterSentInput): Promise<ContactRow> {
    const letter = await this.letterService.get(input.letterId);
    const content = await this.letterService.content(letter.id);
    return this.contacts.add({
      caseId: letter.caseId,
      channel: input.channel,
      occurredAt: input.sentAt,
      referenceNumber: input.referenceNumber ?? null,
      summary: `Sent: ${content.title} (version ${letter.currentVersion})`,
      source: 'letter_sent',
    });
  }

  @RequirePermission('letters.read')
  @Query(() => LetterheadModel)
  letterhead(): Promise<LetterheadModel> {
    return this.settings.get();
  }

  @RequirePermission('letters.settings')
  @Mutation(() => LetterheadModel)
  updateLetterhead(@Args('input') input: LetterheadInput): Promise<LetterheadModel> {
    return this.settings.update({
      organization: input.organization,
      addressLines: input.addressLines,
      phone: input.phone ?? null,
      fax: input.fax ?? null,
      signerName: input.signerName ?? null,
      signerTitle: input.signerTitle ?? null,
    });
  }

  @RequirePermission('packets.build')
  @AllowInReadOnlyWorkspace()
  @Mutation(() => PacketModel, {
    description: 'Queues the exhibit packet; poll packet(id) for progress',
  })
  async buildPacket(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('letterId', { type: () => ID, nullable: true }) letterId?: string,
  ): Promise<PacketModel> {
    return this.packetModel(
      await this.packets.request(
        assertUuid(caseId, 'caseId'),
        letterId ? assertUuid(letterId, 'letterId') : null,
      ),
    );
  }

  @RequirePermission('evidence.read')
  @Query(() => PacketModel)
  async packet(@Args('id', { type: () => ID }) id: string): Promise<PacketModel> {
    return this.packetModel(await this.packets.get(id));
  }

  @RequirePermission('evidence.read')
  @Query(() => [PacketModel], {
    description: "The case's packets, newest first (first: default 20)",
  })
  async casePackets(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<PacketModel[]> {
    const rows = await this.packets.listForCase(assertUuid(caseId, 'caseId'), pageSize(first));
    return rows.map((p) => this.packetModel(p));
  }

  @RequirePermission('evidence.read')
  @Query(() => FileLinkModel, { description: 'A short-lived signed link to the uploaded file' })
  async caseDocumentDownload(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FileLinkModel & { id: string }> {
    const row = (await this.documents.byIds([assertUuid(id, 'id')]))[0];
    if (!row) throw Errors.notFound('Case document');
    const link = this.links.issue({
      key: objectKeyFor(TenantContext.tenantId(), row.sha256),
      kind: 'document',
      id: row.id,
      mime: row.mime,
      name: `${row.kind}-${row.id.slice(0, 8)}`,
    });
    return { id: row.id, url: link.url, expiresAt: link.expiresAt };
  }
}
