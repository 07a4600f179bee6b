import { Injectable } from '@nestjs/common';
import { TenantContext } from '@claimlane/server-db';
import { one } from '@claimlane/server-evidence';
import { DEFAULT_LETTERHEAD, type Letterhead } from './render/letterhead';

/** Per-tenant letterhead and signature block. */
@Injectable()
export class LetterSettingsService {
  async get(): Promise<Letterhead> {
    const row = await one<Letterhead>(
      `select organization, address_lines as "addressLines", phone, fax, signer_name as "signerName", signer_title as "signerTitle"
       from letter_settings`,
    );
    if (row) return row;
    const tenant = await one<{ name: string }>(`select name from tenants where id = $1`, [
      TenantContext.tenantId(),
    ]);
    return { ...DEFAULT_LETTERHEAD, organization: tenant?.name ?? DEFAULT_LETTERHEAD.organization };
  }

  async update(input: Letterhead): Promise<Letterhead> {
    await one(
      `insert into letter_settings (tenant_id, organization, address_lines, phone, fax, signer_name, signer_title)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (tenant_id) do update set organization = excluded.organization, address_lines = excluded.address_lines,
         phone = excluded.phone, fax = excluded.fax, signer_name = excluded.signer_name, signer_title = excluded.signer_title,
         updated_at = now()`,
      [
        TenantContext.tenantId(),
        input.organization.trim(),
        input.addressLines.map((l) => l.trim()).filter(Boolean),
        input.phone?.trim() || null,
        input.fax?.trim() || null,
        input.signerName?.trim() || null,
        input.signerTitle?.trim() || null,
      ],
    );
    return this.get();
  }
}
