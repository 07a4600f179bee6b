/**
 * Values a hostile or careless client sends. Each is tried in place of one argument (or one field of
 * an input object) while the others keep plausible values, so the hostile value reaches the code
 * that handles that argument instead of being stopped by a neighbour's error.
 */

const combining = (base: string, marks: number) => base + '\ufe0f'.repeat(marks);
const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Text the database cannot store or counts differently from JavaScript. */
export const HOSTILE_STRINGS: readonly unknown[] = [
  '',
  '   ',
  '\t\n ',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  // validator.js's isLength does not count U+FE0F; Postgres char_length does.
  combining('a', 250),
  combining('b'.repeat(190), 60),
  combining('😀', 40),
  combining('a', 4_100),
  'a\ufe0f'.repeat(3_000),
  'a\ufe0f'.repeat(7_000),
  'é'.repeat(300),
  'z'.repeat(5_000),
  'y'.repeat(70_000),
  "'; drop table appeal_cases; --",
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '-1',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  cursor(['not-a-date', 'not-a-uuid']),
  cursor(['2026-02-30T00:00:00Z', '00000000-0000-0000-0000-000000000000']),
  cursor([{ $gt: 1 }, ['x']]),
  cursor([1e308, '00000000-0000-0000-0000-000000000000']),
  cursor(['99999999999999999999999', 'x']),
  '%%%',
  '{"a":',
];

/** Tried on every text argument: the classic ways text breaks a database or a length check. */
export const ALWAYS_STRINGS: readonly unknown[] = [
  '   ',
  'a\u0000b',
  '\ud800',
  combining('a', 4_100),
  combining('b'.repeat(190), 60),
  // validator.js's isLength counts "x\ufe0f" as one character (an emoji presentation sequence);
  // Postgres counts two code points: 70 and 190 pairs pass MaxLength(80…140 / 200…380), not the DB.
  'a\ufe0f'.repeat(70),
  'a\ufe0f'.repeat(190),
];

export const HOSTILE_NUMBERS: readonly unknown[] = [
  -1,
  0,
  2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER,
  1e308,
  1.5,
  -0.0001,
];

/** Wrong types and absent values, for every argument whatever its declared type. */
export const WRONG_TYPES: readonly unknown[] = [null, true, [], {}, 'ten', 42, [null]];

export const HOSTILE_DATES: readonly unknown[] = [
  '2026-02-30',
  '2026-13-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:01Z',
  'yesterday',
  1e20,
];

export const HOSTILE_JSON: readonly unknown[] = [{ a: '\u0000' }, [1, [2, [3]]], 'x', 1e308];
