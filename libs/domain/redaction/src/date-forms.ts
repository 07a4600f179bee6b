const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ORD = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

/** Any written date: 4/19/1971, 04-19-71, 1971-04-19, April 19, 1971, 19 April 1971, the 19th of April 1971. */
export const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\d{4}-\d{2}-\d{2}\b|${MONTH} ${ORD},? \d{4}\b|(?:the )?${ORD} (?:of )?${MONTH},? \d{4}\b)`;

/** Regex source matching the given ISO date in the written forms people say and type. */
export function dateVariants(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  const name = MONTHS[mo - 1];
  if (!name || d < 1 || d > 31) return null;
  const yy = y.slice(2);
  const mm = `0?${mo}`;
  const dd = `0?${d}`;
  const monthWord = `(?:${name}|${name.slice(0, 3)}\\.?)`;
  const ord = `${d}(?:st|nd|rd|th)?`;
  return [
    `\\b${mm}[/.-]${dd}[/.-](?:${y}|${yy})\\b`,
    `\\b${y}-0?${mo}-0?${d}\\b`,
    `\\b${monthWord} ${ord},? ${y}\\b`,
    `\\b(?:the )?${ord} (?:of )?${monthWord},? ${y}\\b`,
  ].join('|');
}
