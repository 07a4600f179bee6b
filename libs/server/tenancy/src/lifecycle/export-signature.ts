import {
  createHash,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/** PKCS#8 DER prefix of an Ed25519 private key (RFC 8410); the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface ExportSigningConfig {
  NODE_ENV: string;
  JWT_SECRET: string;
  TENANT_EXPORT_SIGNING_KEY?: string | undefined;
}

/**
 * Ed25519 rather than an HMAC: whoever receives an export (the clinic, its auditor, the next vendor)
 * can check it with the public key alone, and holding that key does not let them forge one.
 */
export class ExportSigner {
  readonly publicKey: KeyObject;
  /** Short id of the public key, written into the manifest (which key to verify with). */
  readonly keyId: string;

  private constructor(private readonly privateKey: KeyObject) {
    this.publicKey = createPublicKey(privateKey);
    this.keyId = publicKeyId(this.publicKey);
  }

  static fromSeed(seed: Buffer): ExportSigner {
    if (seed.length !== 32) throw new Error('TENANT_EXPORT_SIGNING_KEY must be a 32-byte seed');
    return new ExportSigner(
      createPrivateKey({
        key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
        format: 'der',
        type: 'pkcs8',
      }),
    );
  }

  /** The configured seed; outside production one derived from JWT_SECRET (dev only). */
  static fromConfig(cfg: ExportSigningConfig): ExportSigner {
    if (cfg.TENANT_EXPORT_SIGNING_KEY)
      return ExportSigner.fromSeed(Buffer.from(cfg.TENANT_EXPORT_SIGNING_KEY, 'base64'));
    if (cfg.NODE_ENV === 'production')
      throw new Error('TENANT_EXPORT_SIGNING_KEY must be set in production');
    return ExportSigner.fromSeed(
      Buffer.from(hkdfSync('sha256', cfg.JWT_SECRET, 'claimlane', 'tenant-export-signing', 32)),
    );
  }

  sign(manifest: Buffer): Buffer {
    return sign(null, manifest, this.privateKey);
  }

  /** SPKI PEM: what `claimlane verify-export --public-key` takes. */
  publicKeyPem(): string {
    return this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }
}

export function publicKeyId(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'spki' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** A public key given as SPKI PEM text or base64 of its DER. */
export function parsePublicKey(text: string): KeyObject {
  const t = text.trim();
  if (t.startsWith('-----BEGIN')) return createPublicKey(t);
  return createPublicKey({ key: Buffer.from(t, 'base64'), format: 'der', type: 'spki' });
}

export function verifySignature(manifest: Buffer, signature: Buffer, key: KeyObject): boolean {
  try {
    return verify(null, manifest, key, signature);
  } catch {
    return false;
  }
}
