/** Powers of ten up to 1e15: every one is exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** Beyond 15 digits the mantissa may not be an exact integer double; let Number() round instead. */
const MAX_EXACT_DIGITS = 15;

/**
 * Reads an X12 `R` (decimal) value: optional minus, digits, optional decimal point; no exponent, no
 * grouping. Returns NaN when the text is empty or not such a value. Scans characters instead of running
 * a regex and Number() because it is called for every amount of every claim; dividing the integer
 * mantissa by an exact power of ten is correctly rounded, so results equal Number(text).
 */
export function parseDecimalRange(text: string, start: number, end: number): number {
  let position = start;
  let negative = false;
  if (position < end && text.charCodeAt(position) === 45) {
    negative = true;
    position++;
  }
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = 0;
  let seenPoint = false;
  for (; position < end; position++) {
    const c = text.charCodeAt(position);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (seenPoint) fractionDigits++;
    } else if (c === 46 && !seenPoint) {
      seenPoint = true;
    } else {
      return Number.NaN;
    }
  }
  if (digits === 0) return Number.NaN;
  if (digits > MAX_EXACT_DIGITS) return Number(text.slice(start, end));
  const value =
    fractionDigits === 0 ? mantissa : mantissa / (POWERS_OF_TEN[fractionDigits] as number);
  return negative && value !== 0 ? -value : value;
}

export function parseDecimal(text: string): number {
  return parseDecimalRange(text, 0, text.length);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** CCYYMMDD to ISO `YYYY-MM-DD`; undefined when it is not a real calendar date. */
export function parseDate8(text: string): string | undefined {
  if (text.length !== 8) return undefined;
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    value = value * 10 + (c - 48);
  }
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const maxDay = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > maxDay) return undefined;
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** ISA09 is YYMMDD; the X12 convention reads years 00-49 as 20xx (interchange dates are recent). */
export function parseDate6(text: string): string | undefined {
  if (text.length !== 6) return undefined;
  const yy = Number(text.slice(0, 2));
  if (Number.isNaN(yy)) return undefined;
  return parseDate8((yy < 50 ? '20' : '19') + text);
}

/** Rounds to cents: sums of X12 amounts must compare exactly, and binary floats drift. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}
