#!/usr/bin/env node
// Writes the first draft of the project-owned letter corpus: one `<family>/<name>.txt` and one
// `<name>.expected.json` per letter. Every person, plan, id and address is invented. The truth in
// each expected file comes from the letter's own specification here (what the text was written to
// say), never from the engine; a person checked each family by reading the letters.
//
//   node libs/domain/denial-analysis/corpus/_generator/generate-corpus.mjs
//
// Re-running keeps the `knownGaps` and `golden` sections of existing expected files; letters not
// produced here (hand-written ones) are left alone.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------------
// Deterministic variety: every choice is a hash of the letter name and a slot name.
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
const pick = (name, slot, arr) => arr[hash(`${name}:${slot}`) % arr.length];
const num = (name, slot, lo, hi) => lo + (hash(`${name}:${slot}`) % (hi - lo + 1));

// ---------------------------------------------------------------------------------------------
// Dates
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
function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function fmtDate(iso, style) {
  const [y, m, d] = iso.split('-').map(Number);
  switch (style) {
    case 'long':
      return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 'short':
      return `${MONTHS[m - 1].slice(0, 3)} ${d}, ${y}`;
    case 'slash':
      return `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`;
    case 'iso':
      return iso;
    case 'dmy':
      return `${d} ${MONTHS[m - 1]} ${y}`;
    default:
      throw new Error(style);
  }
}

// ---------------------------------------------------------------------------------------------
// People, plans, ids (all invented)
const FIRST = [
  'Marisol',
  'Dewayne',
  'Annika',
  'Tobias',
  'Priya',
  'Lucian',
  'Rosalind',
  'Emeka',
  'Hollis',
  'Yvette',
  'Caspian',
  'Odalys',
  'Bertram',
  'Kaia',
  'Ignatius',
  'Loretta',
];
const LAST = [
  'Vandermeer',
  'Okonkwo-Hale',
  'Trask',
  'Quintero',
  'Abernathy',
  'Lindqvist',
  'Nakashima',
  'Delacroix',
  'Pembrook',
  'Szabo',
  'Fairweather',
  'Achterberg',
  'Moravec',
  'Ellery',
  'Castellanos',
  'Whitcombe',
];
const PROVIDERS = [
  'Riverside Orthopedic Associates',
  'Lakeshore Imaging Center',
  'Dr. Anselm Korvath, MD',
  'Pinecrest Physical Therapy',
  'Hollow Creek Behavioral Health',
  'Dr. Greta Ostrander, DO',
  'Sandstone Surgical Partners',
  'Meridian Home Health Services',
];
const STATES = ['OH', 'PA', 'GA', 'AZ', 'MI', 'NC', 'OR', 'WI'];

const PAYERS = {
  erisa_group_health: [
    'Granite Peak Health Plan',
    'Bluewater Mutual Insurance Company',
    'Cedar Valley Benefit Administrators',
    'Ironwood Employee Health Trust',
  ],
  aca_individual: [
    'Summit Ridge Health Insurance',
    'Meadowlark Health Plans',
    'Clearbrook Health Co-op',
    'Juniper State Health',
  ],
  medicare_ffs: ['Tallgrass Medicare Services, LLC', 'Heartland Medicare Solutions'],
  medicare_advantage: [
    'Northstar Senior Advantage (HMO)',
    'Evergold Medicare Choice (PPO)',
    'Silverleaf Senior Care (HMO-POS)',
  ],
  medicaid_managed_care: [
    'Prairie Bridge Health Plan',
    'Harborlight Community Care',
    'Kestrel Family Health',
  ],
  unknown: ['Ridgeway Health', 'Anchor Point Health Services', 'Copperline Health Partners'],
};
const EMPLOYERS = [
  'Ashgrove Logistics, Inc.',
  'Halvorsen Tool & Die Co.',
  'Brightwater Credit Union',
  'Pell Street Foods LLC',
];

function memberId(name, regime) {
  const n = num(name, 'mid', 10000000, 99999999);
  switch (regime) {
    case 'medicare_ffs':
      return `XXXXXXX${String(n % 10000).padStart(4, '0')}${pick(name, 'mbi', ['A', 'B', 'C', 'D'])}`;
    case 'medicare_advantage':
      return `NS${n}`;
    case 'medicaid_managed_care':
      return `MCD${n}`;
    case 'aca_individual':
      return `SRH-${String(n).slice(0, 4)}-${String(n).slice(4)}`;
    default:
      return pick(name, 'midstyle', [`GPH${n}`, `W${n}01`, `BWM${String(n).slice(0, 6)}`, `${n}`]);
  }
}
function claimNumber(name, regime) {
  const n = num(name, 'clm', 100000000, 999999999);
  if (regime === 'medicare_ffs') return `22${n}${num(name, 'icn', 1000, 9999)}`;
  return pick(name, 'clmstyle', [
    `${n}`,
    `C${n}`,
    `2025-${String(n).slice(0, 4)}-${String(n).slice(4)}`,
    `E${String(n).slice(0, 7)}00`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Services and reasons by category
const SERVICE = {
  medical_necessity: [
    {
      desc: 'MRI of the lumbar spine without contrast',
      cpt: '72148',
      icd: ['M54.16'],
      amt: 1840.0,
    },
    { desc: 'physical therapy, therapeutic exercise', cpt: '97110', icd: ['M25.561'], amt: 165.0 },
    { desc: 'inpatient rehabilitation admission', cpt: 'G0151', icd: ['I63.512'], amt: 21400.0 },
    { desc: 'continuous glucose monitor supplies', cpt: 'A4239', icd: ['E11.65'], amt: 612.5 },
    { desc: 'sleep study (attended polysomnography)', cpt: '95810', icd: ['G47.33'], amt: 2310.0 },
  ],
  prior_authorization: [
    { desc: 'knee arthroscopy', cpt: '29881', icd: ['S83.241A'], amt: 6420.0 },
    {
      desc: 'CT of the abdomen and pelvis with contrast',
      cpt: '74177',
      icd: ['R10.31'],
      amt: 2875.0,
    },
    { desc: 'outpatient cataract surgery', cpt: '66984', icd: ['H25.11'], amt: 3900.0 },
  ],
  out_of_network: [
    { desc: 'office visit, established patient', cpt: '99214', icd: ['J45.40'], amt: 245.0 },
    { desc: 'anesthesia services', cpt: '00790', icd: ['K80.20'], amt: 1730.0 },
  ],
  experimental_investigational: [
    { desc: 'transcranial magnetic stimulation', cpt: '90867', icd: ['F33.2'], amt: 980.0 },
    { desc: 'genetic expression assay', cpt: '81599', icd: ['C50.911'], amt: 3750.0 },
  ],
  coding_billing: [
    {
      desc: 'office visit billed with a minor procedure',
      cpt: '99213',
      icd: ['L72.3'],
      amt: 190.0,
      modifier: '25',
    },
    {
      desc: 'therapeutic exercise billed with manual therapy',
      cpt: '97140',
      icd: ['M54.2'],
      amt: 120.0,
      modifier: '59',
    },
  ],
  timely_filing: [
    { desc: 'emergency department visit', cpt: '99284', icd: ['R07.9'], amt: 1125.0 },
  ],
  eligibility_coverage: [
    { desc: 'laboratory panel', cpt: '80053', icd: ['Z00.00'], amt: 148.0 },
    { desc: 'hearing aids', cpt: 'V5261', icd: ['H90.3'], amt: 4800.0 },
  ],
  coordination_of_benefits: [
    { desc: 'chest X-ray, two views', cpt: '71046', icd: ['J18.9'], amt: 212.0 },
  ],
  duplicate: [{ desc: 'office visit, new patient', cpt: '99203', icd: ['R51.9'], amt: 310.0 }],
  missing_information: [
    { desc: 'laparoscopic cholecystectomy', cpt: '47562', icd: ['K80.10'], amt: 9650.0 },
  ],
  other: [{ desc: 'outpatient services', cpt: '99215', icd: ['I10'], amt: 420.0 }],
};

const CARC = {
  medical_necessity: ['CO-50', 'N115'],
  prior_authorization: ['CO-197', null],
  out_of_network: ['CO-242', null],
  experimental_investigational: ['CO-55', null],
  coding_billing: ['CO-97', 'M80'],
  timely_filing: ['CO-29', null],
  eligibility_coverage: ['CO-27', null],
  coordination_of_benefits: ['CO-22', 'MA04'],
  duplicate: ['CO-18', null],
  missing_information: ['CO-16', 'M127'],
  other: [null, null],
};
const CARC_MEANING = {
  'CO-50':
    'These are non-covered services because this is not deemed a medical necessity by the payer.',
  'CO-197': 'Precertification/authorization/notification/pre-treatment absent.',
  'CO-242': 'Services not provided by network/primary care providers.',
  'CO-55': 'Procedure/treatment/drug is deemed experimental/investigational by the payer.',
  'CO-97':
    'The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated.',
  'CO-29': 'The time limit for filing has expired.',
  'CO-27': 'Expenses incurred after coverage terminated.',
  'CO-22': 'This care may be covered by another payer per coordination of benefits.',
  'CO-18': 'Exact duplicate claim/service.',
  'CO-B7':
    'This provider was not certified/eligible to be paid for this procedure/service on this date of service.',
  'CO-16': 'Claim/service lacks information or has submission/billing error(s).',
  N115: 'This decision was based on a Local Coverage Determination (LCD).',
  M80: 'Not covered when performed during the same session/date as a previously processed service for the patient.',
  MA04: 'Secondary payment cannot be considered without the identity of or payment information from the primary payer.',
  M127: 'Missing patient medical record for this service.',
};

// Medical-necessity reasons, most of which never say "medically necessary" (issue 7).
// What each wording discloses by itself (index-aligned with MN_REASONS): a clinical rationale
// (facts about this patient) and the criteria (the content of the rule applied).
const MN_DISCLOSES = [
  {},
  { criteria: true, rationale: true },
  { rationale: true },
  { rationale: true },
  { rationale: true },
  { criteria: true, rationale: true },
  { rationale: true },
  {},
];
const MN_REASONS = [
  (s) =>
    `Medicare does not pay for this service because it is not reasonable and necessary for the diagnosis or treatment of illness or injury.`,
  (s) =>
    `The request for ${s.desc} does not meet our clinical guidelines. Our guideline requires documentation of at least six weeks of physician-directed conservative care before advanced imaging; the records we received show two weeks.`,
  (s) =>
    `The requested level of care is not supported by the clinical information. The records show the member can be safely treated at a lower level of care (outpatient therapy with home exercise).`,
  (s) =>
    `The visit limit for this benefit was reached. Additional visits were reviewed and were not approved because the progress notes do not show measurable functional improvement since the last evaluation.`,
  (s) =>
    `The documentation does not support the need for ${s.desc}. The notes submitted do not describe symptoms or test results that would call for this service.`,
  (s) =>
    `Step therapy requirements were not met. The plan covers this item after a documented trial of the preferred alternatives, and the records do not show those trials.`,
  (s) =>
    `Physician reviewer rationale: I reviewed the office notes from the last three visits. The patient reports stable symptoms without new neurologic findings, and results would not change the treatment plan at this time. The request does not meet criteria and is not approved.`,
  (s) =>
    `The service was denied as not medically necessary for the condition described in the records.`,
];
const REASONS = {
  prior_authorization: [
    (s) =>
      `This service requires prior authorization, and no authorization was on file for the date of service.`,
    (s) =>
      `We did not receive a request for approval before the ${s.desc} was performed. Prior authorization was not obtained.`,
  ],
  out_of_network: [
    (s) =>
      `The provider who treated you is not part of your plan's network, and your plan does not cover non-emergency care from out-of-network providers.`,
    (s) =>
      `${s.provider} is a non-participating provider. Services from non-participating providers are not covered under your HMO benefits except in an emergency.`,
  ],
  experimental_investigational: [
    (s) =>
      `The ${s.desc} is considered experimental and investigational for this diagnosis. Published evidence does not show improved health outcomes.`,
    (s) =>
      `This treatment is unproven for the member's condition under our medical policy; it is not approved for this use.`,
  ],
  coding_billing: [
    (s) =>
      `The service billed is included in the payment for another service performed on the same day (bundled under correct coding edits). Modifier ${s.modifier} is not supported by the documentation.`,
    (s) =>
      `The procedure code and modifier billed are inconsistent; the service is not separately payable when billed with the primary procedure.`,
  ],
  timely_filing: [
    (s) =>
      `The claim was received after the timely filing limit of 90 days from the date of service.`,
    (s) => `We received this claim past the filing deadline in the provider's contract.`,
  ],
  eligibility_coverage: [
    (s) =>
      `Your coverage was not in effect on the date of service. Our records show your coverage ended on the last day of the prior month.`,
    (s) =>
      `This item is not a covered benefit under your plan. Hearing aids are excluded from coverage.`,
  ],
  coordination_of_benefits: [
    (s) =>
      `Our records show you have other insurance that is primary. Please have the provider bill the primary insurer first and send us its explanation of benefits.`,
    (s) =>
      `Coordination of benefits: another carrier is primary for this member. We need the primary payer's payment information.`,
  ],
  duplicate: [
    (s) =>
      `This claim is a duplicate of a claim we already processed for the same service and date.`,
    (s) => `Duplicate claim: this service was previously processed under another claim number.`,
  ],
  missing_information: [
    (s) =>
      `We asked the provider for the operative report and did not receive it. The requested medical records were not received, so the claim was denied. Send the operative report and we will review the claim again.`,
    (s) =>
      `The claim lacks information we need to process it. Additional information is required: the itemized bill and the operative note.`,
  ],
  other: [
    (s) => `Your claim has been denied.`,
    (s) => `After review, this request was not approved.`,
  ],
};
function reasonText(name, cat, s) {
  if (cat === 'medical_necessity') {
    // Original-Medicare wording only in Original Medicare letters; the rest rotate.
    if (s.regime === 'medicare_ffs') return MN_REASONS[0](s);
    const fn = pick(name, 'mn', MN_REASONS.slice(1));
    s.mnDiscloses = MN_DISCLOSES[MN_REASONS.indexOf(fn)];
    return fn(s);
  }
  // Original Medicare has no network: its counterpart is a supplier that is not enrolled.
  if (cat === 'out_of_network' && s.regime === 'medicare_ffs')
    return `The provider was not enrolled in Medicare on the date of service and is not eligible to be paid for services to Medicare patients.`;
  return pick(name, 'reason', REASONS[cat])(s);
}

const CLINICAL = new Set(['medical_necessity', 'experimental_investigational']);

// ---------------------------------------------------------------------------------------------
// Regime blocks: identity, appeal rights, stated window, disclosures the block provides.
const REGIME_WINDOW = {
  erisa_group_health: { days: 180, anchor: 'receipt' },
  aca_individual: { days: 180, anchor: 'receipt' },
  medicare_ffs: { days: 120, anchor: 'receipt' },
  medicare_advantage: { days: 65, anchor: 'notice' },
  medicaid_managed_care: { days: 60, anchor: 'notice' },
  unknown: { days: 60, anchor: 'notice' },
};
/** Member filing due date the rule gives, counted from the notice date (receipt = notice when no receipt is stated; Medicare FFS presumes receipt 5 days later). */
function regulatoryDue(regime, notice) {
  switch (regime) {
    case 'erisa_group_health':
    case 'aca_individual':
      return addDays(notice, 180);
    case 'medicare_ffs':
      return addDays(notice, 125);
    case 'medicare_advantage':
      return addDays(notice, 65);
    default:
      return addDays(notice, 60);
  }
}

function identity(s) {
  const n = s.name;
  switch (s.regime) {
    case 'erisa_group_health':
      return pick(n, 'erisaid', [
        `Your health coverage is provided through the ${s.employer} Employee Health Benefit Plan, an employer-sponsored group health plan. ${s.payer} is the claims administrator.`,
        `Plan: ${s.employer} Group Medical Plan (self-funded). Claims administrator: ${s.payer}.`,
      ]);
    case 'aca_individual':
      return pick(n, 'acaid', [
        `Plan: ${s.payer} Silver 70 HMO, an individual and family plan you bought through the Health Insurance Marketplace.`,
        `Your ${s.payer} Bronze Value plan is an individual health plan purchased through the state health insurance exchange.`,
        `Product: Gold Select individual and family plan (metal tier: Gold), offered on the exchange by ${s.payer}.`,
      ]);
    case 'medicare_ffs':
      return `Original Medicare, Part B (Medical Insurance). Processed by ${s.payer}, a Medicare Administrative Contractor.`;
    case 'medicare_advantage':
      return `${s.payer} is a Medicare Advantage plan with a Medicare contract. Enrollment in the plan depends on contract renewal.`;
    case 'medicaid_managed_care':
      return `${s.payer} is a managed care plan that serves ${s.stateName} Medicaid members.`;
    default:
      return '';
  }
}
const STATE_NAMES = {
  OH: 'Ohio',
  PA: 'Pennsylvania',
  GA: 'Georgia',
  AZ: 'Arizona',
  MI: 'Michigan',
  NC: 'North Carolina',
  OR: 'Oregon',
  WI: 'Wisconsin',
};

/** The appeal-rights text; returns { text, disclosures } with what it discloses. */
function appealRights(s, opts = {}) {
  const n = s.name;
  const d = {};
  const lines = [];
  const w = s.statedWindow;
  switch (s.regime) {
    case 'erisa_group_health':
    case 'aca_individual': {
      lines.push(
        pick(n, 'appealhead', [
          'YOUR RIGHT TO APPEAL',
          'How to Appeal This Decision',
          'APPEAL RIGHTS',
        ]),
      );
      if (w)
        lines.push(
          `If you disagree with this decision, you or your authorized representative may file an internal appeal. You must file your appeal within ${w.days} days ${w.anchor === 'receipt' ? 'after you receive this notice' : 'of the date of this notice'}. Send a written request to ${s.payer}, Appeals Unit, PO Box ${num(n, 'pobox', 1000, 9999)}, ${s.city}, or fax it to (555) 01${num(n, 'fax', 10, 99)}-${num(n, 'fax2', 1000, 9999)}.`,
        );
      else lines.push(`If you disagree with this decision, write to ${s.payer}, Appeals Unit.`);
      d.appeal_procedures_and_time_limits = w ? 'present' : 'missing';
      lines.push(
        `You may submit written comments, documents and other information, and you may ask for copies of all documents relevant to your claim free of charge.`,
      );
      if (opts.codes !== false) {
        lines.push(
          `You may ask us for the diagnosis code and the treatment code on this claim, and what they mean, at no cost to you.`,
        );
        d.diagnosis_treatment_codes_available = 'present';
      } else d.diagnosis_treatment_codes_available = 'missing';
      if (s.urgent)
        lines.push(
          `If waiting for a standard decision could seriously jeopardize your life or health, you may ask for an expedited appeal; we will decide within 72 hours.`,
        );
      if (opts.external !== false) {
        lines.push(
          `External review: if we uphold our decision on appeal, you may ask for an independent external review by an Independent Review Organization within 4 months after you receive our final decision.`,
        );
        d.external_review_info = 'present';
      } else d.external_review_info = 'missing';
      if (s.regime === 'erisa_group_health') {
        if (opts.sue !== false) {
          lines.push(
            `You also have the right to bring a civil action under Section 502(a) of the Employee Retirement Income Security Act (ERISA) after you exhaust the plan's appeal process.`,
          );
          d.right_to_sue_502a = 'present';
        } else d.right_to_sue_502a = 'missing';
      } else d.right_to_sue_502a = 'not_applicable';
      if (opts.assistance === 'vague') {
        lines.push(`Questions? Call us at the number on your ID card. We are here to help.`);
        d.consumer_assistance_contact = 'missing';
      } else if (opts.assistance !== false) {
        lines.push(
          s.regime === 'erisa_group_health'
            ? `For help with your appeal you may contact the Employee Benefits Security Administration at 1-866-444-EBSA (3272), or your state consumer assistance program, the ${s.stateName} Health Insurance Consumer Assistance Office, at (555) 014-${num(n, 'cap', 1000, 9999)}.`
            : `Consumer assistance: the ${s.stateName} Department of Insurance Consumer Services Division and its health insurance consumer assistance program can help you file an appeal: (555) 016-${num(n, 'cap', 1000, 9999)}.`,
        );
        d.consumer_assistance_contact = 'present';
      } else d.consumer_assistance_contact = 'missing';
      break;
    }
    case 'medicare_ffs':
      lines.push(`HOW TO HANDLE DENIED CLAIMS`);
      lines.push(
        `If you disagree with a coverage decision, you can file an appeal (a redetermination). ${w ? `You must file within ${w.days} days of the date you receive this notice.` : ''} Circle the services you disagree with, explain why, and send this notice to ${s.payer}, Redeterminations, PO Box ${num(n, 'pobox', 1000, 9999)}, ${s.city}. You can also use form CMS-20027.`,
      );
      d.appeal_procedures_and_time_limits = w ? 'present' : 'missing';
      lines.push(
        `If you need help, call 1-800-MEDICARE or your State Health Insurance Assistance Program (SHIP).`,
      );
      break;
    case 'medicare_advantage':
      lines.push(pick(n, 'mahead', ['Your Right to Appeal Our Decision', 'WHAT IF I DISAGREE?']));
      lines.push(
        `You have the right to ask ${s.payer} to review our decision by asking for a reconsideration (an appeal). ${w ? `You must ask for an appeal within ${w.days} calendar days from the date of this notice.` : ''} We can give you more time if you have a good reason for missing the deadline.`,
      );
      d.appeal_procedures_and_time_limits = w ? 'present' : 'missing';
      lines.push(
        `Standard appeal: we will answer within 30 days for a service request and 60 days for a payment request. Fast appeal: if you or your doctor believe that waiting could seriously harm your health, ask for a fast appeal; we will answer within 72 hours.`,
      );
      lines.push(
        `If we still deny your request, your case goes automatically to an Independent Review Entity (IRE). If you also have Medicaid, contact your state Medicaid agency about Medicaid appeal rights.`,
      );
      lines.push(
        `Help: call the State Health Insurance Assistance Program (SHIP) at (555) 017-${num(n, 'ship', 1000, 9999)} or 1-800-MEDICARE.`,
      );
      break;
    case 'medicaid_managed_care':
      lines.push(pick(n, 'mcdhead', ['YOUR APPEAL RIGHTS', 'What you can do if you disagree']));
      lines.push(
        `You can ask for a plan appeal. ${w ? `You have ${w.days} calendar days from the date on this notice to ask for a plan appeal.` : ''} You can ask by phone or in writing. Someone else, such as a family member or your provider, can ask for you with your written consent.`,
      );
      d.appeal_procedures_and_time_limits = w ? 'present' : 'missing';
      lines.push(
        `You can ask for copies of your case file, including medical records and the medical necessity criteria used to make this decision, free of charge.`,
      );
      lines.push(
        `If your health could be seriously harmed by waiting 30 days, ask for a fast (expedited) appeal; we will decide within 72 hours.`,
      );
      lines.push(
        `State Fair Hearing: if we do not decide in your favor on appeal, you can ask for a State Fair Hearing with the ${s.stateName} Department of Human Services within 120 days of our appeal decision.`,
      );
      lines.push(
        `To keep getting a service that is being reduced or stopped while your appeal is decided, ask within 10 days of this notice.`,
      );
      lines.push(
        `For free help, call the ${s.stateName} Medicaid Managed Care Ombudsman at (555) 018-${num(n, 'omb', 1000, 9999)}.`,
      );
      break;
    default:
      lines.push(pick(n, 'unkhead', ['Appeal information', 'IF YOU DISAGREE']));
      if (w)
        lines.push(
          `You may appeal this decision in writing within ${w.days} days of the date of this letter. Send your appeal to ${s.payer}, Appeals, PO Box ${num(n, 'pobox', 1000, 9999)}.`,
        );
      else lines.push(`You may appeal this decision in writing to ${s.payer}, Appeals.`);
      d.appeal_procedures_and_time_limits = w ? 'present' : 'missing';
      lines.push(`Questions? Call us at the number on the back of your member card.`);
  }
  return { text: lines, disclosures: d };
}

// ---------------------------------------------------------------------------------------------
// The letter specification for one (category, regime, family).
const CITY = {
  OH: 'Columbus, OH 43215',
  PA: 'Harrisburg, PA 17101',
  GA: 'Macon, GA 31201',
  AZ: 'Tempe, AZ 85281',
  MI: 'Lansing, MI 48933',
  NC: 'Durham, NC 27701',
  OR: 'Salem, OR 97301',
  WI: 'Eau Claire, WI 54701',
};

function spec(name, category, regime, family, extra = {}) {
  const svc = { ...(extra.svc ?? pick(name, 'svc', SERVICE[category])) };
  const notice = extra.notice ?? addDays('2025-01-06', num(name, 'notice', 0, 300));
  const service = addDays(notice, -num(name, 'svcgap', 12, 50));
  const state = pick(name, 'state', STATES);
  const s = {
    name,
    category,
    regime,
    family,
    payer: extra.payer ?? pick(name, 'payer', PAYERS[regime]),
    employer: pick(name, 'employer', EMPLOYERS),
    patient: `${pick(name, 'first', FIRST)} ${pick(name, 'last', LAST)}`,
    provider: pick(name, 'provider', PROVIDERS),
    memberId: memberId(name, regime),
    claimNumber: claimNumber(name, regime),
    notice,
    service,
    state,
    stateName: STATE_NAMES[state],
    city: CITY[state],
    svc,
    desc: svc.desc,
    modifier: svc.modifier ?? '59',
    billed: svc.amt,
    denied: svc.amt,
    dateStyle: pick(name, 'datestyle', ['long', 'short', 'slash', 'slash', 'long']),
    statedWindow: 'statedWindow' in extra ? extra.statedWindow : REGIME_WINDOW[regime],
    urgent: false,
    documentKind: extra.documentKind ?? 'denial',
    ...extra,
  };
  s.reason = extra.reason ?? reasonText(name, category, s);
  s.carc = category === 'out_of_network' && regime === 'medicare_ffs' ? 'CO-B7' : CARC[category][0];
  // N115 (an LCD decided it) only exists in Medicare.
  s.rarc =
    category === 'medical_necessity' && !regime.startsWith('medicare') ? null : CARC[category][1];
  return s;
}

function filingTruth(s) {
  if (s.documentKind !== 'denial' && s.documentKind !== 'partial_denial') return null;
  if (s.noNoticeDate) return { kind: 'member_appeal_filing', needsDate: true };
  let due = regulatoryDue(s.regime, s.notice);
  const w = s.statedWindow;
  if (w) {
    const stated =
      w.anchor === 'receipt' && s.regime === 'medicare_ffs'
        ? addDays(s.notice, w.days + 5)
        : addDays(s.notice, w.days);
    if (stated < due) due = stated;
  }
  return { kind: 'member_appeal_filing', due };
}

/** Disclosures common to all regimes that the body states, merged with the appeal block's. */
function bodyDisclosures(s, parts) {
  const d = {};
  d.specific_reason = s.category === 'other' ? 'missing' : 'present';
  const commercial = s.regime === 'erisa_group_health' || s.regime === 'aca_individual';
  if (commercial) {
    d.plan_provision = parts.provision ? 'present' : 'missing';
    if (CLINICAL.has(s.category)) {
      const own = s.mnDiscloses ?? {};
      d.criteria_or_guideline = parts.criteria || own.criteria ? 'present' : 'missing';
      d.clinical_rationale = parts.rationale || own.rationale ? 'present' : 'missing';
    }
    if (parts.codeMeaning !== undefined)
      d.denial_code_meaning = parts.codeMeaning ? 'present' : 'missing';
  }
  if (s.regime !== 'erisa_group_health' && s.regime !== 'unknown')
    d.right_to_sue_502a = 'not_applicable';
  return d;
}

function provisionText(s) {
  const sec = `${num(s.name, 'sec', 3, 9)}.${num(s.name, 'sub', 1, 12)}`;
  return pick(s.name, 'prov', [
    `This decision is based on Section ${sec} of your ${PLAN_DOCUMENT[s.regime]}, "${provisionTitle(s.category)}".`,
    `Plan provision: ${provisionTitle(s.category)} (Certificate of Coverage, Article ${sec}).`,
  ]);
}
// The document a plan's terms live in: only an ERISA plan has a Summary Plan Description.
const PLAN_DOCUMENT = {
  erisa_group_health: 'Summary Plan Description',
  aca_individual: 'Policy',
  medicare_ffs: 'Medicare Benefit Policy Manual',
  medicare_advantage: 'Evidence of Coverage',
  medicaid_managed_care: 'Member Handbook',
  unknown: 'Certificate of Coverage',
};
function provisionTitle(cat) {
  return {
    medical_necessity: 'Medically Necessary Services',
    prior_authorization: 'Services Requiring Prior Authorization',
    out_of_network: 'Network Providers',
    experimental_investigational: 'Exclusions: Experimental or Investigational Services',
    coding_billing: 'Payment of Claims',
    timely_filing: 'Filing a Claim',
    eligibility_coverage: 'When Coverage Ends',
    coordination_of_benefits: 'Coordination of Benefits',
    duplicate: 'Payment of Claims',
    missing_information: 'Proof of Loss',
    other: 'General Provisions',
  }[cat];
}
function criteriaText(s) {
  return pick(s.name, 'crit', [
    `We used ${s.category === 'experimental_investigational' ? 'Medical Policy MP-' : 'Clinical Guideline CG-'}${num(s.name, 'cg', 100, 899)} to make this decision. You may ask for a free copy.`,
    `Criteria used: InterQual ${pick(s.name, 'iq', ['Imaging', 'Rehabilitation', 'Procedures'])} subset. A copy of the criteria is available free of charge on request.`,
  ]);
}
function rationaleText(s) {
  if (s.category === 'experimental_investigational')
    return `Clinical rationale: a board-certified ${pick(s.name, 'spec2', ['psychiatrist', 'oncologist'])} reviewed the request and the published studies. The studies are small and uncontrolled, and long-term outcomes for this use are not known.`;
  return `Clinical rationale: a ${pick(s.name, 'spec', ['board-certified orthopedic surgeon', 'board-certified physiatrist', 'board-certified internist'])} reviewed the records. The records do not show failed conservative treatment or findings that would change management, so the request was not approved.`;
}

// ---------------------------------------------------------------------------------------------
// Families. Each returns { text, parts } where parts say which disclosure items the text carries.
function header(s, style) {
  const date = fmtDate(s.notice, s.dateStyle);
  const lines = [];
  if (style === 'label') lines.push(`Date of notice: ${date}`);
  else if (style === 'bare') lines.push(date);
  else lines.push(`Date: ${date}`);
  return lines;
}

function planLetter(s) {
  const n = s.name;
  const parts = {
    provision: s.regime !== 'medicare_ffs' && hash(`${n}:p`) % 4 !== 0,
    criteria: CLINICAL.has(s.category) && hash(`${n}:c`) % 3 !== 0,
    rationale: CLINICAL.has(s.category) && hash(`${n}:r`) % 3 !== 0,
    codeMeaning: undefined,
  };
  const L = [];
  L.push(s.payer.toUpperCase());
  L.push(`PO Box ${num(n, 'hq', 100, 999)}, ${s.city}`);
  L.push('');
  L.push(...header(s, pick(n, 'hdr', ['label', 'bare', 'date'])));
  L.push('');
  L.push(s.patient);
  L.push(
    `${num(n, 'street', 10, 9999)} ${pick(n, 'st', ['Alder Lane', 'Birchwood Ct', 'Quarry Rd', 'Hemlock Ave'])}`,
  );
  L.push(s.city);
  L.push('');
  L.push(`Member: ${s.patient}`);
  L.push(
    `${pick(n, 'midlabel', ['Member ID', 'Member ID #', 'Subscriber ID', 'ID Number'])}: ${s.memberId}`,
  );
  L.push(
    `${pick(n, 'clmlabel', ['Claim Number', 'Claim #', 'Reference Number', 'Claim ID'])}: ${s.claimNumber}`,
  );
  L.push(`Provider: ${s.provider}`);
  L.push(`Date of Service: ${fmtDate(s.service, s.dateStyle)}`);
  L.push(`Service: ${s.desc} (CPT/HCPCS ${s.svc.cpt}); diagnosis ${s.svc.icd.join(', ')}`);
  L.push(`Amount billed: $${s.billed.toFixed(2)}   Amount denied: $${s.denied.toFixed(2)}`);
  L.push('');
  L.push(`Dear ${s.patient.split(' ')[0]}:`);
  L.push('');
  const id = identity(s);
  if (id) L.push(id, '');
  L.push(
    pick(n, 'opening', [
      `We reviewed the claim for the services listed above and cannot approve payment.`,
      `We have completed our review of the request from your provider. We are denying coverage.`,
      `This letter explains our decision about the services listed above.`,
    ]),
  );
  L.push('');
  L.push(pick(n, 'whyhead', ['Why we denied it:', 'Reason for our decision', 'REASON FOR DENIAL']));
  L.push(s.reason);
  if (parts.rationale) L.push('', rationaleText(s));
  if (parts.criteria) L.push('', criteriaText(s));
  if (parts.provision) L.push('', provisionText(s));
  L.push('');
  const ar = appealRights(s, {
    assistance: hash(`${n}:vague`) % 4 === 0 ? 'vague' : undefined,
    sue: hash(`${n}:sue`) % 5 !== 0,
  });
  L.push(...ar.text);
  L.push('');
  L.push('Sincerely,');
  L.push(
    `${pick(n, 'signer', ['Utilization Management Department', 'Claims Review Unit', 'Member Appeals Team'])}`,
  );
  L.push(s.payer);
  return {
    text: L.join('\n') + '\n',
    disclosures: { ...bodyDisclosures(s, parts), ...ar.disclosures },
  };
}

function eob(s) {
  const n = s.name;
  const parts = { provision: false, criteria: false, rationale: false, codeMeaning: !!s.carc };
  const L = [];
  L.push(`${s.payer}`);
  L.push('EXPLANATION OF BENEFITS');
  L.push('THIS IS NOT A BILL');
  L.push('');
  L.push(`Statement date: ${fmtDate(s.notice, s.dateStyle)}`);
  L.push(`Member: ${s.patient}        Member ID: ${s.memberId}`);
  if (s.regime === 'erisa_group_health')
    L.push(`Group: ${s.employer}  Group No. ${num(n, 'grp', 100000, 999999)}`);
  const id = identity(s);
  if (id) L.push(id);
  L.push(`Claim number: ${s.claimNumber}     Provider: ${s.provider}`);
  L.push('');
  L.push(
    'Date of service  Service (code)              Billed     Allowed   Plan paid  You owe   Remark',
  );
  const code = s.carc ?? '';
  const paidLine = s.documentKind === 'partial_denial';
  if (paidLine) {
    L.push(
      `${fmtDate(s.service, 'slash')}       Office visit (99213)        $180.00    $112.40   $92.40     $20.00    PR-3`,
    );
  }
  L.push(
    `${fmtDate(s.service, 'slash')}       ${`${s.desc.slice(0, 18)} (${s.svc.cpt})`.padEnd(27)} $${s.billed.toFixed(2).padEnd(9)} $0.00     $0.00      $0.00     ${code}`,
  );
  L.push(
    `Totals                                       $${(s.billed + (paidLine ? 180 : 0)).toFixed(2).padEnd(9)}           $${paidLine ? '92.40' : '0.00'}`,
  );
  L.push(`Diagnosis: ${s.svc.icd.join(', ')}`);
  L.push('');
  L.push('Remark codes');
  if (s.carc) L.push(`${s.carc}: ${CARC_MEANING[s.carc]} ${s.reason}`);
  else L.push(`${s.reason}`);
  if (s.rarc) L.push(`${s.rarc}: ${CARC_MEANING[s.rarc]}`);
  if (paidLine) L.push('PR-3: Co-payment amount.');
  L.push('');
  const ar = appealRights(s, {
    codes: hash(`${n}:codes`) % 3 !== 0,
    assistance: hash(`${n}:vague`) % 3 === 0 ? 'vague' : undefined,
  });
  L.push(...ar.text);
  return {
    text: L.join('\n') + '\n',
    disclosures: { ...bodyDisclosures(s, parts), ...ar.disclosures },
  };
}

function msn(s) {
  const n = s.name;
  const dueDate = addDays(s.notice, 125);
  const L = [];
  L.push('Medicare Summary Notice for Part B (Medical Insurance)');
  L.push(
    'The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services',
  );
  L.push('THIS IS NOT A BILL');
  L.push('');
  L.push(`${s.patient.toUpperCase()}`);
  L.push(
    `${num(n, 'street', 10, 9999)} ${pick(n, 'st', ['WILLOW BEND DR', 'OAK KNOLL RD', 'CANAL ST'])}`,
  );
  L.push(s.city.toUpperCase());
  L.push('');
  L.push(`Medicare Number          ${s.memberId}`);
  L.push(`Date of This Notice      ${fmtDate(s.notice, 'long')}`);
  L.push(
    `Claims Processed Between ${fmtDate(addDays(s.notice, -90), 'long')} - ${fmtDate(s.notice, 'long')}`,
  );
  L.push('');
  L.push('Did Medicare Approve All Services?   NO');
  L.push('Number of Services Medicare Denied   1');
  L.push('See the last page for how to handle a denied claim.');
  L.push('');
  L.push('Your Claims for Part B (Medical Insurance)');
  L.push(`${fmtDate(s.service, 'long')} - ${s.provider}`);
  L.push(`Claim Number: ${s.claimNumber}`);
  L.push('');
  L.push('Service Provided & Billing Code      Service   Amount     Medicare   Maximum    See');
  L.push('                                     Approved? Provider   Approved   You May    Notes');
  L.push('                                               Charged    Amount     Be Billed  Below');
  L.push(
    `${`${s.desc.split(' ').reduce((a, w) => ((a + ' ' + w).length > 26 ? a : (a + ' ' + w).trim()), '')} (${s.svc.cpt})`.padEnd(37)}NO        $${s.billed.toFixed(2).padEnd(10)}$0.00      $${s.billed.toFixed(2).padEnd(10)}A`,
  );
  L.push('');
  L.push('Notes for Claims Above');
  L.push(`A  ${s.category === 'medical_necessity' ? MN_REASONS[0](s) : s.reason}`);
  if (s.category === 'medical_necessity')
    L.push(
      `   ${CARC_MEANING.N115} Ask your provider for a copy of LCD L${num(n, 'lcd', 33000, 39999)}.`,
    );
  L.push('');
  L.push('How to Handle Denied Claims');
  L.push(
    `If you disagree with a coverage decision, you can file an appeal. Appeals must be filed in writing by ${fmtDate(dueDate, 'long')}.`,
  );
  L.push(`1. Circle the service(s) you disagree with on this notice.`);
  L.push(`2. Explain in writing why you disagree, or use a Medicare Redetermination Request Form.`);
  L.push(
    `3. Send this notice, or a copy, to ${s.payer}, Attn: Redeterminations, PO Box ${num(n, 'pobox', 1000, 9999)}, ${s.city}.`,
  );
  L.push(
    'If you need help with an appeal, call 1-800-MEDICARE (1-800-633-4227) or your State Health Insurance Assistance Program.',
  );
  const d = {
    specific_reason: s.category === 'other' ? 'missing' : 'present',
    appeal_procedures_and_time_limits: 'present',
    right_to_sue_502a: 'not_applicable',
  };
  return {
    text: L.join('\n') + '\n',
    disclosures: d,
    filingDue: dueDate,
    statedWindowOverride: null,
  };
}

function ndmc(s) {
  const n = s.name;
  const L = [];
  L.push(
    pick(n, 'ndmctitle', [
      'Notice of Denial of Medical Coverage',
      'Notice of Denial of Medical Coverage (or Payment)',
      'INTEGRATED DENIAL NOTICE',
    ]),
  );
  L.push('');
  L.push(...header(s, pick(n, 'hdr', ['date', 'label'])));
  L.push(`Member number: ${s.memberId}`);
  L.push(`Name: ${s.patient}`);
  L.push(`Reference/Claim number: ${s.claimNumber}`);
  L.push('');
  L.push(
    `${s.payer}${pick(n, 'matail', [' has', ', your Medicare health plan, has'])} ${s.documentKind === 'partial_denial' ? 'partly approved' : 'denied'} the request for the following service requested by ${s.provider}:`,
  );
  L.push(
    `${s.desc} (${s.svc.cpt}), diagnosis ${s.svc.icd.join(', ')}, for services starting ${fmtDate(s.service, s.dateStyle)}.`,
  );
  L.push('');
  L.push('Why did we deny your request?');
  L.push(s.reason);
  if (CLINICAL.has(s.category))
    L.push(
      '',
      `This decision was made by ${pick(n, 'mdname', ['Dr. Willa Brandt, MD', 'Dr. Omar Feldspar, MD'])}, a physician with expertise in the field of medicine appropriate for the service.`,
    );
  L.push('');
  L.push(identity(s));
  L.push('');
  const ar = appealRights(s);
  L.push(...ar.text);
  return {
    text: L.join('\n') + '\n',
    disclosures: {
      specific_reason: s.category === 'other' ? 'missing' : 'present',
      right_to_sue_502a: 'not_applicable',
      ...ar.disclosures,
    },
  };
}

function nabd(s) {
  const n = s.name;
  const L = [];
  L.push(s.payer);
  L.push('NOTICE OF ADVERSE BENEFIT DETERMINATION');
  L.push('');
  L.push(...header(s, 'label'));
  L.push(`Member name: ${s.patient}`);
  L.push(`Medicaid ID: ${s.memberId}`);
  if (s.memberAge) L.push(`Member age: ${s.memberAge}`);
  L.push(`Authorization/Claim number: ${s.claimNumber}`);
  L.push(`Provider: ${s.provider}`);
  L.push('');
  L.push(identity(s));
  L.push('');
  L.push('What we decided');
  L.push(
    `We denied your provider's request for ${s.desc} (${s.svc.cpt}) for dates beginning ${fmtDate(s.service, s.dateStyle)}. Diagnosis code: ${s.svc.icd.join(', ')}.`,
  );
  L.push('');
  L.push('Why we made this decision');
  L.push(s.reason);
  L.push('');
  const ar = appealRights(s);
  L.push(...ar.text);
  return {
    text: L.join('\n') + '\n',
    disclosures: {
      specific_reason: s.category === 'other' ? 'missing' : 'present',
      right_to_sue_502a: 'not_applicable',
      ...ar.disclosures,
    },
  };
}

function remittanceLetter(s) {
  const n = s.name;
  const L = [];
  L.push(`${s.payer}`);
  L.push(
    pick(n, 'ratitle', [
      'PROVIDER REMITTANCE ADVICE',
      'Remittance Advice - Notice of Claim Denial to Provider',
    ]),
  );
  L.push(`Payee: ${s.provider}    NPI ${num(n, 'npi', 1000000000, 1999999999)}`);
  L.push(
    `Remit date: ${fmtDate(s.notice, 'slash')}    Check/EFT #: ${num(n, 'eft', 100000, 999999)}`,
  );
  if (s.regime !== 'unknown' && s.regime !== 'medicare_ffs') L.push(identity(s));
  if (s.regime === 'medicare_ffs')
    L.push(`Medicare Part B - ${s.payer}, Medicare Administrative Contractor`);
  L.push('');
  L.push(
    `Patient: ${s.patient.toUpperCase()}   ${s.regime === 'medicare_ffs' ? 'MBI' : 'HIC/ID'}: ${s.memberId}   ICN/Claim: ${s.claimNumber}`,
  );
  L.push('SERV DATE   PROC   MODS  BILLED     ALLOWED   DEDUCT  COINS   GRP/CARC  AMT        PAID');
  L.push(
    `${fmtDate(s.service, 'slash')}  ${s.svc.cpt.padEnd(6)} ${(s.svc.modifier ?? '').padEnd(5)} ${s.billed.toFixed(2).padEnd(10)} 0.00      0.00    0.00    ${(s.carc ?? '').padEnd(9)} ${s.billed.toFixed(2).padEnd(10)} 0.00`,
  );
  L.push(
    `CLAIM TOTALS                ${s.billed.toFixed(2).padEnd(10)} 0.00                                          0.00`,
  );
  L.push(`REM: ${s.rarc ?? ''}   DX: ${s.svc.icd.join(' ')}`);
  L.push('');
  L.push('GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes');
  if (s.carc) L.push(`${s.carc}  ${CARC_MEANING[s.carc]}`);
  if (s.rarc) L.push(`${s.rarc}  ${CARC_MEANING[s.rarc]}`);
  L.push('');
  L.push(`Explanation: ${s.reason}`);
  L.push('');
  const w = s.statedWindow;
  if (s.regime === 'medicare_ffs')
    L.push(
      `Appeal rights: a redetermination may be requested in writing within ${w.days} days from the date of receipt of this notice.`,
    );
  else if (w)
    L.push(
      `Provider appeal: submit a written appeal with supporting documentation within ${w.days} days of the date of this remittance.`,
    );
  const d = {
    specific_reason: s.category === 'other' ? 'missing' : 'present',
    appeal_procedures_and_time_limits: w ? 'present' : 'missing',
  };
  return { text: L.join('\n') + '\n', disclosures: d };
}

function portal(s) {
  const n = s.name;
  const L = [];
  L.push(`${s.payer} Member Portal`);
  L.push('Home | Claims | Benefits | ID Cards | Messages | Log out');
  L.push(
    `https://members.${s.payer.toLowerCase().replace(/[^a-z]+/g, '')}.example/claims/${s.claimNumber.replace(/\D/g, '')}`,
  );
  L.push(
    `Printed ${fmtDate(addDays(s.notice, num(n, 'printgap', 2, 9)), 'slash')} 10:${num(n, 'min', 10, 59)} AM`,
  );
  L.push('');
  L.push('Claim Details');
  L.push(`Claim Status          Denied`);
  L.push(`Claim ID              ${s.claimNumber}`);
  L.push(`Patient               ${s.patient}`);
  L.push(`Member ID             ${s.memberId}`);
  L.push(`Provider              ${s.provider}`);
  L.push(`Service Date          ${fmtDate(s.service, 'slash')}`);
  L.push(`Processed Date        ${fmtDate(s.notice, 'slash')}`);
  L.push(`Billed                $${s.billed.toFixed(2)}`);
  L.push(`Not Covered           $${s.denied.toFixed(2)}`);
  L.push(`Procedure             ${s.svc.cpt}`);
  L.push(`Diagnosis             ${s.svc.icd.join(', ')}`);
  if (s.carc) L.push(`Adjustment Code       ${s.carc}`);
  L.push('');
  L.push('Message from your plan');
  L.push(s.reason);
  const id = identity(s);
  if (id) L.push('', `Plan information: ${id}`);
  L.push('');
  const ar = appealRights(s, {
    assistance: 'vague',
    external:
      s.regime === 'aca_individual' || s.regime === 'erisa_group_health'
        ? hash(`${n}:ext`) % 2 === 0
        : undefined,
  });
  L.push(...ar.text);
  L.push('');
  L.push('Privacy | Terms of Use | Accessibility | (c) 2025');
  const body = bodyDisclosures(s, {
    provision: false,
    criteria: false,
    rationale: false,
    codeMeaning: undefined,
  });
  return {
    text: L.join('\n') + '\n',
    disclosures: { ...body, ...ar.disclosures },
    processedIsNotice: true,
  };
}

// OCR noise: O for 0 and l for 1 inside ids and numbers, words split across lines, stray marks.
function ocrNoise(text, name) {
  let i = 0;
  const noisy = text.replace(/[0-9]/g, (c) => {
    i++;
    const h = hash(`${name}:ocr:${i}`) % 7;
    if (c === '0' && h === 0) return 'O';
    if (c === '1' && h === 1) return 'l';
    return c;
  });
  return noisy
    .split('\n')
    .map((line, k) => {
      if (line.length > 60 && hash(`${name}:wrap:${k}`) % 3 === 0) {
        const cut = line.lastIndexOf(' ', 48);
        if (cut > 20) return `${line.slice(0, cut)}\n${line.slice(cut + 1)}`;
      }
      return line;
    })
    .join('\n');
}
function fax(s) {
  const base = planLetter(s);
  const faxHeader = `FROM: ${s.payer.toUpperCase()} FAX (555) 019-${num(s.name, 'fx', 1000, 9999)}   ${fmtDate(addDays(s.notice, 1), 'slash')} 14:2${num(s.name, 'm', 0, 9)}   P. 1/2\n`;
  return { ...base, text: faxHeader + ocrNoise(base.text, s.name) };
}

function tableLayout(s) {
  const n = s.name;
  const L = [];
  L.push(`${s.payer}`);
  L.push(pick(n, 'tabletitle', ['Coverage Determination Summary', 'NOTICE OF CLAIM DECISION']));
  L.push('');
  L.push('+----------------------+------------------------------------------+');
  const row = (k, v) => L.push(`| ${k.padEnd(20)} | ${String(v).padEnd(40)} |`);
  row('Notice date', fmtDate(s.notice, s.dateStyle));
  row('Member', s.patient);
  row('Member ID', s.memberId);
  row('Claim number', s.claimNumber);
  row('Date of service', fmtDate(s.service, 'slash'));
  row('Procedure code', s.svc.cpt);
  row('Diagnosis code', s.svc.icd.join(', '));
  row('Amount billed', `$${s.billed.toFixed(2)}`);
  row('Amount denied', `$${s.denied.toFixed(2)}`);
  row('Decision', 'Denied');
  // The reason wraps inside its cell, as table exports do.
  const words = s.reason.split(' ');
  const cells = [''];
  for (const w of words) {
    if ((cells[cells.length - 1] + ' ' + w).trim().length > 40) cells.push(w);
    else cells[cells.length - 1] = (cells[cells.length - 1] + ' ' + w).trim();
  }
  cells.forEach((c, i) => row(i === 0 ? 'Reason' : '', c));
  L.push('+----------------------+------------------------------------------+');
  L.push('');
  const id = identity(s);
  if (id) L.push(id, '');
  const ar = appealRights(s);
  L.push('| Your rights          | What to do                               |');
  L.push('+----------------------+------------------------------------------+');
  for (const t of ar.text.slice(1)) L.push(`  - ${t}`);
  const body = bodyDisclosures(s, {
    provision: false,
    criteria: false,
    rationale: false,
    codeMeaning: undefined,
  });
  return { text: L.join('\n') + '\n', disclosures: { ...body, ...ar.disclosures } };
}

function shortLetter(s) {
  const n = s.name;
  const id = {
    erisa_group_health: `${s.employer} employer group plan (ERISA)`,
    aca_individual: `Marketplace individual plan`,
    medicare_ffs: `Original Medicare Part B`,
    medicare_advantage: `Medicare Advantage HMO`,
    medicaid_managed_care: `Medicaid managed care plan`,
    unknown: '',
  }[s.regime];
  const w = s.statedWindow;
  const L = [
    `${s.payer}${id ? ` - ${id}` : ''}`,
    `${fmtDate(s.notice, 'slash')}  Claim ${s.claimNumber}  Member ${s.memberId}`,
    `${s.svc.cpt} on ${fmtDate(s.service, 'slash')}: DENIED${s.carc ? ` (${s.carc})` : ''}. ${s.reason}`,
    w
      ? `Appeal in writing within ${w.days} days${w.anchor === 'receipt' ? ' of receipt' : ' of this notice'}.`
      : 'Call us with questions.',
  ];
  void n;
  return {
    text: L.join('\n') + '\n',
    disclosures: {
      specific_reason: s.category === 'other' ? 'missing' : 'present',
      appeal_procedures_and_time_limits: w ? 'present' : 'missing',
    },
  };
}

const TAGLINES = [
  'ATTENTION: If you speak Spanish, language assistance services, free of charge, are available to you. Call the number on your ID card.',
  'ATTENTION: If you speak Vietnamese, free language assistance services are available to you.',
  'ATTENTION: If you speak Chinese, free language assistance services are available to you.',
  'ATTENTION: If you speak Tagalog, you can use language assistance services free of charge.',
  'ATTENTION: If you speak Korean, free language assistance services are available.',
];
const NONDISCRIMINATION = `${'Discrimination is against the law. The plan complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex. '.repeat(2)}If you believe we failed to provide these services, you can file a grievance with our Civil Rights Coordinator.`;
function veryLong(s) {
  const base = planLetter(s);
  const boiler = [
    '',
    'IMPORTANT INFORMATION ABOUT YOUR RIGHTS (General Information, Page 2 of 6)',
    'Some decisions involve services that are experimental or investigational. If a denial is based on a determination that a treatment is experimental or investigational, you may ask for an external review of that decision.',
    'Some decisions involve out-of-network emergency care, for which surprise-billing protections apply.',
    'Coordination of benefits rules decide which plan pays first when you have other coverage.',
    '',
    NONDISCRIMINATION,
    '',
    ...TAGLINES,
    '',
    'Page 3 of 6',
    'GLOSSARY OF TERMS',
    ...[
      'Allowed amount',
      'Coinsurance',
      'Copayment',
      'Deductible',
      'Out-of-pocket limit',
      'Prior authorization',
      'Network',
      'Timely filing',
    ].map(
      (t) =>
        `${t}: a term used in your plan documents. See your Evidence of Coverage for the full definition and how it applies to your benefits in a plan year.`,
    ),
    '',
    'Page 4 of 6',
    ...Array.from(
      { length: 12 },
      (_, i) =>
        `Frequently asked question ${i + 1}: How do I read my statement? Each statement lists the services we processed, the amounts billed and allowed, what the plan paid and what you may owe. Keep your statements with your records.`,
    ),
  ];
  return { ...base, text: base.text + boiler.join('\n') + '\n' };
}

const FAMILIES = {
  'plan-letter': planLetter,
  eob,
  msn,
  'ma-ndmc': ndmc,
  'medicaid-nabd': nabd,
  'remittance-letter': remittanceLetter,
  'portal-printout': portal,
  'fax-ocr': fax,
  'table-layout': tableLayout,
  short: shortLetter,
  'very-long': veryLong,
};

// ---------------------------------------------------------------------------------------------
// The grid: every category x every regime, each assigned a family that fits the regime.
const CATEGORIES = Object.keys(SERVICE);
const REGIMES = Object.keys(PAYERS);
const FITS = {
  erisa_group_health: [
    'plan-letter',
    'eob',
    'portal-printout',
    'fax-ocr',
    'table-layout',
    'short',
    'remittance-letter',
  ],
  aca_individual: ['plan-letter', 'eob', 'portal-printout', 'fax-ocr', 'table-layout', 'short'],
  medicare_ffs: ['msn', 'remittance-letter', 'msn', 'fax-ocr', 'short'],
  medicare_advantage: [
    'ma-ndmc',
    'plan-letter',
    'eob',
    'ma-ndmc',
    'table-layout',
    'remittance-letter',
  ],
  medicaid_managed_care: [
    'medicaid-nabd',
    'plan-letter',
    'medicaid-nabd',
    'eob',
    'portal-printout',
    'fax-ocr',
  ],
  unknown: ['plan-letter', 'portal-printout', 'short', 'table-layout', 'eob'],
};

const entries = [];
CATEGORIES.forEach((category, ci) =>
  REGIMES.forEach((regime, ri) => {
    const fits = FITS[regime];
    const family = fits[(ci + ri) % fits.length];
    const abbrev = {
      erisa_group_health: 'erisa',
      aca_individual: 'aca',
      medicare_ffs: 'ffs',
      medicare_advantage: 'ma',
      medicaid_managed_care: 'mcd',
      unknown: 'unk',
    }[regime];
    entries.push(spec(`${abbrev}-${category.replace(/_/g, '-')}`, category, regime, family));
  }),
);
// Medical-necessity wordings across families and regimes (the product's first use case).
MN_REASONS.slice(1).forEach((fn, i) => {
  const regime = [
    'erisa_group_health',
    'aca_individual',
    'medicare_advantage',
    'medicaid_managed_care',
  ][i % 4];
  const family = [
    'plan-letter',
    'fax-ocr',
    'table-layout',
    'portal-printout',
    'eob',
    'plan-letter',
    'very-long',
  ][i];
  const abbrev = {
    erisa_group_health: 'erisa',
    aca_individual: 'aca',
    medicare_advantage: 'ma',
    medicaid_managed_care: 'mcd',
  }[regime];
  const s = spec(`${abbrev}-mn-wording-${i + 1}`, 'medical_necessity', regime, family);
  s.reason = fn(s);
  s.mnDiscloses = MN_DISCLOSES[i + 1];
  entries.push(s);
});
// Original Medicare medical necessity in every Medicare family.
for (const family of ['msn', 'remittance-letter', 'fax-ocr', 'short'])
  entries.push(spec(`ffs-mn-${family}`, 'medical_necessity', 'medicare_ffs', family));
// Shorter stated window than the regulation (a defect itself).
entries.push(
  spec('erisa-mn-60-day-window', 'medical_necessity', 'erisa_group_health', 'plan-letter', {
    statedWindow: { days: 60, anchor: 'notice' },
  }),
);
entries.push(
  spec('aca-pa-no-window', 'prior_authorization', 'aca_individual', 'plan-letter', {
    statedWindow: null,
  }),
);
// Very long letters with boilerplate that mentions other categories.
entries.push(spec('erisa-oon-very-long', 'out_of_network', 'erisa_group_health', 'very-long'));
entries.push(spec('aca-elig-very-long', 'eligibility_coverage', 'aca_individual', 'very-long'));
// Medicaid visit limit for a member under 21 (EPSDT).
entries.push(
  spec(
    'mcd-mn-visit-limit-under-21',
    'medical_necessity',
    'medicaid_managed_care',
    'medicaid-nabd',
    { memberAge: 9, reason: MN_REASONS[3]({}), svc: SERVICE.medical_necessity[1] },
  ),
);
// MA skilled nursing / plateau wording.
entries.push(
  spec('ma-mn-plateau-snf', 'medical_necessity', 'medicare_advantage', 'ma-ndmc', {
    reason:
      'Your skilled nursing care is ending because you have reached a plateau and are not improving; the services are no longer considered skilled.',
  }),
);
// Partial denial EOB.
entries.push(
  spec('erisa-coding-partial-eob', 'coding_billing', 'erisa_group_health', 'eob', {
    documentKind: 'partial_denial',
  }),
);

// ---------------------------------------------------------------------------------------------
function truthFields(s) {
  const f = {
    memberId: s.memberId,
    claimNumber: s.claimNumber,
    cptHcpcs: s.documentKind === 'partial_denial' ? ['99213', s.svc.cpt] : [s.svc.cpt],
    // Medicare Summary Notices and one-line notices print no diagnosis.
    icd10: ['msn', 'short'].includes(s.family) ? [] : s.svc.icd,
    noticeDate: s.notice,
    serviceDates: [s.service],
  };
  // Families that print the denied (or not-covered) amount.
  if (!['ma-ndmc', 'medicaid-nabd', 'short'].includes(s.family)) f.deniedAmount = s.denied;
  return f;
}

function writeEntry(s) {
  const render = FAMILIES[s.family];
  const r = render(s);
  const dir = join(ROOT, s.family);
  mkdirSync(dir, { recursive: true });
  const txt = join(dir, `${s.name}.txt`);
  const exp = join(dir, `${s.name}.expected.json`);
  writeFileSync(txt, r.text);
  let filing = filingTruth(s);
  if (r.filingDue && filing) filing = { ...filing, due: r.filingDue };
  // MSNs print a file-by date, not a window; a provider remittance counts from its own date.
  const statedWindow =
    s.family === 'msn'
      ? null
      : s.family === 'remittance-letter' && s.regime !== 'medicare_ffs' && s.statedWindow
        ? { ...s.statedWindow, anchor: 'notice' }
        : s.statedWindow;
  const truth = {
    documentKind: s.documentKind,
    category: s.category,
    regime: s.regime,
    fields: truthFields(s),
    disclosures: r.disclosures,
    statedWindow: statedWindow ? { days: statedWindow.days, anchor: statedWindow.anchor } : null,
    filingDeadline: filing,
  };
  const old = existsSync(exp) ? JSON.parse(readFileSync(exp, 'utf8')) : {};
  const out = {
    family: s.family,
    source: 'generated',
    truth,
    knownGaps: old.knownGaps ?? [],
    ...(old.golden ? { golden: old.golden } : {}),
  };
  writeFileSync(exp, JSON.stringify(out, null, 2) + '\n');
}

for (const s of entries) writeEntry(s);
console.log(`wrote ${entries.length} letters`);
void dirname;
