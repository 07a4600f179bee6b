export interface Generate835Options {
  claims: number;
  /** Share of claims fully denied (CLP02 = 4), 0..1. Default 0.1. */
  deniedRatio?: number;
  /** Same seed, same output. Default 1. */
  seed?: number;
  /** Payer name in N1*PR. */
  payer?: string;
  /** Claims per ST/SE transaction (large files are split like real payers split them). Default 5000. */
  claimsPerTransaction?: number;
  /** Put a line break after each segment terminator, as many payers do. Default true. */
  lineBreaks?: boolean;
}

/** Of the claims not fully denied, the share with one line denied (CO-50 / CO-197). */
const PARTLY_DENIED_SHARE = 0.25;
const SECONDARY_SHARE = 0.08;
const FORWARDED_SHARE = 0.04;
const PLB_SHARE = 0.3;

const PROCEDURES = [
  '99213',
  '99214',
  '99203',
  '80053',
  '85025',
  '93000',
  '71046',
  '97110',
  '36415',
];
const MODIFIERS = ['25', '59', 'RT', 'LT', 'GP'];
const FILING_INDICATORS = ['12', '14', '16', 'BL', 'CI', 'HM', 'MB', 'MC'];
const LAST_NAMES = ['SMITH', 'JOHNSON', 'GARCIA', 'NGUYEN', 'PATEL', 'MÜLLER', 'BROWN', 'LOPEZ'];
const FIRST_NAMES = ['ANA', 'JAMES', 'MARIA', 'WEI', 'PRIYA', 'JOSÉ', 'EMMA', 'NOAH', 'FATIMA'];
const DENIALS: readonly { carc: string; remark: string }[] = [
  { carc: '50', remark: 'N115' },
  { carc: '197', remark: 'N54' },
  { carc: '16', remark: 'M51' },
];
const BASE_DAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded. */
function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Cents to an X12 decimal; integer cents keep every total exact. */
function money(cents: number): string {
  const abs = Math.abs(cents);
  const fraction = abs % 100;
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${fraction < 10 ? '0' : ''}${fraction}`;
}

const dateCache: string[] = [];

/** Dates repeat (a year and a bit of offsets), so each is formatted once. */
function date8(dayOffset: number): string {
  let text = dateCache[dayOffset];
  if (text === undefined) {
    const iso = new Date(BASE_DAY + dayOffset * DAY_MS).toISOString();
    text = iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
    dateCache[dayOffset] = text;
  }
  return text;
}

/** Joins elements and drops trailing empty ones, which X12 forbids. */
function seg(...elements: string[]): string {
  let end = elements.length;
  while (end > 1 && elements[end - 1] === '') end--;
  return (end === elements.length ? elements : elements.slice(0, end)).join('*');
}

interface GeneratedClaim {
  segments: string[];
  paidCents: number;
  claimId: string;
}

function generateClaim(random: Random, index: number, deniedRatio: number): GeneratedClaim {
  const claimId = `CLM${String(index + 1).padStart(8, '0')}`;
  const fullyDenied = random() < deniedRatio;
  const partlyDenied = !fullyDenied && random() < PARTLY_DENIED_SHARE;
  const statusRoll = random();
  const status = fullyDenied
    ? '4'
    : statusRoll < SECONDARY_SHARE
      ? '2'
      : statusRoll < SECONDARY_SHARE + FORWARDED_SHARE
        ? '19'
        : '1';
  const lineCount = intBetween(random, 1, 4);
  const deniedLine = partlyDenied ? intBetween(random, 0, lineCount - 1) : -1;
  const serviceDay = intBetween(random, 0, 364);
  const lines: string[] = [];
  let charge = 0;
  let linePaid = 0;
  let patient = 0;
  for (let i = 0; i < lineCount; i++) {
    const procedure = pick(random, PROCEDURES);
    const modifier = random() < 0.2 ? `:${pick(random, MODIFIERS)}` : '';
    const units = random() < 0.8 ? 1 : intBetween(random, 2, 4);
    const lineCharge = intBetween(random, 40_00, 900_00) * units;
    charge += lineCharge;
    const adjustments: string[] = [];
    let paid = 0;
    let allowed = 0;
    let remark: string | undefined;
    if (fullyDenied || i === deniedLine) {
      const denial = fullyDenied ? pick(random, DENIALS) : pick(random, DENIALS.slice(0, 2));
      adjustments.push(seg('CAS', 'CO', denial.carc, money(lineCharge)));
      remark = denial.remark;
    } else {
      allowed = Math.round(lineCharge * (0.45 + random() * 0.45));
      if (allowed < lineCharge)
        adjustments.push(seg('CAS', 'CO', '45', money(lineCharge - allowed)));
      const deductible = random() < 0.3 ? Math.floor(allowed * random() * 0.5) : 0;
      const coinsurance = Math.floor((allowed - deductible) * 0.2);
      if (deductible > 0 && coinsurance > 0) {
        adjustments.push(seg('CAS', 'PR', '1', money(deductible), '', '2', money(coinsurance)));
      } else if (coinsurance > 0) {
        adjustments.push(seg('CAS', 'PR', '2', money(coinsurance)));
      }
      patient += deductible + coinsurance;
      paid = allowed - deductible - coinsurance;
    }
    linePaid += paid;
    lines.push(
      seg(
        'SVC',
        `HC:${procedure}${modifier}`,
        money(lineCharge),
        money(paid),
        '',
        units === 1 ? '' : String(units),
      ),
      seg('DTM', '472', date8(serviceDay + i)),
      ...adjustments,
      seg('REF', '6R', `${claimId}-${i + 1}`),
    );
    if (allowed > 0) lines.push(seg('AMT', 'B6', money(allowed)));
    if (remark !== undefined) lines.push(seg('LQ', 'HE', remark));
  }
  // A secondary payer pays after the primary: the primary's payment is a claim-level OA-23.
  const priorPayer = status === '2' ? Math.floor(linePaid * 0.5) : 0;
  const paid = linePaid - priorPayer;
  const segments = [
    seg(
      'CLP',
      claimId,
      status,
      money(charge),
      money(paid),
      patient > 0 ? money(patient) : '',
      pick(random, FILING_INDICATORS),
      String(intBetween(random, 10_000_000, 99_999_999)) + String(index).padStart(6, '0'),
      '11',
      '1',
    ),
  ];
  if (priorPayer > 0) segments.push(seg('CAS', 'OA', '23', money(priorPayer)));
  segments.push(
    seg(
      'NM1',
      'QC',
      '1',
      pick(random, LAST_NAMES),
      pick(random, FIRST_NAMES),
      '',
      '',
      '',
      'MI',
      `M${intBetween(random, 1_000_000, 9_999_999)}`,
    ),
  );
  if (random() < 0.5) {
    segments.push(
      seg(
        'NM1',
        '82',
        '1',
        pick(random, LAST_NAMES),
        pick(random, FIRST_NAMES),
        '',
        '',
        '',
        'XX',
        '1234567893',
      ),
    );
  }
  if (!fullyDenied && random() < 0.2) segments.push(seg('MOA', '', '', 'MA01'));
  segments.push(seg('DTM', '050', date8(serviceDay + intBetween(random, 5, 30))));
  for (const line of lines) segments.push(line);
  return { segments, paidCents: paid, claimId };
}

function isaSegment(controlNumber: string): string {
  return seg(
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    'ZZ',
    'CLAIMLANEPAYER'.padEnd(15),
    'ZZ',
    'CLAIMLANECLINIC'.padEnd(15),
    '240301',
    '1200',
    '^',
    '00501',
    controlNumber,
    '0',
    'T',
    ':',
  );
}

/**
 * Yields a valid 005010X221A1 835 piece by piece (envelope, then one transaction at a time), so a
 * caller can write a very large file without holding it in memory.
 */
export function* generate835Chunks(
  options: Generate835Options,
): Generator<string, void, undefined> {
  const { claims, deniedRatio = 0.1, seed = 1, payer = 'CLAIMLANE TEST PAYER' } = options;
  const perTransaction = options.claimsPerTransaction ?? 5000;
  if (!Number.isInteger(claims) || claims < 0)
    throw new RangeError('claims must be a whole number ≥ 0');
  if (!(deniedRatio >= 0 && deniedRatio <= 1))
    throw new RangeError('deniedRatio must be within 0..1');
  if (!Number.isInteger(perTransaction) || perTransaction < 1) {
    throw new RangeError('claimsPerTransaction must be a whole number ≥ 1');
  }
  const terminator = options.lineBreaks === false ? '~' : '~\n';
  const random = seededRandom(seed);
  const interchangeControl = String(seed % 1_000_000_000).padStart(9, '0');
  const transactionCount = Math.max(1, Math.ceil(claims / perTransaction));
  yield (
    [
      isaSegment(interchangeControl),
      seg(
        'GS',
        'HP',
        'CLAIMLANEPAYER',
        'CLAIMLANECLINIC',
        '20240301',
        '1200',
        '1',
        'X',
        '005010X221A1',
      ),
    ].join(terminator) + terminator
  );

  for (let t = 0; t < transactionCount; t++) {
    const first = t * perTransaction;
    const last = Math.min(claims, first + perTransaction);
    const body: string[] = [];
    let paid = 0;
    const claimIds: string[] = [];
    for (let i = first; i < last; i++) {
      const claim = generateClaim(random, i, deniedRatio);
      body.push(seg('LX', String(i - first + 1)));
      for (const s of claim.segments) body.push(s);
      paid += claim.paidCents;
      claimIds.push(claim.claimId);
    }
    const adjustments: string[] = [];
    let adjusted = 0;
    if (claimIds.length > 0 && random() < PLB_SHARE) {
      // Interest (L6) is negative and adds to the payment; a write-off (WO) withholds from it.
      const interest = -intBetween(random, 50, 500);
      const writeOff = Math.min(paid, intBetween(random, 100, 5000));
      adjustments.push(
        seg(
          'PLB',
          '1234567893',
          '20241231',
          'L6',
          money(interest),
          `WO:${pick(random, claimIds)}`,
          money(writeOff),
        ),
      );
      adjusted = interest + writeOff;
    }
    const amount = paid - adjusted;
    const controlNumber = String(t + 1).padStart(4, '0');
    const trace = `${interchangeControl}${controlNumber}`;
    const header = [
      seg('ST', '835', controlNumber, '005010X221A1'),
      amount > 0
        ? seg(
            'BPR',
            'I',
            money(amount),
            'C',
            'ACH',
            'CCP',
            '01',
            '011000015',
            'DA',
            '123456789',
            '1512345678',
            '',
            '01',
            '021000021',
            'DA',
            '987654321',
            '20240305',
          )
        : seg(
            'BPR',
            'H',
            money(amount),
            'C',
            'NON',
            '',
            '',
            '',
            '',
            '',
            '',
            '',
            '',
            '',
            '',
            '',
            '20240305',
          ),
      seg('TRN', '1', trace, '1512345678'),
      seg('DTM', '405', '20240301'),
      seg('N1', 'PR', payer),
      seg('N3', '100 PAYER WAY'),
      seg('N4', 'HARTFORD', 'CT', '06101'),
      seg('REF', '2U', '99999'),
      seg('N1', 'PE', 'CLAIMLANE CLINIC', 'XX', '1234567893'),
      seg('REF', 'TJ', '123456789'),
    ];
    const segmentCount = header.length + body.length + adjustments.length + 1;
    const trailer = seg('SE', String(segmentCount), controlNumber);
    yield (
      header.join(terminator) +
      terminator +
      (body.length > 0 ? body.join(terminator) + terminator : '') +
      (adjustments.length > 0 ? adjustments.join(terminator) + terminator : '') +
      trailer +
      terminator
    );
  }
  yield (
    seg('GE', String(transactionCount), '1') +
    terminator +
    seg('IEA', '1', interchangeControl) +
    terminator
  );
}

/** The whole 835 as one string; see generate835Chunks for files too big to hold. */
export function generate835(options: Generate835Options): string {
  return Array.from(generate835Chunks(options)).join('');
}
