import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { TenantContext } from '@claimlane/server-db';
import {
  SIGNED_URL_TTL_SECONDS,
  signFileToken,
  signingKey,
  type SignedFileClaims,
  type SignedFileKind,
} from './signed-url';

export interface FileLink {
  url: string;
  expiresAt: Date;
}

/** Short-lived signed download links (HMAC + expiry) for files of the current tenant. */
@Injectable()
export class FileLinksService {
  readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = signingKey(config.JWT_SECRET);
  }

  issue(file: {
    key: string;
    kind: SignedFileKind;
    id: string;
    mime: string;
    name: string;
  }): FileLink {
    const exp = Math.floor(Date.now() / 1000) + SIGNED_URL_TTL_SECONDS;
    const claims: SignedFileClaims = {
      ...file,
      t: TenantContext.tenantId(),
      u: TenantContext.current().userId,
      exp,
    };
    return {
      url: `/api/files/${signFileToken(claims, this.key)}`,
      expiresAt: new Date(exp * 1000),
    };
  }
}
