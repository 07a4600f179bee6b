/** A payer line's calling window in its own time zone (IANA name). Days: 1 = Monday … 7 = Sunday. */
export interface BusinessHours {
  timeZone: string;
  /** "HH:MM", 24-hour; `closes` may be "24:00" (end of day). */
  opens: string;
  closes: string;
  days: number[];
}

const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function minutesOf(hhmm: string): number {
  if (hhmm === '24:00') return 24 * 60;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`not an HH:MM time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Throws a RangeError naming the bad field; used before a payer line is stored. */
export function validateBusinessHours(h: BusinessHours): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: h.timeZone });
  } catch {
    throw new RangeError(`unknown time zone: ${h.timeZone}`);
  }
  if (minutesOf(h.opens) >= minutesOf(h.closes))
    throw new RangeError('opens must be before closes');
  if (h.days.length === 0 || h.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw new RangeError('days must be 1 (Monday) … 7 (Sunday)');
}

function localClock(at: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: WEEKDAY[get('weekday')] ?? 0,
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

export function isWithinBusinessHours(at: Date, h: BusinessHours): boolean {
  const { day, minutes } = localClock(at, h.timeZone);
  return h.days.includes(day) && minutes >= minutesOf(h.opens) && minutes < minutesOf(h.closes);
}

/**
 * The next instant (minute precision) the line is open, `at` itself when open now. Walks minutes in
 * 15-minute steps then refines, so DST changes in the payer's zone need no special casing.
 */
export function nextOpening(at: Date, h: BusinessHours): Date {
  if (isWithinBusinessHours(at, h)) return at;
  const step = 15 * 60_000;
  const start = Math.ceil(at.getTime() / 60_000) * 60_000;
  for (let t = start; t < start + 8 * 24 * 3600_000; t += step) {
    if (isWithinBusinessHours(new Date(t), h)) {
      // Refine to the first open minute inside the last step.
      for (let u = Math.max(start, t - step + 60_000); u <= t; u += 60_000)
        if (isWithinBusinessHours(new Date(u), h)) return new Date(u);
      return new Date(t);
    }
  }
  throw new RangeError('the line is never open');
}
