import { createHash } from 'node:crypto';
import {
  PDFDocument,
  StandardFonts,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { renderFrontMatter, renderTextPages, type ExhibitListRow } from './front-matter-pdf';
import { writeOutline, type OutlineEntry } from './pdf-outline';
import type {
  BuiltPacket,
  PacketExhibitInput,
  PacketInput,
  PacketManifest,
  PacketManifestExhibit,
  PacketProgress,
} from './packet.types';

export const MAX_PACKET_PAGES = 2_000;

export class PacketError extends Error {
  override readonly name = 'PacketError';
  constructor(
    readonly code: 'PACKET_SOURCE_UNREADABLE' | 'PACKET_PAGE_RANGE' | 'PACKET_TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function batesNumber(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(6, '0')}`;
}

interface LoadedExhibit {
  input: PacketExhibitInput;
  doc: PDFDocument;
  indices: number[];
  sourceSha256: string;
}

async function loadExhibit(e: PacketExhibitInput): Promise<LoadedExhibit> {
  if (e.source.kind === 'text') {
    const bytes = await renderTextPages(e.source.pages);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return { input: e, doc, indices: doc.getPageIndices(), sourceSha256: sha256(bytes) };
  }
  let doc: PDFDocument;
  let count: number;
  try {
    doc = await PDFDocument.load(e.source.bytes, { updateMetadata: false });
    count = doc.getPageCount();
  } catch {
    throw new PacketError(
      'PACKET_SOURCE_UNREADABLE',
      `Exhibit ${e.label}: the source PDF cannot be read`,
    );
  }
  const { pageFrom, pageTo } = e.source;
  if (pageFrom < 1 || pageTo < pageFrom || pageTo > count) {
    throw new PacketError(
      'PACKET_PAGE_RANGE',
      `Exhibit ${e.label}: pages ${pageFrom}-${pageTo} are not in the source`,
    );
  }
  const indices = Array.from({ length: pageTo - pageFrom + 1 }, (_, i) => pageFrom - 1 + i);
  return { input: e, doc, indices, sourceSha256: sha256(e.source.bytes) };
}

/** One uncompressed content stream per stamped page (pdf-lib's drawText deflates three per page). */
class Stamper {
  private readonly q: PDFRef;
  private readonly Q: PDFRef;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.q = doc.context.register(doc.context.stream('q\n'));
    this.Q = doc.context.register(doc.context.stream('\nQ\n'));
  }

  /**
   * Draws `top` (top right, may be null) and `bottom` (bottom right) on white boxes, as page content
   * (not annotations): they print and cannot be hidden. The page's own content is wrapped in q/Q so
   * its graphics state cannot leak into the stamp.
   */
  stamp(page: PDFPage, top: string | null, bottom: string): void {
    const size = 8.5;
    const name = page.node.newFontDictionary('ClStamp', this.font.ref).toString();
    const { width, height } = page.getSize();
    const ops: string[] = ['q'];
    const box = (text: string, y: number) => {
      const w = this.font.widthOfTextAtSize(text, size);
      const x = width - w - 24;
      ops.push(
        `1 1 1 rg ${(x - 6).toFixed(2)} ${(y - 5).toFixed(2)} ${(w + 12).toFixed(2)} 15 re f`,
        `0 0 0 rg BT ${name} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${this.font.encodeText(text).toString()} Tj ET`,
      );
    };
    if (top) box(top, height - 21);
    box(bottom, 15);
    ops.push('Q');
    page.node.wrapContentStreams(this.q, this.Q);
    page.node.addContentStream(this.doc.context.register(this.doc.context.stream(ops.join('\n'))));
  }
}

/**
 * The exhibit packet: cover letter + one-page summary + timeline + exhibit list + the exhibits,
 * every exhibit page stamped "Exhibit B — page 3 of 12", every packet page Bates-numbered, one
 * bookmark per part and per exhibit, and a SHA-256 manifest (on the exhibit list and attached as
 * manifest.json). Pure: bytes in, bytes out; the caller stores them.
 */
export async function buildPacket(
  input: PacketInput,
  onProgress: PacketProgress = () => undefined,
): Promise<BuiltPacket> {
  await onProgress(2, 'loading exhibits');
  const loaded: LoadedExhibit[] = [];
  for (const e of input.exhibits) loaded.push(await loadExhibit(e));
  const cover = await PDFDocument.load(input.coverLetterPdf, { updateMetadata: false });
  const exhibitPages = loaded.reduce((n, l) => n + l.indices.length, 0);
  await onProgress(15, 'front matter');

  // The exhibit list prints packet page numbers, which depend on the front matter's own length:
  // render with the usual length (one page per part) and re-render only if it came out longer.
  const rowsFor = (firstExhibitPage: number): ExhibitListRow[] => {
    let at = firstExhibitPage;
    return loaded.map((l) => {
      const from = at;
      at += l.indices.length;
      return {
        label: l.input.label,
        title: l.input.title,
        pageCount: l.indices.length,
        packetPages: `${from}–${at - 1}`,
        bates: `${batesNumber(input.batesPrefix, from)} – ${batesNumber(input.batesPrefix, at - 1)}`,
        seal: l.input.sealSha256 ?? 'not sealed',
      };
    });
  };
  let frontPagesGuess = 3;
  let front = await renderFrontMatter(
    input.summary,
    input.timeline,
    rowsFor(cover.getPageCount() + frontPagesGuess + 1),
    input.createdOn,
  );
  for (
    let attempt = 0;
    front.parts[0] + front.parts[1] + front.parts[2] !== frontPagesGuess;
    attempt += 1
  ) {
    if (attempt > 3) throw new Error('Front matter length does not settle');
    frontPagesGuess = front.parts[0] + front.parts[1] + front.parts[2];
    front = await renderFrontMatter(
      input.summary,
      input.timeline,
      rowsFor(cover.getPageCount() + frontPagesGuess + 1),
      input.createdOn,
    );
  }
  const frontDoc = await PDFDocument.load(front.bytes, { updateMetadata: false });
  const firstExhibitPage = cover.getPageCount() + frontDoc.getPageCount() + 1;
  const total = firstExhibitPage - 1 + exhibitPages;
  if (total > MAX_PACKET_PAGES)
    throw new PacketError(
      'PACKET_TOO_LARGE',
      `The packet would have ${total} pages (limit ${MAX_PACKET_PAGES})`,
    );

  const out = await PDFDocument.create({ updateMetadata: false });
  out.setTitle(input.summary.title);
  out.setProducer('Claimlane');
  out.setCreator('Claimlane');
  const fixed = new Date(`${input.createdOn}T00:00:00Z`);
  out.setCreationDate(fixed);
  out.setModificationDate(fixed);
  const font = await out.embedFont(StandardFonts.Helvetica);
  const stamper = new Stamper(out, font);
  const outline: OutlineEntry[] = [];
  const sections: PacketManifest['sections'] = [];
  let page = 0;
  const addPart = async (title: string, src: PDFDocument, indices: number[]) => {
    const copied = await out.copyPages(src, indices);
    outline.push({ title, pageIndex: page });
    sections.push({ title, packetPageFrom: page + 1, packetPageTo: page + copied.length });
    for (const p of copied) {
      out.addPage(p);
      page += 1;
    }
    return copied;
  };

  const coverPages = await addPart('Cover letter', cover, cover.getPageIndices());
  const [s, t, x] = front.parts;
  const frontPages = [
    ...(await addPart('Summary', frontDoc, range(0, s))),
    ...(await addPart('Timeline', frontDoc, range(s, s + t))),
    ...(await addPart('Exhibit list', frontDoc, range(s + t, s + t + x))),
  ];
  for (const [i, p] of [...coverPages, ...frontPages].entries())
    stamper.stamp(p, null, batesNumber(input.batesPrefix, i + 1));
  await onProgress(25, 'exhibits');

  const manifestExhibits: PacketManifestExhibit[] = [];
  let done = 0;
  for (const l of loaded) {
    const from = page + 1;
    let copied: PDFPage[];
    try {
      copied = await addPart(`Exhibit ${l.input.label} — ${l.input.title}`, l.doc, l.indices);
    } catch {
      throw new PacketError(
        'PACKET_SOURCE_UNREADABLE',
        `Exhibit ${l.input.label}: the source PDF cannot be copied`,
      );
    }
    copied.forEach((p, i) => {
      stamper.stamp(
        p,
        `Exhibit ${l.input.label} — page ${i + 1} of ${copied.length}`,
        batesNumber(input.batesPrefix, from + i),
      );
    });
    manifestExhibits.push({
      label: l.input.label,
      title: l.input.title,
      pageCount: copied.length,
      packetPageFrom: from,
      packetPageTo: page,
      batesFrom: batesNumber(input.batesPrefix, from),
      batesTo: batesNumber(input.batesPrefix, page),
      sealSha256: l.input.sealSha256,
      documentSha256: l.input.documentSha256,
      sourceSha256: l.sourceSha256,
    });
    done += copied.length;
    await onProgress(25 + Math.round((done / Math.max(1, exhibitPages)) * 60), 'exhibits');
  }
  writeOutline(out, outline);
  const manifest: PacketManifest = {
    version: 1,
    createdOn: input.createdOn,
    coverLetterSha256: sha256(input.coverLetterPdf),
    totalPages: page,
    sections,
    exhibits: manifestExhibits,
  };
  await out.attach(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), 'manifest.json', {
    mimeType: 'application/json',
    description: 'SHA-256 manifest of the packet parts',
    creationDate: fixed,
    modificationDate: fixed,
  });
  await onProgress(90, 'saving');
  const bytes = await out.save({ useObjectStreams: false });
  await onProgress(100, 'done');
  return { bytes, sha256: sha256(bytes), totalPages: page, manifest };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
