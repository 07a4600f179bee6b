import { describe, expect, it } from 'vitest';
import type { DenialCategory } from '@claimlane/shared-contracts';
import { CARC_ROWS } from './carc.data';
import { categoryForCarc, isDenialCarc, lookupCarc } from './carc.lookup';
import { countDataLines, readReferenceCsv } from './reference-csv.test-helper';

describe('CARC table', () => {
  const csv = readReferenceCsv('carc.csv');

  it('holds every reference CSV row, with the description verbatim', () => {
    expect(csv).toHaveLength(countDataLines('carc.csv'));
    expect(csv).toHaveLength(282);
    expect(CARC_ROWS).toHaveLength(csv.length);
    for (const [code, description] of csv) {
      const info = lookupCarc(code);
      expect(info, code).toMatchObject({ code, description, known: true, retired: false });
    }
  });

  it('keeps quoted descriptions with commas intact', () => {
    expect(lookupCarc('4').description).toBe(
      'The procedure code is inconsistent with the modifier used or a required modifier is missing. Usage: Refer to the 835 Healthcare Policy Identification Segment (loop 2110 Service Payment Information REF), if present.',
    );
  });
});

describe('lookupCarc', () => {
  it.each(['CO-97', 'co 97', '97', ' CO*97 ', 'co97', '097', 'CARC 97', 'OA-97'])(
    'normalises %j to 97',
    (input) => {
      const info = lookupCarc(input);
      expect(info.code).toBe('97');
      expect(info.known).toBe(true);
      expect(info.category).toBe('coding_billing');
      expect(info.description).toMatch(/^The benefit for this service is included/);
    },
  );

  it('normalises alphanumeric codes', () => {
    expect(lookupCarc('co-b7').code).toBe('B7');
    expect(lookupCarc('B07').code).toBe('B7');
    expect(lookupCarc('pr-1').description).toBe('Deductible Amount');
  });

  it.each(['999', 'Z9', 'B99', '', '   ', 'not a code', 'CO-', '17a'])(
    'answers %j as an unknown code without throwing',
    (input) => {
      const info = lookupCarc(input);
      expect(info).toMatchObject({
        description: 'unknown code',
        known: false,
        category: null,
        denial: false,
        retired: false,
      });
      expect(categoryForCarc(input)).toBeNull();
      expect(isDenialCarc(input)).toBe(false);
    },
  );

  it('keeps the normalised code on unknown answers', () => {
    expect(lookupCarc('CO-999').code).toBe('999');
  });
});

describe('retired codes', () => {
  // A2 and A7 appear in the sample 835s (lfh_managed-care.835, pyx12_835_mult_loops.edi).
  it.each([
    ['A2', 'Contractual adjustment.'],
    ['A7', 'Presumptive Payment Adjustment'],
    ['42', 'Charges exceed our fee schedule or maximum allowable amount. (Use CARC 45)'],
  ])('describes %s with its former text and as a routine adjustment', (code, text) => {
    const info = lookupCarc(`CO-${code}`);
    expect(info).toMatchObject({ code, description: text, known: true, retired: true });
    expect(info.denial).toBe(false);
    expect(info.category).toBeNull();
  });

  it('classifies retired CARC 15 as a prior-authorization denial', () => {
    expect(lookupCarc('CO-15')).toMatchObject({
      known: true,
      retired: true,
      denial: true,
      category: 'prior_authorization',
    });
  });

  it('does not mark active codes as retired', () => {
    expect(lookupCarc('45').retired).toBe(false);
  });
});

describe('category mapping', () => {
  const expected: [string, DenialCategory][] = [
    ['50', 'medical_necessity'],
    ['197', 'prior_authorization'],
    ['198', 'prior_authorization'],
    ['15', 'prior_authorization'],
    ['242', 'out_of_network'],
    ['243', 'out_of_network'],
    ['B7', 'out_of_network'],
    ['29', 'timely_filing'],
    ['18', 'duplicate'],
    ['16', 'missing_information'],
    ['252', 'missing_information'],
    ['226', 'missing_information'],
    ['27', 'eligibility_coverage'],
    ['26', 'eligibility_coverage'],
    ['31', 'eligibility_coverage'],
    ['33', 'eligibility_coverage'],
    ['200', 'eligibility_coverage'],
    ['B1', 'eligibility_coverage'],
    ['22', 'coordination_of_benefits'],
    ['23', 'coordination_of_benefits'],
    ['96', 'eligibility_coverage'],
    ['204', 'eligibility_coverage'],
    ['B9', 'eligibility_coverage'],
    ['55', 'experimental_investigational'],
    ['56', 'experimental_investigational'],
    ['4', 'coding_billing'],
    ['5', 'coding_billing'],
    ['6', 'coding_billing'],
    ['7', 'coding_billing'],
    ['8', 'coding_billing'],
    ['9', 'coding_billing'],
    ['10', 'coding_billing'],
    ['11', 'coding_billing'],
    ['97', 'coding_billing'],
    ['B15', 'coding_billing'],
    ['234', 'coding_billing'],
    ['236', 'coding_billing'],
    ['A1', 'other'],
  ];

  it.each(expected)('CARC %s is a %s denial', (code, category) => {
    expect(categoryForCarc(code)).toBe(category);
    expect(isDenialCarc(code)).toBe(true);
    expect(isDenialCarc(`CO-${code}`)).toBe(true);
  });

  it.each(['45', '1', '2', '3', '253', 'A2', '24', '59', '44'])(
    'CARC %s is a routine adjustment, not a denial',
    (code) => {
      expect(isDenialCarc(code)).toBe(false);
      expect(categoryForCarc(code)).toBeNull();
      expect(lookupCarc(code).categoryReason).not.toBeNull();
    },
  );

  it('explains each call in one line', () => {
    expect(lookupCarc('CO-50').categoryReason).toBe(
      'Payer deems the service not medically necessary.',
    );
  });
});
