import { dirname, join } from 'node:path';

// Test helper: reads generated PDFs back with pdfjs-dist (the parser the upload path uses).
const importPdfJs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

export interface ReadBack {
  pages: string[];
  outline: string[];
  attachments: Record<string, Uint8Array>;
  annotationsPerPage: number[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadBack> {
  const lib = await importPdfJs();
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const doc = await lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    cMapUrl: join(root, 'cmaps') + '/',
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  const annotationsPerPage: number[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
    annotationsPerPage.push((await page.getAnnotations()).length);
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  const raw = (await doc.getAttachments()) as Record<
    string,
    { filename: string; content: Uint8Array }
  > | null;
  const attachments: Record<string, Uint8Array> = {};
  for (const a of Object.values(raw ?? {})) attachments[a.filename] = a.content;
  await doc.destroy();
  return { pages, outline, attachments, annotationsPerPage };
}
