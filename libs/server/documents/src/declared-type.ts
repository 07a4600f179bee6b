/** What a file name or a declared mime type claims, in the terms detection works with. */
export type ClaimedKind =
  | { family: 'pdf' }
  | { family: 'image'; mime: string }
  | { family: 'text' }
  | { family: 'x12' }
  | { family: 'other' };

const EXTENSIONS: Record<string, ClaimedKind> = {
  pdf: { family: 'pdf' },
  png: { family: 'image', mime: 'image/png' },
  jpg: { family: 'image', mime: 'image/jpeg' },
  jpeg: { family: 'image', mime: 'image/jpeg' },
  jpe: { family: 'image', mime: 'image/jpeg' },
  tif: { family: 'image', mime: 'image/tiff' },
  tiff: { family: 'image', mime: 'image/tiff' },
  gif: { family: 'image', mime: 'image/gif' },
  webp: { family: 'image', mime: 'image/webp' },
  bmp: { family: 'image', mime: 'image/bmp' },
  heic: { family: 'image', mime: 'image/heic' },
  heif: { family: 'image', mime: 'image/heif' },
  txt: { family: 'text' },
  text: { family: 'text' },
  log: { family: 'text' },
  csv: { family: 'text' },
  md: { family: 'text' },
  '835': { family: 'x12' },
  edi: { family: 'x12' },
  x12: { family: 'x12' },
  era: { family: 'x12' },
  doc: { family: 'other' },
  docx: { family: 'other' },
  xls: { family: 'other' },
  xlsx: { family: 'other' },
  rtf: { family: 'other' },
  htm: { family: 'other' },
  html: { family: 'other' },
  zip: { family: 'other' },
  exe: { family: 'other' },
};

const MIMES: Record<string, ClaimedKind> = {
  'application/pdf': { family: 'pdf' },
  'application/x-pdf': { family: 'pdf' },
  'image/jpg': { family: 'image', mime: 'image/jpeg' },
  'image/pjpeg': { family: 'image', mime: 'image/jpeg' },
  'text/plain': { family: 'text' },
  'text/csv': { family: 'text' },
  'application/edi-x12': { family: 'x12' },
  'application/x12': { family: 'x12' },
  'application/edi': { family: 'x12' },
};

/** Types that say nothing: browsers send them for any extension they do not know. */
const UNINFORMATIVE_MIMES = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/unknown',
]);

/** The lower-cased extension, or null; only short alphanumeric ones, so a name never leaks into a warning. */
export function extensionOf(filename: string | undefined): string | null {
  const match = /\.([a-z0-9]{1,8})$/i.exec(filename ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

export function claimFromExtension(extension: string | null): ClaimedKind | null {
  return extension === null ? null : (EXTENSIONS[extension] ?? null);
}

export function normalizeMime(mime: string | undefined): string {
  return (mime ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function claimFromMime(mime: string | undefined): ClaimedKind | null {
  const normalized = normalizeMime(mime);
  if (UNINFORMATIVE_MIMES.has(normalized)) return null;
  const known = MIMES[normalized];
  if (known) return known;
  if (normalized.startsWith('image/')) return { family: 'image', mime: normalized };
  if (normalized.startsWith('text/') && normalized !== 'text/html') return { family: 'text' };
  return { family: 'other' };
}

/** What the detected content is, in the same terms as a claim. */
export interface DetectedKind {
  family: 'pdf' | 'image' | 'text' | 'x12';
  mime: string;
  label: string;
}

export function claimAgrees(claim: ClaimedKind, detected: DetectedKind): boolean {
  if (claim.family !== detected.family) return false;
  return claim.family !== 'image' || claim.mime === detected.mime;
}

/** Printable and short, so a client cannot smuggle content or control characters into a warning. */
function quoteMime(mime: string): string {
  const printable = normalizeMime(mime).replace(/[^\x21-\x7e]/g, '?');
  return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable;
}

/** Warnings for a file name or declared type that disagrees with what the bytes are. */
export function declaredTypeWarnings(
  filename: string | undefined,
  declaredMime: string | undefined,
  detected: DetectedKind,
): string[] {
  const warnings: string[] = [];
  const extension = extensionOf(filename);
  const fromExtension = claimFromExtension(extension);
  if (fromExtension && !claimAgrees(fromExtension, detected)) {
    warnings.push(
      `The file name ends in .${extension} but the content was detected as ${detected.label}; the detected type was used.`,
    );
  }
  const fromMime = claimFromMime(declaredMime);
  // No mime type is registered for 835 files, so clients label them text/plain; that is not a conflict.
  const x12AsText = fromMime?.family === 'text' && detected.family === 'x12';
  if (fromMime && !x12AsText && !claimAgrees(fromMime, detected)) {
    warnings.push(
      `The declared type ${quoteMime(declaredMime ?? '')} does not match the content, detected as ${detected.label}; the detected type was used.`,
    );
  }
  return warnings;
}

/** Tie-break: the uploader said this is a remittance. */
export function claimsX12(filename: string | undefined, declaredMime: string | undefined): boolean {
  return (
    claimFromExtension(extensionOf(filename))?.family === 'x12' ||
    claimFromMime(declaredMime)?.family === 'x12'
  );
}
