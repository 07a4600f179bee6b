import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
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

function stamp(page: PDFPage, font: PDFFont, label: string, bates: string): void {
  const { width } = page.getSize();
  const size = 8.5;
  // Drawn into the page's content stream (not annotations): they print and cannot be hidden.
  const labelWidth = font.widthOfTextAtSize(label, size);
  page.drawRectangle({
    x: width - labelWidth - 30,
    y: page.getHeight() - 26,
    width: labelWidth + 12,
    height: 15,
    color: rgb(1, 1, 1),
    opacity: 0.85,
  });
  page.drawText(label, {
    x: width - labelWidth - 24,
    y: page.getHeight() - 21,
    size,
    font,
    color: rgb(0, 0, 0),
  });
  const batesWidth = font.widthOfTextAtSize(bates, size);
  page.drawRectangle({
    x: width - batesWidth - 30,
    y: 10,
    width: batesWidth + 12,
    height: 15,
    color: rgb(1, 1, 1),
    opacity: 0.85,
  });
  page.drawText(bates, { x: width - batesWidth - 24, y: 15, size, font, color: rgb(0, 0, 0) });
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

  // Pass 1 counts front-matter pages with placeholder numbers; pass 2 prints the real ones.
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
  let front = await renderFrontMatter(input.summary, input.timeline, rowsFor(1), input.createdOn);
  const frontDoc0 = await PDFDocument.load(front.bytes);
  const firstExhibitPage = cover.getPageCount() + frontDoc0.getPageCount() + 1;
  front = await renderFrontMatter(
    input.summary,
    input.timeline,
    rowsFor(firstExhibitPage),
    input.createdOn,
  );
  const frontDoc = await PDFDocument.load(front.bytes);
  if (cover.getPageCount() + frontDoc.getPageCount() + 1 !== firstExhibitPage) {
    throw new Error('Front matter changed length between passes');
  }
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
  for (const [i, p] of [...coverPages, ...frontPages].entries()) {
    const b = batesNumber(input.batesPrefix, i + 1);
    const w = font.widthOfTextAtSize(b, 8.5);
    p.drawText(b, { x: p.getWidth() - w - 24, y: 15, size: 8.5, font, color: rgb(0, 0, 0) });
  }
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
      stamp(
        p,
        font,
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
  const bytes = await out.save({ useObjectStreams: true });
  await onProgress(100, 'done');
  return { bytes, sha256: sha256(bytes), totalPages: page, manifest };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
