/** X12 `R` (decimal) values: optional minus, digits, optional decimal point. No exponent, no grouping. */
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)$/;

/** Returns the number, or NaN when the text is not an X12 decimal. Empty text is the caller's concern. */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** CCYYMMDD to ISO `YYYY-MM-DD`; undefined when it is not a real calendar date. */
export function parseDate8(text: string): string | undefined {
  if (text.length !== 8) return undefined;
  for (let i = 0; i < 8; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
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
