import { Injectable } from '@nestjs/common';
import { validateBusinessHours } from '@claimlane/domain-record-call';
import { TenantContext } from '@claimlane/server-db';
import { Errors, assertUuid, type RequestAuth } from '@claimlane/server-common';
import { RecordCallsRepository, type PayerPhoneRow } from './record-calls.repository';

export interface NewPayerPhone {
  payerId: string;
  label: string;
  phoneE164: string;
  timeZone: string;
  opens?: string | null;
  closes?: string | null;
  days?: number[] | null;
  state?: string | null;
}

const E164 = /^\+[1-9]\d{7,14}$/;

/** The payer lines a tenant allows calls to: a Record Call dials nothing else. */
@Injectable()
export class PayerPhonesService {
  async add(auth: RequestAuth, input: NewPayerPhone): Promise<PayerPhoneRow> {
    const m = TenantContext.manager();
    const payerId = assertUuid(input.payerId, 'payerId');
    const phone = input.phoneE164.replace(/[\s().-]/g, '');
    if (!E164.test(phone))
      throw Errors.badInput('phoneE164 must be an E.164 number such as +13125550100', {
        field: 'phoneE164',
      });
    const hours = {
      timeZone: input.timeZone,
      opens: input.opens ?? '08:00',
      closes: input.closes ?? '17:00',
      days: input.days ?? [1, 2, 3, 4, 5],
    };
    try {
      validateBusinessHours(hours);
    } catch (e) {
      throw Errors.badInput((e as Error).message, { field: 'hours' });
    }
    const state = input.state?.trim().toUpperCase() || null;
    if (state && !/^[A-Z]{2}$/.test(state))
      throw Errors.badInput('state must be a two-letter US state code', { field: 'state' });
    const label = input.label.trim();
    if (label.length < 1 || label.length > 200)
      throw Errors.badInput('label must be 1-200 characters', { field: 'label' });
    const payers: unknown[] = await m.query(`select 1 from payers where id = $1`, [payerId]);
    if (payers.length === 0) throw Errors.notFound('Payer');
    const row = await RecordCallsRepository.insertPhone(
      m,
      TenantContext.tenantId(),
      { payerId, label, phoneE164: phone, ...hours, days: [...new Set(hours.days)].sort(), state },
      auth.userId,
    );
    if (!row) throw Errors.conflict('That number is already on file for this payer');
    return row;
  }

  list(payerId: string | null): Promise<PayerPhoneRow[]> {
    return RecordCallsRepository.phones(
      TenantContext.manager(),
      payerId ? assertUuid(payerId, 'payerId') : null,
    );
  }

  async setActive(id: string, active: boolean): Promise<PayerPhoneRow> {
    const row = await RecordCallsRepository.setPhoneActive(
      TenantContext.manager(),
      assertUuid(id),
      active,
    );
    if (!row) throw Errors.notFound('Payer phone');
    return row;
  }
}
