import PDFDocument from 'pdfkit';
import type { TimelineEntry } from '@claimlane/domain-letters';
import { letterFonts } from '../render/letter-fonts';
import type { PacketSummary } from './packet.types';

const M = 56;

export interface ExhibitListRow {
  label: string;
  title: string;
  pageCount: number;
  packetPages: string;
  bates: string;
  seal: string;
}

export interface FrontMatterPages {
  bytes: Buffer;
  /** Page count of each part, in order: summary, timeline, exhibit list. */
  parts: [number, number, number];
}

/** One-page summary, timeline and exhibit list (with packet pages, Bates ranges and seals). */
export function renderFrontMatter(
  summary: PacketSummary,
  timeline: readonly TimelineEntry[],
  exhibits: readonly ExhibitListRow[],
  createdOn: string,
): Promise<FrontMatterPages> {
  return new Promise((resolve, reject) => {
    const fonts = letterFonts();
    const doc = new PDFDocument({
      size: 'LETTER',
      // No default font: pdfkit would parse Helvetica's AFM for every document; ours are embedded.
      font: '',
      margins: { top: M, bottom: M, left: M, right: M },
      autoFirstPage: false,
      info: {
        Title: summary.title,
        Producer: 'Claimlane',
        CreationDate: new Date(`${createdOn}T00:00:00Z`),
      },
    });
    const chunks: Buffer[] = [];
    let pages = 0;
    doc.on('pageAdded', () => (pages += 1));
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('error', reject);
    const parts: [number, number, number] = [0, 0, 0];
    doc.registerFont('body', fonts.regular);
    doc.registerFont('bold', fonts.bold);

    // 1. Summary: one page by construction (long lists are cut with a pointer to the letter).
    doc.addPage();
    const width = doc.page.width - 2 * M;
    doc.font('bold').fontSize(14).text('Summary', { width });
    doc.font('body').fontSize(9.5);
    for (const l of summary.caseLines) doc.text(l, { width });
    doc
      .moveDown(0.5)
      .font('bold')
      .fontSize(10.5)
      .text('Denial reasons', { width })
      .font('body')
      .fontSize(9.5);
    for (const r of summary.reasons.slice(0, 6)) doc.text(`• ${r}`, { width });
    doc
      .moveDown(0.5)
      .font('bold')
      .fontSize(10.5)
      .text('Where each criterion is met', { width })
      .font('body')
      .fontSize(9);
    const budget = doc.page.height - M - 90;
    let shown = 0;
    for (const c of summary.criteria) {
      const line = `${c.ref}. ${c.criterion} — ${c.cites || 'explained in the letter'}`;
      if (doc.y + doc.heightOfString(line, { width }) > budget) break;
      doc.text(line, { width });
      shown += 1;
    }
    if (shown < summary.criteria.length)
      doc.text(
        `… and ${summary.criteria.length - shown} more criteria: see the criteria table in the letter.`,
        { width },
      );
    doc
      .moveDown(0.5)
      .font('bold')
      .fontSize(10.5)
      .text('Request', { width })
      .font('body')
      .fontSize(9.5);
    doc.text(summary.request, { width, height: doc.page.height - M - doc.y, ellipsis: true });
    parts[0] = pages;

    // 2. Timeline: date → event → exhibit.
    doc.addPage();
    doc.font('bold').fontSize(14).text('Timeline', { width }).moveDown(0.4);
    table(
      doc,
      [0.18, 0.64, 0.18],
      ['Date', 'Event', 'Exhibit'],
      timeline.map((t) => [t.date, t.event, t.exhibitLabel ?? '']),
    );
    parts[1] = pages - parts[0];

    // 3. Exhibit list with the manifest's seals.
    doc.addPage();
    doc.font('bold').fontSize(14).text('Exhibit list', { width }).moveDown(0.4);
    table(
      doc,
      [0.08, 0.3, 0.08, 0.14, 0.2, 0.2],
      ['Exhibit', 'Title', 'Pages', 'Packet pages', 'Bates', 'SHA-256 seal'],
      exhibits.map((e) => [e.label, e.title, String(e.pageCount), e.packetPages, e.bates, e.seal]),
    );
    parts[2] = pages - parts[0] - parts[1];
    doc.on('end', () => resolve({ bytes: Buffer.concat(chunks), parts }));
    doc.end();
  });
}

function table(
  doc: PDFKit.PDFDocument,
  fractions: number[],
  head: string[],
  rows: string[][],
): void {
  const width = doc.page.width - 2 * M;
  const cols = fractions.map((f) => f * width);
  const draw = (cells: string[], font: 'body' | 'bold') => {
    doc.font(font).fontSize(8);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 6 }))) + 6;
    if (doc.y + h > doc.page.height - M) doc.addPage();
    const y = doc.y;
    let x = M;
    cells.forEach((c, i) => {
      doc.text(c, x + 3, y + 3, { width: cols[i]! - 6 });
      doc.rect(x, y, cols[i]!, h).lineWidth(0.5).stroke('#999999');
      x += cols[i]!;
    });
    doc.x = M;
    doc.y = y + h;
  };
  draw(head, 'bold');
  for (const r of rows) draw(r, 'body');
}

/** Text-only documents become PDF pages so they can be stamped and merged like any exhibit. */
export function renderTextPages(pages: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fonts = letterFonts();
    const doc = new PDFDocument({
      size: 'LETTER',
      // No default font: pdfkit would parse Helvetica's AFM for every document; ours are embedded.
      font: '',
      margins: { top: M, bottom: M, left: M, right: M },
      autoFirstPage: false,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.registerFont('body', fonts.regular);
    for (const text of pages) {
      doc.addPage();
      // One source page stays one packet page: overflow is cut rather than flowed onto a new page.
      doc
        .font('body')
        .fontSize(9)
        .text(text, {
          width: doc.page.width - 2 * M,
          height: doc.page.height - 2 * M,
          ellipsis: true,
        });
    }
    doc.end();
  });
}
