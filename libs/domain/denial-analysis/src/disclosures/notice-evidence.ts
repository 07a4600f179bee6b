// Evidence for the elements that tell the member how to proceed and identify the claim: appeal
// procedures, right to sue, expedited review, claim identification, codes, external review and
// consumer assistance.
import {
  type EvidenceContext,
  type Evidence,
  firstMatch,
  missing,
  present,
  sentenceAround,
  vague,
} from './evidence.helpers';
import {
  PAYER_CODE_STATEMENT,
  PAYER_CODE_WORDS,
  remarkLegendReason,
} from '../extract/payer-code-meanings';
import type { Span } from '../record-check.types';
import { firstPlaceholderFrom } from '../text/placeholders';
import { hasAny } from '../text/prepare-text';

const IN_WRITING =
  /\bin writing\b|\bwritten (?:appeal|request)\b|\bfile (?:an|your)(?: internal| written| first-level)? appeal\b|\bhow to (?:appeal|file)\b|\bask (?:us |[A-Z][\w ]{0,40})?for (?:an|a) (?:(?:internal|formal|written|first-level|plan) )?(?:appeal|review|state hearing|fair hearing)\b/i;
const REVIEW_MENTION = /\b(?:request|ask for) a review\b|\bright to appeal\b|\bappeal\b/i;

const FILE_BY_DATE =
  /\b(?:must be |should be )?(?:filed|received|submitted|requested|file (?:it|your appeal|an appeal))\b[^.\n]{0,40}\bby:?\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})|\b(?:deadline|last day) to (?:file|request|ask for) (?:an |your )?(?:appeal|redetermination)\W{0,4}(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})/i;

const MONTH_WINDOW =
  /\b(?:within|no later than|up to)\s+(?:one|two|three|four|six|twelve|\d{1,2})(?:\s*\(\d{1,2}\))?\s+(?:calendar\s+)?months?\s+(?:of|from|after|following)\b[^.]{0,40}?\bthis\s+(?:letter|notice|decision|determination)\b/i;

export function appealProcedures({ p, x }: EvidenceContext): Evidence {
  const window = x.deadlines.all.find((w) => !w.fromLaterEvent) ?? x.deadlines.all[0] ?? null;
  const how = x.fields.appealInstructions ?? null;
  const writing = firstMatch(p, IN_WRITING, ['writing', 'written', 'file', 'how', 'ask']);
  if (window && (how || writing))
    return present(window.span, `states a ${window.value.days}-day window and how to file`);
  if (window)
    return vague(
      window.span,
      `states a ${window.value.days}-day window but not where or how to file`,
    );
  // A printed last day the deadline reader took as the appeal's ("we must receive your appeal by
  // October 31, 2026").
  const stated = x.fields.statedDeadline;
  if (stated && stated.value.purpose === 'plan_appeal' && (how || writing))
    return present(stated.span, `gives "${stated.value.text}" as the time limit and how to file`);
  // A file-by date is a time limit too (Medicare Summary Notices print one instead of a window).
  const fileBy = firstMatch(p, FILE_BY_DATE, [
    'deadline',
    'filed',
    'file',
    'received',
    'submitted',
    'requested',
  ]);
  if (fileBy && (how || writing))
    return present(fileBy, 'gives the date by which the appeal must be filed and how to file');
  // A final decision's next step is counted in months ("within four (4) months after you receive
  // this letter" for external review): a time limit, though not a day count. Not a window that
  // runs from a decision still to come ("4 months after you receive our final decision").
  const months = firstMatch(p, MONTH_WINDOW, ['month', 'months']);
  if (months && (how || writing))
    return present(months, 'states a window in months and how to file');
  const review = firstMatch(p, REVIEW_MENTION, ['review', 'appeal']);
  return missing(
    review
      ? 'mentions an appeal or review but states no time limit (or no procedure)'
      : 'no appeal procedure or time limit is described',
  );
}

const SUE =
  /\b502\s?\(a\)|\bcivil action\b|\bright to (?:sue|bring (?:a )?(?:civil action|lawsuit|suit|legal action))\b|\b(?:file|bring) (?:a )?(?:lawsuit|suit) in (?:federal|state) court\b|\b(?:additional|other|further) rights under federal law\b/i;

export function rightToSue({ p }: EvidenceContext): Evidence {
  // "… may have additional rights under federal law" points at the right without naming it: vague.
  const m = firstMatch(p, SUE, ['502', 'civil', 'sue', 'lawsuit', 'suit', 'rights']);
  if (!m) return missing('no statement of the right to bring a civil action under ERISA §502(a)');
  const sentence = sentenceAround(p, m);
  const text = p.masked.slice(sentence[0], sentence[1]);
  if (/502\s?\(a\)|ERISA|Employee Retirement/i.test(text))
    return present(sentence, 'states the right to sue under ERISA §502(a)');
  return vague(sentence, 'mentions a lawsuit without tying it to ERISA §502(a)');
}

const EXPEDITED =
  /\b(?:expedited|fast|faster|urgent|quick)\b[^.\n]{0,40}\b(?:appeal|review|reconsideration|decision|hearing|process)\b|\bexpedited\b/i;
const HOW = /\b(?:call|calling|ask for|request|fax|phone|contact)\b/i;

export function expedited({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, EXPEDITED, ['expedited', 'fast', 'faster', 'urgent', 'quick']);
  if (!m) return missing('no expedited (urgent) review process is described');
  const s = sentenceAround(p, m);
  if (HOW.test(p.masked.slice(s[0], s[1])))
    return present(s, 'describes how to ask for an expedited review');
  return vague(s, 'mentions an expedited review without saying how to ask for it');
}

const ID_LABELS: ReadonlyArray<{ what: string; re: RegExp; words: readonly string[] }> = [
  {
    what: 'date of service',
    words: ['service', 'dos', 'requested'],
    re: /\bdates? of service\b|\bservice dates?\b|\bDOS\b|\brequested start\b/i,
  },
  {
    what: 'provider',
    words: ['provider', 'physician', 'facility'],
    re: /\b(?:provider|physician|facility)(?: name)?\s*\**\s*:/i,
  },
  {
    what: 'amount',
    words: ['billed', 'charged', 'charge', 'amt', 'amount'],
    re: /\b(?:amount billed|billed|charged?|amt\.?)\b/i,
  },
  { what: 'claim number', words: ['claim'], re: /\bclaim(?: number| no\.?| #| id)?\s*\**\s*[:#]/i },
  {
    what: 'service',
    words: ['service', 'services'],
    re: /^[ \t*]*(?:service|services|description of service|service\/device)\b[^:\n]{0,20}:/im,
  },
];

export function claimIdentification({ p, x }: EvidenceContext): Evidence {
  const f = x.fields;
  const values: Array<[string, Span | undefined]> = [
    ['date of service', f.serviceDates?.span],
    ['provider', f.provider?.span],
    ['amount', f.billedAmount?.span],
    ['claim number', f.claimNumber?.span],
    ['service codes', f.cptHcpcs?.span],
  ];
  const withValue = values.filter((v): v is [string, Span] => v[1] !== undefined);
  if (withValue.length >= 2) {
    const first = withValue.map((v) => v[1]).sort((a, b) => a[0] - b[0])[0] as Span;
    return present(first, `identifies the claim (${withValue.map((v) => v[0]).join(', ')})`);
  }
  const labels = ID_LABELS.map((l) => ({
    what: l.what,
    span: firstMatch(p, l.re, l.words),
  })).filter((l): l is { what: string; span: Span } => l.span !== null);
  if (withValue.length + labels.length >= 2) {
    const first = [...withValue.map((v) => v[1]), ...labels.map((l) => l.span)].sort(
      (a, b) => a[0] - b[0],
    )[0] as Span;
    const why = `has fields to identify the claim (${labels.map((l) => l.what).join(', ')}) but they are blank or incomplete`;
    // Blank fields still give the notice its place for the element (a model notice's slot counts,
    // as the labelled samples count it): vague, never present.
    return vague(first, why);
  }
  if (withValue.length === 1)
    return vague(
      (withValue[0] as [string, Span])[1],
      `identifies the claim only by ${(withValue[0] as [string, Span])[0]}`,
    );
  return missing('does not identify the claim (date of service, provider, amount)');
}

// "… the codes on this request with what they mean", "a free copy of … the codes on this notice
// and what they mean"; a long list of what may be requested may come before the codes.
const CODES_AVAILABLE =
  /\b(?:diagnosis|treatment|procedure)\b[^.]{0,60}\bcodes?\b[^.]{0,80}\b(?:request|available|ask|free of charge|at no cost)\b|\b(?:request|ask\b[^.]{0,30}?\bfor|available|free cop(?:y|ies) of)\b[^.]{0,320}\b(?:(?:diagnosis|treatment)\b[^.]{0,40}\bcodes?|(?:the )?meanings? of (?:any|each|every|the) codes?|codes?\b[^.]{0,40}\b(?:with|and) (?:what (?:they|each|it) means?|their meanings?))\b/i;

export function diagnosisCodes({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, CODES_AVAILABLE, ['code', 'codes']);
  if (m)
    return present(
      sentenceAround(p, m),
      'says the diagnosis and treatment codes and their meanings are available on request',
    );
  return missing(
    'does not say the diagnosis and treatment codes (and their meanings) are available on request',
  );
}

const CODE_MEANING_LABEL =
  /\b(?:code meaning|meaning of (?:the |this )?(?:denial |reason )?code|what this (?:code )?means)\b(?:[ \t]*[:|]|[ \t]{2,})[ \t|]*[A-Za-z0-9]/i;
// A Medicare Summary Notice explains each note letter of its claim rows ("Notes for Claims Above"
// / "A  Medicare won't pay for these adjustments …").
const MSN_NOTE_LEGEND =
  /\bNotes for (?:(?:Your|This|the|Part [AB])[ \t]+)?(?:(?:Facility|Medical|Hospital|Part [AB])[ \t]+)?(?:Claims?|Services?|Items?)(?:[ \t]+(?:Above|\d+))?\b(?:[ \t]+Page \d+ of \d+)?[ \t]*\n\s*[A-Z][ \t.)]+(?:\(?(?:Message[ \t]+)?\d{1,2}\.\d{1,3}\)?[ \t]*-?[ \t]*)?[A-Z][a-z]/i;
const DENIAL_CODE_LABEL = /\b(?:denial|reason|remark|adjustment) codes?\b\s*\**\s*:/i;

export function denialCode({ p, x }: EvidenceContext): Evidence {
  const explained = x.codes.explained[0];
  if (explained) return present(explained, 'gives the denial code with its meaning');
  const own = firstMatch(p, PAYER_CODE_STATEMENT, PAYER_CODE_WORDS);
  if (own) return present(own, "gives the payer's own denial code with its meaning");
  const code = x.codes.carc.find((c) => c.denial) ?? x.codes.carc[0];
  if (code) return vague(code.span, `shows code ${code.code} without its meaning`);
  // A labelled meaning ("| Code meaning | OON-EPO-02 = non-emergency service … |").
  const meaning = firstMatch(p, CODE_MEANING_LABEL, ['meaning', 'means']);
  if (meaning) return present(meaning, 'gives the denial code with its meaning');
  // A payer's own remark code on the service row, explained in the letter's legend.
  const legend = remarkLegendReason(p) ?? remarkLegendReason(p, false);
  if (legend) return present(legend.span, "gives the payer's remark code with its meaning");
  const notes = firstMatch(p, MSN_NOTE_LEGEND, ['notes']);
  if (notes) return present(notes, 'explains the note letter of each claim line');
  const label = firstMatch(p, DENIAL_CODE_LABEL, ['code', 'codes']);
  if (label) return vague(label, 'has a denial-code field, but it is blank');
  return missing('no denial code or its meaning is given');
}

const EXTERNAL =
  /\bexternal (?:review|appeal)\b|\bIndependent Review (?:Entity|Organi[sz]ation)\b|\bIRO\b|\bIRE\b|\b(?:state )?fair hearing\b|\bstate hearing\b|\bQualified Independent Contractor\b|\bindependent (?:external |outside )?review(?:ers?)?\b|\boutside review\b/i;

const EXTERNAL_ALL = new RegExp(EXTERNAL.source, 'gi');
const HOW_TO_ASK =
  /\b(?:ask|request|automatically|within|sent|send|forward(?:ed)?|file|call|by)\b/i;

export function externalReview({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, EXTERNAL, [
    'external',
    'independent',
    'iro',
    'ire',
    'hearing',
    'qualified',
  ]);
  if (!m) return missing('does not describe external review (or the fair hearing / IRE path)');
  // A heading ("An outside review") names the path; the sentences under it say how to take it.
  const first = sentenceAround(p, m);
  EXTERNAL_ALL.lastIndex = m[0];
  for (
    let k = 0, n = EXTERNAL_ALL.exec(p.masked);
    n && k < 8;
    n = EXTERNAL_ALL.exec(p.masked), k++
  ) {
    const s = sentenceAround(p, [n.index, n.index + n[0].length]);
    if (HOW_TO_ASK.test(p.masked.slice(s[0], s[1])))
      return present(s, 'describes the external review / hearing path');
  }
  return vague(first, 'names external review without saying how to get it');
}

const CONSUMER =
  /\bconsumer assistance\b|\bombuds(?:man|person)?\b|\bEmployee Benefits Security Administration\b|\bEBSA\b|\b1-866-444-3272\b|\b1-800-MEDICARE\b|\bState Health Insurance Assistance Program\b|\bSHIP\b|\bSHINE\b|\b(?:Department|Division|Office|Bureau|Commissioner) of (?:the )?(?:Commissioner of |Superintendent of )?(?:Insurance|Consumer Services|Managed Health Care|Financial Services|Financial Regulation|Health Insurance)\b|\bConsumer Advocacy (?:Section|Unit|Division|Office|Program)\b|\bInsurance (?:Department|Commissioner)\b|\bConsumer Services (?:Division|Section|Unit|Bureau)\b|\bSHIIP\b|\bHealth Insurance (?:Information )?(?:Counseling|Assistance|Information) Program\b|\bfree[^.\n]{0,40}\bMedicare counseling\b|\bIndependent Consumer Advocacy Network\b|\bICAN\b|\blegal (?:aid|services)\b|\bHealth Insurance Counseling\b|\bHealth Care Advocate\b|\bHealth Insurance Smart NC\b/i;
const HELP_LINE = /\b(?:need help|for help|get help|help with)\b/gi;
const PHONE_NEAR = /(?:1[-. ]?)?(?:\(\d{3}\)[ ]?|\d{3}[-. ])\d{3}[-. ]\d{4}/;

export function consumerAssistance({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, CONSUMER, [
    'consumer',
    'advocate',
    'ombudsman',
    'ombuds',
    'ombudsperson',
    'security',
    'ebsa',
    '444',
    'medicare',
    'assistance',
    'ship',
    'shine',
    'department',
    'insurance',
    'advocacy',
    'ican',
    'legal',
    'counseling',
    'division',
    'bureau',
    'commissioner',
    'shiip',
  ]);
  if (m) return present(sentenceAround(p, m), 'gives an independent consumer-assistance contact');
  HELP_LINE.lastIndex = hasAny(p, ['help']) ? 0 : p.masked.length;
  for (let h = HELP_LINE.exec(p.masked); h; h = HELP_LINE.exec(p.masked)) {
    const end = h.index + h[0].length;
    const after = p.masked.slice(end, end + 80);
    const ph = firstPlaceholderFrom(p.placeholders, end);
    // A "call us" line is the plan's own help desk: it does not disclose the independent
    // consumer-assistance program, so the element stays missing (issue 7).
    if (PHONE_NEAR.test(after) || (ph && ph[0] - end <= 10))
      return missing(
        "offers a help line, but it is the plan's own number, not an independent consumer-assistance program or ombudsman",
      );
  }
  return missing('no consumer-assistance or ombudsman contact is given');
}
