import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare-text';
import { parseEobTable } from './eob-table';
import { readHeaderBlock } from './table-header';

// Column labels wrapped over several lines, as Medicare Summary Notices print them; the widths
// differ from the corpus letters on purpose.
const WRAPPED = [
  'Your Claims for Part B',
  '',
  'Service Provided &         Service   Amount    Medicare   Medicare  Maximum   See',
  'Billing Code               Approved? Provider  Approved   Paid      You May   Notes',
  '                                     Charged   Amount     Provider  Be Billed Below',
  'Chest x-ray, 2 views (71046)  YES    $96.00    $38.20     $30.56    $7.64',
  'Echocardiogram (93306)        NO     $880.00   $0.00      $0.00     $880.00   D',
  '',
  'Notes for Claims Above',
].join('\n');

describe('readHeaderBlock', () => {
  it('joins each wrapped label by column position and ends before the first row', () => {
    const p = prepareText(WRAPPED);
    const block = readHeaderBlock(p, 2);
    expect(block.labels).toEqual([
      'Service Provided & Billing Code',
      'Service Approved?',
      'Amount Provider Charged',
      'Medicare Approved Amount',
      'Medicare Paid Provider',
      'Maximum You May Be Billed',
      'See Notes Below',
    ]);
    expect(block.lastLine).toBe(4);
  });

  it('stops at a row with amounts and at prose starting at the margin', () => {
    const p = prepareText(
      'Date   Code   Billed   Paid\nThe plan reviewed this claim carefully.\n01/02/2025  99213  $100.00  $0.00',
    );
    expect(readHeaderBlock(p, 0)).toEqual({
      labels: ['Date', 'Code', 'Billed', 'Paid'],
      lastLine: 0,
      starts: [0, 7, 14, 23],
    });
  });

  it('maps amounts by column position, so unlisted or abbreviated columns cannot shift them', () => {
    const text = [
      'SERV DATE   PROC   BILLED     ALLOWED   DEDUCT  COINS   GRP/CARC  AMT        PAID',
      '01/15/2025  97140   120.00       0.00     0.00    0.00   CO-97     120.00      0.00',
    ].join('\n');
    const t = parseEobTable(prepareText(text));
    expect(t.lines[0]!.amounts).toMatchObject({ billed: 120, allowed: 0, paid: 0 });
  });
});

describe('parseEobTable with a wrapped header', () => {
  it('maps "you may be billed" to the patient share and counts a NO row as refused', () => {
    const t = parseEobTable(prepareText(WRAPPED));
    expect(t.lines.map((l) => l.code)).toEqual(['71046', '93306']);
    expect(t.lines[1]!.amounts).toEqual({
      billed: 880,
      allowed: 0,
      paid: 0,
      patientResponsibility: 880,
    });
    expect(t.lines[0]!.amounts.patientResponsibility).toBe(7.64);
    // Only the refused line counts: the approved x-ray is not denied money.
    expect(t.denied?.value).toBe(880);
  });
});
