import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Errors } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import { OBJECT_STORE, objectKeyFor, type ObjectStore } from '@claimlane/server-documents';
import { one } from '@claimlane/server-evidence';
import { FileLinksService, type FileLink } from './file-links.service';
import { LetterSettingsService } from './letter-settings.service';
import { LettersService } from './letters.service';
import { renderLetterDocx } from './render/letter-docx';
import { renderLetterPdf } from './render/letter-pdf';

export type LetterFormat = 'pdf' | 'docx';

export interface RenderedLetter {
  letterId: string;
  version: number;
  format: LetterFormat;
  final: boolean;
  sha256: string;
  sizeBytes: number;
  link: FileLink;
}

const MIME: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

@Injectable()
export class LetterRenderService {
  constructor(
    private readonly letters: LettersService,
    private readonly settings: LetterSettingsService,
    private readonly links: FileLinksService,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
  ) {}

  /** Renders the current version; a provider letter renders final only once a clinician signed it off. */
  async render(letterId: string, format: LetterFormat, final: boolean): Promise<RenderedLetter> {
    const { bytes, letter } = await this.renderBytes(letterId, format, final);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = objectKeyFor(TenantContext.tenantId(), sha256);
    await this.store.put(key, bytes, MIME[format]);
    return {
      letterId: letter.id,
      version: letter.currentVersion,
      format,
      final,
      sha256,
      sizeBytes: bytes.length,
      link: this.links.issue({
        key,
        kind: 'letter',
        id: letter.id,
        mime: MIME[format],
        name: `${letter.kind}-v${letter.currentVersion}.${format}`,
      }),
    };
  }

  async renderBytes(letterId: string, format: LetterFormat, final: boolean) {
    const letter = await this.letters.get(letterId);
    if (
      final &&
      letter.kind === 'provider_medical_necessity' &&
      !this.letters.isSignedOff(letter)
    ) {
      throw Errors.conflict('A clinician must sign off this version before it renders final', {
        reason: 'SIGN_OFF_REQUIRED',
      });
    }
    const content = await this.letters.content(letter.id);
    const letterhead = await this.settings.get();
    let signOff: { name: string; at: string } | null = null;
    if (letter.signedOffBy && this.letters.isSignedOff(letter)) {
      const u = await one<{ name: string | null }>(`select name from users where id = $1`, [
        letter.signedOffBy,
      ]);
      signOff = {
        name: u?.name ?? 'clinician',
        at: letter.signedOffAt!.toISOString().slice(0, 10),
      };
    }
    const meta = { letterhead, date: new Date().toISOString().slice(0, 10), final, signOff };
    const bytes =
      format === 'pdf'
        ? await renderLetterPdf(content, meta)
        : await renderLetterDocx(content, meta);
    return { bytes, letter, content, letterhead };
  }
}
