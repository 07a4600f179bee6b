// Hour clocks (72-hour urgent decisions) run on instants. The result keeps the offset the input was
// written in, so a clinic in Chicago sees "…T10:15:00-06:00" rather than a UTC conversion.

import { utcMidnightMs } from './iso-date';

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

export interface ParsedInstant {
  epochMs: number;
  /** Minutes east of UTC that the input was written in. */
  offsetMinutes: number;
  /** False when the input had no offset (or was a bare date) and UTC was assumed. */
  offsetGiven: boolean;
  /** False when the input was a bare date and 00:00 was assumed. */
  timeGiven: boolean;
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const [h, m] = text.slice(1).split(':').map(Number) as [number, number];
  return sign * (h * 60 + m);
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** UTC midnight of a `YYYY-MM-DD` whose shape is already checked, or null for no such day. */
function dayMs(date: string): number | null {
  return utcMidnightMs(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

export function parseInstant(value: string): ParsedInstant | null {
  if (BARE_DATE.test(value)) {
    const ms = dayMs(value);
    if (ms === null) return null;
    return { epochMs: ms, offsetMinutes: 0, offsetGiven: false, timeGiven: false };
  }
  const m = DATE_TIME.exec(value);
  if (!m || m[1] === undefined) return null;
  const [hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4] ?? '0')];
  if (hh > 23 || mm > 59 || ss > 59) return null;
  const dateMs = dayMs(m[1]);
  if (dateMs === null) return null;
  const offsetMinutes = m[5] === undefined ? 0 : parseOffset(m[5]);
  const epochMs = dateMs + ((hh * 60 + mm) * 60 + ss) * 1000 - offsetMinutes * 60_000;
  return { epochMs, offsetMinutes, offsetGiven: m[5] !== undefined, timeGiven: true };
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DDTHH:mm:ss` followed by `Z` or `±HH:MM`. */
export function formatInstant(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Exact elapsed hours (DST cannot shift a fixed-offset instant). */
export function addHours(value: string, hours: number): string {
  const p = parseInstant(value);
  if (p === null) throw new RangeError(`not an ISO date or date-time: ${JSON.stringify(value)}`);
  return formatInstant(p.epochMs + hours * 3_600_000, p.offsetMinutes);
}

/** The calendar date as written (the local date of a date-time, in its own offset). */
export function datePart(value: string): string | null {
  // A bare date is its own date part once it is a real day.
  if (BARE_DATE.test(value)) return dayMs(value) === null ? null : value;
  const p = parseInstant(value);
  return p === null ? null : formatInstant(p.epochMs, p.offsetMinutes).slice(0, 10);
}
