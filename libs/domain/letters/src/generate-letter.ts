import type { EvidenceCite, LetterCriterion, LetterFacts, LetterKind } from './letter.types';
import type { CriteriaRow, LetterContent, LetterSection } from './letter-content.types';
import { citationFor, type Citation, type CitationKey } from './regime-citations';

const TITLES: Record<LetterKind, string> = {
  claim_file_request: 'Request for the claim file and the criteria applied',
  protective_appeal: 'Appeal of adverse benefit determination (protective filing)',
  level1_appeal: 'Appeal of adverse benefit determination',
  provider_medical_necessity: 'Letter of medical necessity',
  level2_appeal: 'Second-level appeal of adverse benefit determination',
  external_review_request: 'Request for independent external review',
  regulator_complaint: 'Complaint about a health plan’s claim handling',
  payer_late: 'Notice: the plan’s decision deadline has passed',
};

/** Collects the citations a letter uses; a key the regime has no rule for yields no citation. */
class Cites {
  readonly used: Citation[] = [];
  constructor(private readonly facts: LetterFacts) {}

  has(key: CitationKey): boolean {
    return citationFor(this.facts.regime, key) !== null;
  }

  /** " (42 CFR 405.942(a))" or "" when the regime has no rule for it (abstain, never improvise). */
  ref(key: CitationKey): string {
    const c = citationFor(this.facts.regime, key);
    if (!c) return '';
    if (!this.used.some((u) => u.key === key)) this.used.push(c);
    return ` (${c.text})`;
  }
}

export function formatCites(evidence: readonly EvidenceCite[]): string {
  return evidence
    .map((e) =>
      e.pageFrom === e.pageTo
        ? `Exhibit ${e.exhibitLabel}, p. ${e.pageFrom}`
        : `Exhibit ${e.exhibitLabel}, pp. ${e.pageFrom}–${e.pageTo}`,
    )
    .join('; ');
}

function criteriaRows(criteria: readonly LetterCriterion[]): CriteriaRow[] {
  return criteria.map((c) => ({
    ref: c.ref,
    criterion: c.text,
    cites: formatCites(c.evidence),
    quote: c.evidence[0]?.quote ?? null,
    explanation: c.explanation,
    answer: c.clinicianAnswer,
  }));
}

function identity(f: LetterFacts): string {
  const parts = [
    f.memberName ? `Member: ${f.memberName}` : null,
    f.memberId ? `member ID ${f.memberId}` : null,
    f.claimNumber ? `claim ${f.claimNumber}` : null,
    f.serviceDate ? `date of service ${f.serviceDate}` : null,
    f.serviceDescription ? `service: ${f.serviceDescription}` : null,
    f.denialDate ? `denial dated ${f.denialDate}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? `${parts.join('; ')}.` : 'Claim details are listed in the enclosed denial.';
}

function section(key: string, heading: string, paragraphs: string[]): LetterSection {
  return { key, heading, paragraphs: paragraphs.filter((p) => p.trim() !== ''), edited: false };
}

/** One heading per stated denial reason, worded as the denial worded it, each answered below. */
function reasonSections(
  f: LetterFacts,
  answer: (reason: string, i: number) => string[],
): LetterSection[] {
  const reasons = f.denialReasons.length ? f.denialReasons : ['The reason stated in the denial'];
  return reasons.map((reason, i) =>
    section(`reason-${i + 1}`, `Denial reason ${i + 1}: “${reason}”`, answer(reason, i)),
  );
}

function criteriaSummary(f: LetterFacts): string {
  const cited = f.criteria.filter((c) => c.evidence.length > 0 || c.explanation);
  if (cited.length === 0) return '';
  const items = cited.map((c) =>
    c.evidence.length
      ? `criterion ${c.ref} (${formatCites(c.evidence)})`
      : `criterion ${c.ref} (explained below)`,
  );
  return `The record meets the ${f.policyRef ? `criteria of ${f.policyRef}` : 'plan’s criteria'} point by point: ${items.join('; ')}. The criteria table below quotes each page.`;
}

function exhibitSection(f: LetterFacts): LetterSection {
  return section(
    'exhibits',
    'Exhibits',
    f.exhibits.length
      ? f.exhibits.map(
          (e) =>
            `Exhibit ${e.label}: ${e.title} (${e.pageCount} page${e.pageCount === 1 ? '' : 's'})`,
        )
      : ['No exhibits are attached yet.'],
  );
}

function criteriaSection(f: LetterFacts): LetterSection {
  return section(
    'criteria',
    'The criteria and where the record meets them',
    f.criteria.length
      ? [
          f.policyRef
            ? `Criteria of ${f.policyRef}, each with the exhibit and page that documents it.`
            : 'Each criterion with the exhibit and page that documents it.',
        ]
      : ['The plan has not yet disclosed the criteria it applied.'],
  );
}

type Builder = (f: LetterFacts, c: Cites) => { sections: LetterSection[]; request: string };

const BUILDERS: Record<LetterKind, Builder> = {
  claim_file_request: (f, c) => {
    const asks = [
      `The specific reason for the denial and the plan provision it relies on${c.ref('notice')}.`,
      `A copy, free of charge, of every internal rule, guideline, protocol or criterion relied on${c.ref('criteria')}.`,
      `The clinical rationale applying those terms to the member’s circumstances${c.ref('clinical')}.`,
      `The name and credentials of each reviewer who took part in the decision${c.ref('reviewer')}.`,
      `The complete claim file: every document, record and note considered, submitted or generated${c.ref('claimFile')}.`,
      `The diagnosis and treatment codes and their meanings${c.ref('codes')}.`,
    ];
    if (f.behavioralHealth && c.has('parity'))
      asks.push(
        `Because this is a mental health or substance use disorder benefit: the comparative analysis showing the medical-necessity criteria are applied no more stringently than to comparable medical/surgical benefits${c.ref('parity')}.`,
      );
    return {
      sections: [
        section('opening', 'Request', [
          identity(f),
          'We request the following documents and information about this claim:',
        ]),
        section('asks', 'Documents requested', [...asks, ...f.nextQuestions]),
        ...reasonSections(f, (reason) => [
          `The denial states “${reason}” without the material needed to answer it; the items above will let us respond to this reason specifically.`,
        ]),
      ],
      request: `Please send these documents within 30 days${c.ref('claimFile')} and confirm in writing the deadline for the appeal${c.ref('memberAppealFiling')}.`,
    };
  },
  protective_appeal: (f, c) => ({
    sections: [
      section('opening', 'Appeal', [
        identity(f),
        `This letter is the member’s timely appeal of the denial${f.memberAppealDue ? `, filed before the appeal deadline of ${f.memberAppealDue}` : ''}${c.ref('memberAppealFiling')}.`,
        f.criteriaReceived
          ? 'We will supplement this appeal with the record and a clinician’s letter.'
          : `The plan has not yet provided the criteria it applied or the claim file${c.ref('claimFile')}; we will supplement this appeal once we receive them.`,
      ]),
      ...reasonSections(f, () => [
        'We dispute this reason. A full response citing the record will follow as a supplement to this appeal.',
      ]),
    ],
    request:
      'Please treat this letter as the appeal, keep the record open for our supplement, and send the claim file and the criteria applied without delay.',
  }),
  level1_appeal: (f, c) => ({
    sections: [
      section('opening', 'Appeal', [
        identity(f),
        `The member appeals the denial within the appeal period${c.ref('memberAppealFiling')}.`,
      ]),
      ...reasonSections(f, () => [
        criteriaSummary(f) ||
          `The denial does not say which criterion was unmet; we ask the plan to identify it${c.ref('criteria')}.`,
        `The clinical rationale given does not address the documented findings${c.ref('clinical')}.`,
      ]),
      criteriaSection(f),
    ],
    request: `Please reverse the denial and cover the service. If any criterion is still considered unmet after reviewing the cited exhibits, identify it and the evidence that would meet it. Please decide within the time the rules allow${c.ref('payerAppealDecision')}.`,
  }),
  provider_medical_necessity: (f, c) => ({
    sections: [
      section('opening', 'Letter of medical necessity', [
        identity(f),
        `I am the treating clinician. I answer each criterion the plan applied${f.policyRef ? ` (${f.policyRef})` : ''}, citing the exhibits and pages that document it${c.ref('clinical')}.`,
      ]),
      ...f.criteria.map((cr) =>
        section(`criterion-${cr.ref}`, `Criterion ${cr.ref}: ${cr.text}`, [
          cr.clinicianAnswer ?? cr.explanation ?? 'Answer to be written by the clinician.',
          cr.evidence.length
            ? `Documented at ${formatCites(cr.evidence)}: “${cr.evidence[0]!.quote}”.`
            : '',
        ]),
      ),
      ...reasonSections(f, () => [criteriaSummary(f)]),
    ],
    request:
      'In my clinical judgment the service is medically necessary for this patient now, and every criterion above is met on the cited record. Please approve it.',
  }),
  level2_appeal: (f, c) => ({
    sections: [
      section('opening', 'Second-level appeal', [
        identity(f),
        `The member requests the next level of review of the upheld denial${c.ref('nextLevel')}, by a reviewer who took no part in the earlier decisions${c.ref('reviewer')}.`,
      ]),
      ...reasonSections(f, () => [
        criteriaSummary(f) ||
          'The first-level decision did not identify the criterion it found unmet.',
      ]),
      criteriaSection(f),
    ],
    request: `Please reverse the denial. If it is upheld, state the specific criterion still unmet and the evidence that would meet it${c.ref('notice')}.`,
  }),
  external_review_request: (f, c) => ({
    sections: [
      section('opening', 'Request for external review', [
        identity(f),
        `The member requests independent review of the final adverse determination, within the time allowed${c.ref('externalReviewRequest')}.`,
        `Review by an independent reviewer is available for this determination${c.ref('externalReview')}.`,
      ]),
      ...reasonSections(f, () => [
        criteriaSummary(f) || 'The plan did not identify the criterion it found unmet.',
      ]),
      criteriaSection(f),
    ],
    request:
      'Please assign the case to an independent reviewer and overturn the denial on the cited record.',
  }),
  regulator_complaint: (f, c) => {
    const paras = [
      identity(f),
      `${f.payerName ?? 'The plan'} denied the claim without the disclosures an adverse determination must carry${c.ref('notice')}, and has not provided the claim file on request${c.ref('claimFile')}.`,
    ];
    if (f.behavioralHealth) {
      paras.push(
        c.has('parity')
          ? `This is a mental health or substance use disorder benefit. Under the Mental Health Parity and Addiction Equity Act (MHPAEA) the plan may not apply medical-necessity criteria more stringently than to comparable medical/surgical benefits${c.ref('parity')}; the plan has not shown it does not.`
          : 'This is a mental health or substance use disorder benefit; we ask the agency to review whether the criteria were applied as strictly to comparable medical benefits.',
      );
    }
    return {
      sections: [
        section('opening', 'Complaint', paras),
        ...reasonSections(f, () => [
          criteriaSummary(f) || 'The plan gave no criterion for this reason.',
        ]),
      ],
      request:
        'Please investigate the plan’s handling of this claim, require it to disclose its criteria and claim file, and require a decision that addresses the cited record.',
    };
  },
  payer_late: (f, c) => ({
    sections: [
      section('opening', 'Decision deadline passed', [
        identity(f),
        `The appeal was received by the plan${f.appealSubmittedOn ? ` on ${f.appealSubmittedOn}` : ''}. Its decision was due${f.payerDecisionDue ? ` by ${f.payerDecisionDue}` : ''}${c.ref('payerAppealDecision')}, and none has arrived.`,
        `Because the plan did not follow the claims procedure, the member treats the internal process as exhausted and may pursue the next remedy${c.ref('payerLate')}.`,
      ]),
      ...reasonSections(f, () => [
        'This reason remains disputed; no decision answering it has been issued.',
      ]),
    ],
    request: `Please issue the decision at once, or confirm in writing that the case goes to the next level of review${c.ref('nextLevel')}.`,
  }),
};

/** Builds a letter of the given kind as structured sections; every citation from the regime's rule data. */
export function generateLetter(kind: LetterKind, facts: LetterFacts): LetterContent {
  const cites = new Cites(facts);
  const built = BUILDERS[kind](facts, cites);
  const sections = [
    ...built.sections,
    exhibitSection(facts),
    section('request', 'Request', [built.request]),
  ];
  return {
    kind,
    regime: facts.regime,
    title: TITLES[kind],
    subject:
      [facts.payerName, facts.claimNumber ? `claim ${facts.claimNumber}` : null]
        .filter(Boolean)
        .join(' · ') || TITLES[kind],
    sections,
    criteriaTable:
      kind === 'claim_file_request' || kind === 'protective_appeal' || kind === 'payer_late'
        ? []
        : criteriaRows(facts.criteria),
    exhibitList: facts.exhibits,
    request: built.request,
    citations: cites.used,
  };
}

/** Plain text of a letter, in reading order (used by tests, search and DOCX/PDF parity checks). */
export function letterPlainText(letter: LetterContent): string {
  const lines = [letter.title, letter.subject];
  for (const s of letter.sections) {
    lines.push(s.heading, ...s.paragraphs);
    if (s.key === 'criteria')
      for (const r of letter.criteriaTable)
        lines.push(`${r.ref} ${r.criterion} | ${r.cites} | ${r.quote ?? r.explanation ?? ''}`);
  }
  return lines.join('\n');
}
