import { describe, expect, it } from 'vitest';
import { checkDenialDates } from './denial-dates';
import { checkHappenedDate } from './event-dates';
import { localDay } from './tenant-time-zone';

// 00:30 UTC on 2 December is still 1 December in New York: the hours where UTC's date is wrong.
const now = new Date('2026-12-02T00:30:00Z');
const eastern = 'America/New_York';

describe('checkDenialDates', () => {
  it('refuses a notice dated UTC today when the clinic is still on the day before', () => {
    const today = localDay(now, eastern);
    expect(today).toBe('2026-12-01');
    expect(checkDenialDates({ noticeDate: '2026-12-02' }, today)).toMatchObject({
      reason: 'DATE_IN_FUTURE',
      field: 'noticeDate',
    });
    expect(checkDenialDates({ noticeDate: '2026-12-01' }, today)).toBeNull();
  });

  it('accepts the clinic-local day where the clinic is ahead of UTC', () => {
    const today = localDay(now, 'Pacific/Kiritimati');
    expect(today).toBe('2026-12-02');
    expect(
      checkDenialDates({ noticeDate: '2026-12-02', receivedDate: '2026-12-02' }, today),
    ).toBeNull();
  });

  it('refuses a receipt in the future or before the notice', () => {
    expect(checkDenialDates({ receivedDate: '2026-12-05' }, '2026-12-01')?.field).toBe(
      'receivedDate',
    );
    expect(
      checkDenialDates({ noticeDate: '2026-11-20', receivedDate: '2026-11-19' }, '2026-12-01'),
    ).toMatchObject({ reason: 'DATE_BEFORE_DENIAL', field: 'receivedDate' });
  });

  it('wants a notice after the care, except for prior authorization and concurrent review', () => {
    const dates = { noticeDate: '2026-11-01', serviceDate: '2026-11-15' };
    expect(checkDenialDates({ ...dates, serviceType: 'post_service' }, '2026-12-01')).toMatchObject(
      { reason: 'DATE_BEFORE_SERVICE', field: 'noticeDate' },
    );
    expect(checkDenialDates({ ...dates, serviceType: 'pre_service' }, '2026-12-01')).toBeNull();
    expect(checkDenialDates({ ...dates, serviceType: 'concurrent' }, '2026-12-01')).toBeNull();
    expect(checkDenialDates({ ...dates, serviceType: null }, '2026-12-01')?.reason).toBe(
      'DATE_BEFORE_SERVICE',
    );
  });

  it('a case opened with a valid notice accepts an event dated today in the same zone', () => {
    const noticeDate = localDay(now, eastern);
    expect(checkDenialDates({ noticeDate }, localDay(now, eastern))).toBeNull();
    expect(
      checkHappenedDate('at', now.toISOString(), { now, noticeDate, timeZone: eastern }),
    ).toBeNull();
  });
});
