/** Names inside a tenant export archive (docs: libs/server/tenancy/README or `verify-export`). */
export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';
export const EXPORT_FORMAT = 'claimlane-tenant-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_FORMAT_VERSION;
  tenantId: string;
  exportedAt: string;
  /** The user the download link was issued to. */
  exportedBy: string | null;
  /** Which Ed25519 public key signed `manifest.json` (its SHA-256, first 16 hex digits). */
  signingKeyId: string;
  /** Rows per table (NDJSON files under `tables/<table>/`). */
  rowCounts: Record<string, number>;
  /** Every other file of the archive with its size and SHA-256, in archive order. */
  files: ManifestFile[];
}
