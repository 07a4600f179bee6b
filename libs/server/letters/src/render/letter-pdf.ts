import PDFDocument from 'pdfkit';
import type { LetterContent } from '@claimlane/domain-letters';
import { letterFonts } from './letter-fonts';
import type { RenderMeta } from './letterhead';

const MARGIN = 64;

/**
 * A letter to PDF with pdfkit: letterhead, date, title, the sections in order (headings mirror the
 * denial reasons), the criteria table, the signature block. Fonts are embedded (Liberation Sans),
 * so any character a name or quote carries renders. Deterministic: fixed creation date and ids.
 */
export function renderLetterPdf(letter: LetterContent, meta: RenderMeta): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fonts = letterFonts();
    const doc = new PDFDocument({
      size: 'LETTER',
      // No default font: pdfkit would parse Helvetica's AFM for every document; ours are embedded.
      font: '',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      info: {
        Title: letter.title,
        Producer: 'Claimlane',
        Creator: 'Claimlane',
        CreationDate: new Date(`${meta.date}T00:00:00Z`),
      },
      bufferPages: true,
      compress: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.registerFont('body', fonts.regular);
    doc.registerFont('bold', fonts.bold);
    const width = doc.page.width - MARGIN * 2;
    const lh = meta.letterhead;

    doc.font('bold').fontSize(14).text(lh.organization, { width });
    doc.font('body').fontSize(9);
    for (const line of lh.addressLines) doc.text(line, { width });
    const contact = [lh.phone ? `Phone ${lh.phone}` : null, lh.fax ? `Fax ${lh.fax}` : null]
      .filter(Boolean)
      .join(' · ');
    if (contact) doc.text(contact, { width });
    doc.moveDown(1).fontSize(10).text(meta.date, { width });
    doc.moveDown(0.8).font('bold').fontSize(13).text(letter.title, { width });
    doc.font('body').fontSize(10).text(`Re: ${letter.subject}`, { width });
    doc.moveDown(0.6);

    for (const section of letter.sections) {
      doc.moveDown(0.5).font('bold').fontSize(11).text(section.heading, { width });
      doc.font('body').fontSize(10);
      for (const p of section.paragraphs) doc.moveDown(0.2).text(p, { width, align: 'left' });
      if (section.key === 'criteria' && letter.criteriaTable.length)
        criteriaTable(doc, letter, width);
    }

    doc.moveDown(1.2).font('body').fontSize(10).text('Sincerely,', { width });
    doc.moveDown(1.5);
    if (lh.signerName) doc.font('bold').text(lh.signerName, { width });
    if (lh.signerTitle) doc.font('body').text(lh.signerTitle, { width });
    doc.font('body').text(lh.organization, { width });
    if (meta.signOff)
      doc
        .moveDown(0.3)
        .fontSize(8)
        .text(`Signed off by ${meta.signOff.name} on ${meta.signOff.at}`, { width });

    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      doc.switchToPage(i);
      const footer = `${meta.final ? '' : 'DRAFT — not for submission · '}Page ${i + 1} of ${range.count}`;
      // Writing inside the bottom margin must not trigger pdfkit's automatic page break.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('body')
        .fontSize(8)
        .text(footer, MARGIN, doc.page.height - MARGIN / 2, {
          width,
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}

function criteriaTable(doc: PDFKit.PDFDocument, letter: LetterContent, width: number): void {
  const cols = [0.1, 0.4, 0.2, 0.3].map((f) => f * width);
  const x0 = MARGIN;
  const row = (cells: string[], font: 'body' | 'bold') => {
    doc.font(font).fontSize(8.5);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 6 }));
    const h = Math.max(...heights) + 6;
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = x0;
    cells.forEach((c, i) => {
      doc.text(c, x + 3, y + 3, { width: cols[i]! - 6 });
      doc.rect(x, y, cols[i]!, h).lineWidth(0.5).stroke('#888888');
      x += cols[i]!;
    });
    doc.x = x0;
    doc.y = y + h;
  };
  doc.moveDown(0.4);
  row(['#', 'Criterion', 'Exhibit and page', 'Record text / explanation'], 'bold');
  for (const r of letter.criteriaTable) {
    row(
      [r.ref, r.criterion, r.cites || '—', r.quote ? `“${r.quote}”` : (r.explanation ?? '')],
      'body',
    );
  }
  doc.moveDown(0.4);
}
