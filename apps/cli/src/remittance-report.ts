import { describeAdjustment, lookupRarc } from '@claimlane/domain-codes';
import {
  claimStatusInfo,
  type ClaimParty,
  type ClaimPayment,
  type Parse835Result,
} from '@claimlane/domain-x12';
import { denialOf } from '@claimlane/server-remittances';
import { renderTable } from './text-table';
import { REPORT_WIDTH, heading, labelled, money } from './text-wrap';

export function statusMeaning(code: string): string {
  const info = claimStatusInfo(code);
  return info ? info.description : 'status code not in the 5010 table';
}

function person(p: ClaimParty | undefined): string | null {
  if (!p) return null;
  if (p.entityType === 'organization') return p.last;
  return [p.last, [p.first, p.middle].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function period(c: ClaimPayment): string | null {
  const d = c.serviceDates;
  if (!d?.from) return null;
  return d.to && d.to !== d.from ? `${d.from} to ${d.to}` : d.from;
}

/** The adjustment that decided the denial (`CO-16`); its text is in the adjustments table below. */
function mainReason(statedReason: string): string {
  const code = /^([A-Z]{2}-[A-Z0-9]{1,3}):/.exec(statedReason);
  return code ? `main reason ${code[1]}` : statedReason;
}

function summaryTable(claims: readonly ClaimPayment[]): string[] {
  return renderTable(
    [
      { header: 'Claim', noWrap: true },
      { header: 'Status' },
      { header: 'Charge', align: 'right', noWrap: true },
      { header: 'Paid', align: 'right', noWrap: true },
      { header: 'Patient', align: 'right', noWrap: true },
      { header: 'Denial' },
    ],
    claims.map((c) => {
      const d = denialOf(c);
      return [
        c.claimId,
        `${c.status} ${statusMeaning(c.status)}`,
        money(c.charge),
        money(c.paid),
        money(c.patientResponsibility),
        d ? `DENIED: ${d.category}` : 'no',
      ];
    }),
    REPORT_WIDTH,
    '  ',
  );
}

function claimSection(c: ClaimPayment): string[] {
  const out = ['', `CLAIM ${c.claimId}`, '-'.repeat(Math.min(REPORT_WIDTH, 6 + c.claimId.length))];
  const row = (label: string, value: string | null | undefined) => {
    if (value) out.push(...labelled(label, value, 14));
  };
  row('Status', `${c.status}: ${statusMeaning(c.status)}`);
  row('Payer', c.payer.id ? `${c.payer.name} (${c.payer.id})` : c.payer.name);
  row('Patient', person(c.patient));
  row('Provider', person(c.provider));
  row('Service dates', period(c));
  row('Payer control', c.payerClaimControlNumber);
  row('Filing code', c.claimFilingIndicator);
  row(
    'Amounts',
    `charge ${money(c.charge)}, paid ${money(c.paid)}, patient responsibility ${money(c.patientResponsibility)}`,
  );
  const d = denialOf(c);
  row(
    'Denial',
    d
      ? `YES: ${d.category}, ${money(d.deniedAmount)} denied, regime ${d.regime} (${mainReason(d.statedReason)})`
      : 'no (no denial status or denial reason code)',
  );
  out.push('', '  Adjustments:');
  if (!c.adjustments.length) out.push('    none');
  else {
    out.push(
      ...renderTable(
        [
          { header: 'Level', noWrap: true },
          { header: 'Procedure', noWrap: true },
          { header: 'Amount', align: 'right', noWrap: true },
          { header: 'Adjustment' },
        ],
        c.adjustments.map((a) => {
          const desc = describeAdjustment(a.group, a.carc);
          return [
            a.level,
            a.procedure ?? '',
            money(a.amount),
            desc.text + (desc.carc.denial ? ' [denial]' : ''),
          ];
        }),
        REPORT_WIDTH,
        '    ',
      ),
    );
  }
  if (c.remarks.length) {
    out.push('', '  Remarks (RARC):');
    out.push(
      ...renderTable(
        [{ header: 'Code', noWrap: true }, { header: 'Meaning' }],
        c.remarks.map((code) => [code, lookupRarc(code).description]),
        REPORT_WIDTH,
        '    ',
      ),
    );
  }
  return out;
}

/**
 * Readable report of a parsed 835: one summary table, then each claim with its status meaning,
 * adjustments (CARC texts), remark codes and whether it is a denial worth working. Parse warnings are
 * not included: the command prints them on stderr. Contains PHI (patient names): stdout only.
 */
export function formatRemittanceReport(result: Parse835Result): string {
  const denied = result.claims.filter((c) => denialOf(c) !== null).length;
  const lines = [
    `835 REMITTANCE: ${result.claims.length} claim(s), ${denied} denied or partly denied`,
    '='.repeat(REPORT_WIDTH),
  ];
  for (const t of result.transactions) {
    const pay = t.payment
      ? `, ${t.payment.method} ${money(t.payment.amount)}${t.payment.date ? ` on ${t.payment.date}` : ''}`
      : '';
    lines.push(
      ...labelled(
        `Transaction ${t.controlNumber}`,
        `payer ${t.payer.name}${pay}, ${t.claimCount} claim(s)`,
        22,
        '',
      ),
    );
  }
  if (result.providerAdjustments.length) {
    lines.push('Provider-level adjustments (PLB):');
    for (const p of result.providerAdjustments) {
      lines.push(`  ${p.reason}${p.reference ? ' ' + p.reference : ''}: ${money(p.amount)}`);
    }
  }
  if (!result.claims.length) return [...lines, '', 'No claims in this file.'].join('\n') + '\n';
  lines.push(...heading('Claims'), ...summaryTable(result.claims));
  for (const c of result.claims) lines.push(...claimSection(c));
  return lines.join('\n') + '\n';
}
