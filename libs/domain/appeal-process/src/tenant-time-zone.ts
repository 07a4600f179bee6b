/**
 * Date deadlines are days, not instants: "file by 2026-09-14" ends at 23:59:59 on that day where the
 * clinic is. Each tenant carries an IANA zone; these helpers turn days into instants and back with
 * Intl (DST-correct, no tz database of our own).
 */

export const DEFAULT_TIME_ZONE = 'America/New_York';

// The zone most of a state's population lives in; states split across zones take the larger part.
const STATE_ZONES: Record<string, string> = {
  AK: 'America/Anchorage',
  AL: 'America/Chicago',
  AR: 'America/Chicago',
  AZ: 'America/Phoenix',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  HI: 'Pacific/Honolulu',
  IA: 'America/Chicago',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  KS: 'America/Chicago',
  LA: 'America/Chicago',
  MN: 'America/Chicago',
  MO: 'America/Chicago',
  MS: 'America/Chicago',
  MT: 'America/Denver',
  ND: 'America/Chicago',
  NE: 'America/Chicago',
  NM: 'America/Denver',
  NV: 'America/Los_Angeles',
  OK: 'America/Chicago',
  OR: 'America/Los_Angeles',
  SD: 'America/Chicago',
  TN: 'America/Chicago',
  TX: 'America/Chicago',
  UT: 'America/Denver',
  WA: 'America/Los_Angeles',
  WI: 'America/Chicago',
  WY: 'America/Denver',
  PR: 'America/Puerto_Rico',
  GU: 'Pacific/Guam',
};

/** The zone for a clinic in `state` (two-letter code); US Eastern when unknown or Eastern. */
export function timeZoneForState(state: string | null | undefined): string {
  return (state && STATE_ZONES[state.trim().toUpperCase()]) || DEFAULT_TIME_ZONE;
}

export function isValidTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
function fmt(zone: string): Intl.DateTimeFormat {
  let f = partsCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(zone, f);
  }
  return f;
}

/** Wall-clock fields of `instant` in `zone`. */
function wall(instant: Date, zone: string) {
  const p = Object.fromEntries(
    fmt(zone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return {
    y: Number(p['year']),
    m: Number(p['month']),
    d: Number(p['day']),
    h: Number(p['hour']),
    min: Number(p['minute']),
    s: Number(p['second']),
  };
}

/** Offset of `zone` from UTC at `instant`, in ms (negative west of Greenwich). */
function offsetMs(instant: Date, zone: string): number {
  const w = wall(instant, zone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** 23:59:59 on `day` (YYYY-MM-DD) in `zone`, as an instant; DST-correct on both change days. */
export function endOfDayIn(day: string, zone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wallUtc = Date.UTC(y, m - 1, d, 23, 59, 59);
  // Guess with the offset at the wall time, then correct once with the offset at the guess.
  let t = wallUtc - offsetMs(new Date(wallUtc), zone);
  t = wallUtc - offsetMs(new Date(t), zone);
  return new Date(t);
}

/** The calendar day `instant` falls on in `zone` (YYYY-MM-DD). */
export function localDay(instant: Date, zone: string): string {
  const w = wall(instant, zone);
  return `${String(w.y).padStart(4, '0')}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/**
 * How a deadline reads in e-mails and screens: a date deadline as its date ("Monday, September 14,
 * 2026"), an hour clock as a local time with the zone's abbreviation.
 */
export function formatDue(dueText: string | null, dueAt: Date, zone: string): string {
  if (dueText && /^\d{4}-\d{2}-\d{2}$/.test(dueText)) {
    const [y, m, d] = dueText.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat('en-US', {
      timeZone: 'UTC',
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(new Date(Date.UTC(y, m - 1, d, 12)));
  }
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(dueAt);
}

/**
 * `instant` written with the zone's offset ("2026-09-13T22:00:00-04:00"): the deadline engine counts
 * hour clocks from the instant and day clocks from the date part, which is then the local day.
 */
export function localIsoWithOffset(instant: Date, zone: string): string {
  const off = Math.round(offsetMs(instant, zone) / 60_000);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + off * 60_000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}
