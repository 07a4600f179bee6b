import {
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFDocument,
  type PDFRef,
} from '@cantoo/pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 0-based page index in the document. */
  pageIndex: number;
}

/**
 * Writes a flat document outline (bookmarks), one entry per part: pdf-lib has no outline API, so
 * the dictionaries are built by hand (PDF 32000-1 §12.3.3): /Outlines with /First, /Last, /Count,
 * and items linked with /Parent, /Prev, /Next, each with a /Dest [page /Fit].
 */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();
  const itemRefs: PDFRef[] = entries.map(() => ctx.nextRef());
  entries.forEach((e, i) => {
    const page = pages[e.pageIndex];
    if (!page) throw new RangeError(`Outline entry "${e.title}" points past the last page`);
    const item = ctx.obj({}) as PDFDict;
    item.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
    item.set(PDFName.of('Parent'), rootRef);
    if (i > 0) item.set(PDFName.of('Prev'), itemRefs[i - 1]!);
    if (i < entries.length - 1) item.set(PDFName.of('Next'), itemRefs[i + 1]!);
    item.set(PDFName.of('Dest'), ctx.obj([page.ref, PDFName.of('Fit')]));
    ctx.assign(itemRefs[i]!, item);
  });
  const root = ctx.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), itemRefs[0]!);
  root.set(PDFName.of('Last'), itemRefs[itemRefs.length - 1]!);
  root.set(PDFName.of('Count'), PDFNumber.of(entries.length));
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
