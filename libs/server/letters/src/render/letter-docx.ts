import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { LetterContent } from '@claimlane/domain-letters';
import type { RenderMeta } from './letterhead';

const cell = (text: string, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })],
  });

/** The same letter as an editable Word document (the office's own edits happen there). */
export async function renderLetterDocx(letter: LetterContent, meta: RenderMeta): Promise<Buffer> {
  const lh = meta.letterhead;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ children: [new TextRun({ text: lh.organization, bold: true, size: 28 })] }),
    ...lh.addressLines.map(
      (l) => new Paragraph({ children: [new TextRun({ text: l, size: 18 })] }),
    ),
  ];
  const contact = [lh.phone ? `Phone ${lh.phone}` : null, lh.fax ? `Fax ${lh.fax}` : null]
    .filter(Boolean)
    .join(' · ');
  if (contact)
    children.push(new Paragraph({ children: [new TextRun({ text: contact, size: 18 })] }));
  children.push(
    new Paragraph({ text: meta.date, spacing: { before: 240 } }),
    new Paragraph({ text: letter.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: `Re: ${letter.subject}` }),
  );
  if (!meta.final)
    children.push(
      new Paragraph({
        children: [new TextRun({ text: 'DRAFT — not for submission', bold: true })],
      }),
    );
  for (const s of letter.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }));
    for (const p of s.paragraphs)
      children.push(new Paragraph({ text: p, spacing: { after: 120 } }));
    if (s.key === 'criteria' && letter.criteriaTable.length) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: { style: BorderStyle.SINGLE, size: 4, color: '888888' },
            bottom: { style: BorderStyle.SINGLE, size: 4, color: '888888' },
            left: { style: BorderStyle.SINGLE, size: 4, color: '888888' },
            right: { style: BorderStyle.SINGLE, size: 4, color: '888888' },
            insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '888888' },
            insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '888888' },
          },
          rows: [
            new TableRow({
              tableHeader: true,
              children: ['#', 'Criterion', 'Exhibit and page', 'Record text / explanation'].map(
                (h) => cell(h, true),
              ),
            }),
            ...letter.criteriaTable.map(
              (r) =>
                new TableRow({
                  children: [
                    r.ref,
                    r.criterion,
                    r.cites || '—',
                    r.quote ? `“${r.quote}”` : (r.explanation ?? ''),
                  ].map((t) => cell(t)),
                }),
            ),
          ],
        }),
      );
    }
  }
  children.push(new Paragraph({ text: 'Sincerely,', spacing: { before: 360, after: 480 } }));
  if (lh.signerName)
    children.push(new Paragraph({ children: [new TextRun({ text: lh.signerName, bold: true })] }));
  if (lh.signerTitle) children.push(new Paragraph({ text: lh.signerTitle }));
  children.push(new Paragraph({ text: lh.organization }));
  if (meta.signOff)
    children.push(
      new Paragraph({
        children: [
          new TextRun({
            text: `Signed off by ${meta.signOff.name} on ${meta.signOff.at}`,
            size: 16,
          }),
        ],
      }),
    );

  const doc = new Document({
    creator: 'Claimlane',
    title: letter.title,
    styles: { default: { document: { run: { font: 'Liberation Sans', size: 20 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
