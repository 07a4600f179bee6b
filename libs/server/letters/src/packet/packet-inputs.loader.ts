import { Inject, Injectable } from '@nestjs/common';
import { Errors } from '@claimlane/server-common';
import { OBJECT_STORE, type ObjectStore } from '@claimlane/server-documents';
import { ExhibitsService, TimelineService, sql } from '@claimlane/server-evidence';
import { LetterRenderService } from '../letter-render.service';
import type { PacketExhibitInput, PacketInput } from './packet.types';

/** Reads everything a packet needs, inside the tenant transaction (bytes come from object storage). */
@Injectable()
export class PacketInputsLoader {
  constructor(
    private readonly render: LetterRenderService,
    private readonly exhibits: ExhibitsService,
    private readonly timeline: TimelineService,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
  ) {}

  async load(caseId: string, letterId: string, createdOn: string): Promise<PacketInput> {
    const { bytes, content, letterhead } = await this.render.renderBytes(letterId, 'pdf', true);
    const rows = await sql<{
      id: string;
      label: string;
      title: string;
      page_from: number;
      page_to: number;
      page_texts: string[];
      seal_sha256: string | null;
      sha256: string;
      mime: string;
      storage_key: string | null;
    }>(
      `select e.id, e.label, e.title, e.page_from, e.page_to, e.page_texts, e.seal_sha256, d.sha256, d.mime, d.storage_key
       from exhibits e join documents d on d.tenant_id = e.tenant_id and d.id = e.document_id
       where e.case_id = $1 order by e.position`,
      [caseId],
    );
    const exhibits: PacketExhibitInput[] = [];
    for (const r of rows) {
      if (r.seal_sha256 && !(await this.exhibits.verifySeal(r.id)))
        throw Errors.conflict(`Exhibit ${r.label} no longer matches its seal`, {
          reason: 'EXHIBIT_SEAL_MISMATCH',
        });
      const source: PacketExhibitInput['source'] =
        r.mime === 'application/pdf' && r.storage_key
          ? {
              kind: 'pdf',
              bytes: await this.store.get(r.storage_key),
              pageFrom: r.page_from,
              pageTo: r.page_to,
            }
          : { kind: 'text', pages: r.page_texts };
      exhibits.push({
        label: r.label,
        title: r.title,
        sealSha256: r.seal_sha256,
        documentSha256: r.sha256,
        source,
      });
    }
    const caseLines =
      content.sections.find((s) => s.key === 'opening')?.paragraphs.slice(0, 1) ?? [];
    return {
      coverLetterPdf: bytes,
      summary: {
        title: `${content.title} — ${letterhead.organization}`,
        caseLines: [content.subject, ...caseLines],
        reasons: content.sections
          .filter((s) => s.key.startsWith('reason-'))
          .map((s) => s.heading.replace(/^Denial reason \d+: /, '')),
        criteria: content.criteriaTable.map((r) => ({
          ref: r.ref,
          criterion: r.criterion,
          cites: r.cites || (r.explanation ? 'explained' : ''),
        })),
        request: content.request,
      },
      timeline: await this.timeline.forCase(caseId),
      exhibits,
      batesPrefix: `CL-${caseId.slice(0, 4).toUpperCase()}-`,
      createdOn,
    };
  }
}
