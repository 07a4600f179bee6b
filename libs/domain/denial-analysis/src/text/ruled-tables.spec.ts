import { describe, expect, it } from 'vitest';
import { prepareText } from './prepare-text';
import { letterOffset, ruledTables } from './ruled-tables';

const TABLE = [
  'Intro line',
  ' Step             How                 Time limit',
  ' ---------------  ------------------  ----------------',
  ' 1. Internal      Write to Appeals,   Ask within 60',
  '    appeal        PO Box 20.          days of this',
  '                                      notice.',
  ' 2. External      Ask the state.      Ask within 4',
  '    review                            months.',
  '',
  'After the table.',
].join('\n');

describe('ruledTables', () => {
  const p = prepareText(TABLE);
  const [table] = ruledTables(p);

  it('cuts columns at the rule and starts a row only at the first cell’s own indent', () => {
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1. Internal appeal', 'Write to Appeals, PO Box 20.', 'Ask within 60 days of this notice.'],
      ['2. External review', 'Ask the state.', 'Ask within 4 months.'],
    ]);
    expect(table?.rows[0]?.map((c) => c.label)).toEqual(['Step', 'How', 'Time limit']);
  });

  it('maps a cell offset back to the letter', () => {
    const cell = table?.rows[0]?.[2];
    const at = cell!.text.indexOf('days');
    expect(TABLE.slice(letterOffset(cell!, at), letterOffset(cell!, at) + 4)).toBe('days');
  });

  it('joins an id wrapped mid-token without a space, and prose with one', () => {
    const ids = prepareText(
      [
        ' Field       Detail',
        ' ----------  ------------',
        ' Member ID   ABC-1234567',
        '             8-01',
        ' Claim #     2025-0918-',
        '             771204',
        ' Plan        Silver 200',
        '             HMO plan',
      ].join('\n'),
    );
    expect(ruledTables(ids)[0]?.rows.map((r) => r[1]?.text)).toEqual([
      'ABC-12345678-01',
      '2025-0918-771204',
      'Silver 200 HMO plan',
    ]);
  });

  it('finds no table without a rule of dash runs', () => {
    expect(ruledTables(prepareText('Step   How\n1.     Write to us.'))).toEqual([]);
  });
});
