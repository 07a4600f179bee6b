import { sessionStore, type SessionStore } from './session-store';

export interface UploadedDocument {
  id: string;
  kind: 'denial_letter' | 'remittance_835' | string;
  mime: string;
  sha256: string;
  pages: number | null;
  status: string;
  needsOcr: boolean;
  warnings: string[];
  duplicate: boolean;
  /** The case the upload was attached to (UploadTarget.caseId), else null. */
  caseId: string | null;
  /** The case whose denial letter this document is (after OCR for a scan), else null. */
  letterCaseId: string | null;
}

/** Attach the upload to a case in the same request (so OCR always sees it as case evidence). */
export interface UploadTarget {
  caseId: string;
  /** A case document kind (chart_notes, eob…); the API's default is `other`. */
  kind?: string;
  title?: string;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly reason?: string,
  ) {
    super(message);
  }
}

/**
 * `POST /documents` (multipart `file`) with upload progress, which fetch cannot report; hence XHR.
 * The caller passes a fresh access token (see ensureAccessToken).
 */
export function uploadDocument(
  file: File,
  accessToken: string,
  onProgress: (fraction: number) => void,
  target?: UploadTarget,
  store: SessionStore = sessionStore,
): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/documents');
    xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
    const tenantId = store.get()?.tenantId;
    if (tenantId) xhr.setRequestHeader('x-tenant-id', tenantId);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new UploadError('The upload failed: network error', 0));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Non-JSON error pages fall through to the status message below.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as UploadedDocument);
        return;
      }
      if (xhr.status === 401) store.markExpired();
      reject(restError(body, `The upload failed (HTTP ${xhr.status})`, xhr.status));
    };
    const form = new FormData();
    if (target) {
      form.append('caseId', target.caseId);
      if (target.kind) form.append('kind', target.kind);
      if (target.title) form.append('title', target.title);
    }
    form.append('file', file);
    xhr.send(form);
  });
}

/** REST errors use the GraphQL error shape: { errors: [{ message, extensions: { code, reason } }] }. */
function restError(body: unknown, fallback: string, status: number): UploadError {
  const err = (body as { errors?: Array<{ message?: string; extensions?: { reason?: string } }> })
    ?.errors?.[0];
  return new UploadError(err?.message ?? fallback, status, err?.extensions?.reason);
}

/** `GET /documents/:id`: a stored document's status, and the case opened from it once OCR read it. */
export async function fetchDocument(
  id: string,
  accessToken: string,
  store: SessionStore = sessionStore,
): Promise<UploadedDocument> {
  const headers: Record<string, string> = { authorization: `Bearer ${accessToken}` };
  const tenantId = store.get()?.tenantId;
  if (tenantId) headers['x-tenant-id'] = tenantId;
  const res = await fetch(`/documents/${encodeURIComponent(id)}`, { headers });
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as UploadedDocument;
  if (res.status === 401) store.markExpired();
  throw restError(body, `The document could not be read (HTTP ${res.status})`, res.status);
}
