import { sessionStore, type SessionStore } from './session-store';

export interface UploadedDocument {
  id: string;
  kind: 'denial_letter' | 'remittance_835' | string;
  mime: string;
  pages: number | null;
  status: string;
  needsOcr: boolean;
  warnings: string[];
  duplicate: boolean;
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
      // REST errors use the GraphQL error shape: { errors: [{ message, extensions: { code, reason } }] }.
      const err = (
        body as { errors?: Array<{ message?: string; extensions?: { reason?: string } }> }
      )?.errors?.[0];
      if (xhr.status === 401) store.markExpired();
      reject(
        new UploadError(
          err?.message ?? `The upload failed (HTTP ${xhr.status})`,
          xhr.status,
          err?.extensions?.reason,
        ),
      );
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
