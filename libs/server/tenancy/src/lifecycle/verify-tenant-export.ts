import { createHash, type KeyObject } from 'node:crypto';
import type { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import {
  EXPORT_FORMAT,
  MANIFEST_PATH,
  SIGNATURE_PATH,
  type ExportManifest,
} from './export-manifest';
import { publicKeyId, verifySignature } from './export-signature';

export interface ExportVerification {
  ok: boolean;
  /** What is wrong, one line each (file names and hashes only, never content). */
  problems: string[];
  manifest: ExportManifest | null;
}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/**
 * Checks an export archive as it streams past: the manifest's Ed25519 signature, then every file's
 * size and SHA-256 against the manifest, and that no file is missing or added. Hashes files as they
 * stream, so archives of any size verify in constant memory.
 */
export async function verifyTenantExport(
  archive: Readable,
  publicKey: KeyObject,
): Promise<ExportVerification> {
  const problems: string[] = [];
  const seen = new Map<string, { size: number; sha256: string }>();
  let manifestBytes: Buffer | null = null;
  let signature: Buffer | null = null;
  const tar = extract();
  archive.on('error', (e) => tar.destroy(e));
  archive.pipe(tar);
  try {
    for await (const entry of tar) {
      const name = entry.header.name;
      if (name === MANIFEST_PATH || name === SIGNATURE_PATH) {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const c of entry) {
          size += c.length;
          if (size > MAX_MANIFEST_BYTES) throw new Error('manifest too large');
          chunks.push(c);
        }
        if (name === MANIFEST_PATH) manifestBytes = Buffer.concat(chunks);
        else signature = Buffer.from(Buffer.concat(chunks).toString('utf8').trim(), 'base64');
        continue;
      }
      const hash = createHash('sha256');
      let size = 0;
      for await (const c of entry) {
        hash.update(c);
        size += c.length;
      }
      if (seen.has(name)) problems.push(`${name}: appears twice`);
      seen.set(name, { size, sha256: hash.digest('hex') });
    }
  } catch (e) {
    problems.push(`not a readable tar archive (${(e as Error).message})`);
    return { ok: false, problems, manifest: null };
  }
  if (!manifestBytes || !signature) {
    problems.push(`${MANIFEST_PATH} or ${SIGNATURE_PATH} is missing`);
    return { ok: false, problems, manifest: null };
  }
  if (!verifySignature(manifestBytes, signature, publicKey))
    problems.push(`${SIGNATURE_PATH}: the signature does not match ${MANIFEST_PATH} and this key`);
  let manifest: ExportManifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as ExportManifest;
  } catch {
    problems.push(`${MANIFEST_PATH} is not JSON`);
    return { ok: false, problems, manifest: null };
  }
  if (manifest.format !== EXPORT_FORMAT || !Array.isArray(manifest.files))
    problems.push(`${MANIFEST_PATH} is not a Claimlane tenant export manifest`);
  if (manifest.signingKeyId !== publicKeyId(publicKey))
    problems.push(`signed with key ${manifest.signingKeyId}, not with the key given`);
  const listed = new Set<string>();
  for (const f of manifest.files ?? []) {
    listed.add(f.path);
    const got = seen.get(f.path);
    if (!got) problems.push(`${f.path}: listed in the manifest but missing`);
    else if (got.size !== f.size || got.sha256 !== f.sha256)
      problems.push(`${f.path}: content differs from the manifest (SHA-256 ${got.sha256})`);
  }
  for (const name of seen.keys())
    if (!listed.has(name)) problems.push(`${name}: in the archive but not in the manifest`);
  return { ok: problems.length === 0, problems, manifest };
}
