import type { CallTopic } from './call-topics';

/**
 * What the representative's turn does to the conversation, read from its text alone (the same text a
 * speech recogniser would hand over). Patterns are deliberately plain: a misread turn costs one extra
 * question, never a fabricated answer, because answers are captured only when the topic's own pattern
 * matches.
 */
export type RepresentativeIntent =
  | { kind: 'consent_refused' }
  | { kind: 'hold' }
  | { kind: 'resume' }
  | { kind: 'transfer' }
  | { kind: 'callback' }
  | { kind: 'refusal'; proprietary: boolean }
  | { kind: 'identification' }
  | { kind: 'answer' }
  | { kind: 'other' };

const CONSENT_REFUSED =
  /\b(?:(?:do not|don't|doesn't) (?:consent|agree)|not (?:okay|ok|comfortable) (?:with|being) (?:being )?record|can(?:no|')t be recorded|no recording|decline (?:the )?recording)\b/i;
const HOLD =
  /\b(?:place you on (?:a )?(?:brief |short )?hold|put you on (?:a )?(?:brief |short )?hold|please hold|hold on (?:a|one) (?:moment|second|minute)|bear with me|one moment while I)\b/i;
const RESUME =
  /\b(?:thank(?:s| you) for (?:holding|waiting|your patience)|sorry for the wait|are you still there|I'm back)\b/i;
const TRANSFER =
  /\b(?:transfer(?:ring)? you|connect(?:ing)? you (?:to|with)|put you through|forward(?:ing)? (?:you|your call))\b/i;
const CALLBACK =
  /\b(?:call (?:you|the office|the provider) back|callback|return your call|someone (?:will|can) (?:reach out|call)|get back to you)\b/i;
const REFUSAL =
  /\b(?:(?:can(?:no|')t|cannot|am not able to|are not able to|not able to|unable to|not allowed to|won't be able to|am not authori[sz]ed to|not permitted to) (?:share|give|disclose|provide|release|tell|read|send)|(?:is|are|that's|it's) (?:proprietary|confidential|internal only)|not something (?:we|I) (?:can )?(?:share|give out|disclose)|(?:we|I) don't (?:give|share|release) (?:that|those|out))\b/i;
const PROPRIETARY = /\b(?:proprietary|trade secret|licensed content)\b/i;
const IDENTIFICATION_ASK =
  /\b(?:member (?:id|ID|number)|date of birth|DOB|patient'?s? (?:full )?name|claim number|subscriber|verify)\b[^.?!]*\?|\b(?:can|may|could) I (?:have|get)\b[^.?!]*\b(?:member|date of birth|name|claim)\b/i;

const REFERENCE =
  /\b(?:reference|ref|call|confirmation|tracking|interaction)(?: (?:number|no\.?|#|id|ID))?(?: for (?:this|today's) call)?(?: is|:)?\s+([A-Z0-9][A-Z0-9-]{4,}[A-Z0-9])\b/i;

/** An id-like token (letters/digits with dashes, or 6+ digits): read as a reference only in reply to the question. */
const ID_LIKE = /\b(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)+\b|\b\d{6,}\b/;

/** Evidence an answer must show for each topic: a bare conclusion never counts. */
const ANSWER: Record<CallTopic, RegExp> = {
  specific_reason:
    /\b(?:because|since|due to|did not (?:show|document|include|meet|try|complete)|didn't (?:show|document|include|meet|try|complete)|no (?:documentation|record|evidence|notes?)|without|lack(?:ed)? of|fewer than|less than|at least|failed (?:to|a)|was not (?:documented|tried|attempted)|insufficient)\b/i,
  plan_provision:
    /\b(?:section|article|provision|exclusion (?:number|\d)|plan document|certificate of coverage|evidence of coverage|summary plan description|SPD|page \d+)\b/i,
  criteria_applied:
    /\b(?:InterQual|MCG|Milliman|Hayes|(?:medical|clinical|coverage) policy (?:number |no\.? |#)?[A-Z]*[-.]?\d[\w.-]*|policy (?:number|no\.?|#) ?[\w.-]*\d|LCD|NCD|L\d{5}|guideline (?:called|named|titled))/i,
  criteria_copy:
    /\b(?:yes|sure|certainly|we (?:can|will)|I(?:'ll| will| can) (?:send|mail|fax|submit|request|note)|free of charge|at no (?:charge|cost)|request (?:has been|is|was) (?:submitted|entered|placed|noted))\b/i,
  reviewer:
    /\b(?:Dr\.? [A-Z][a-z]+|M\.?D\.?|D\.?O\.?|R\.?N\.?|board[- ]certified|medical director|physician|nurse (?:reviewer|practitioner)|pharmacist|surgeon|specialist)\b/,
  records_reviewed:
    /\b(?:records?|notes|reports?|imaging|MRI|CT scan|x-rays?|letter of medical necessity|chart|office visits?|physical therapy|PT notes|lab results|documentation)\b[^.]*\b(?:reviewed|received|had|included|looked at|considered|on file|in the file)\b|\b(?:reviewed|received|had|looked at|considered)\b[^.]*\b(?:records?|notes|reports?|imaging|MRI|x-rays?|chart|office visits?|documentation)\b/i,
  appeal_deadline:
    /\b(?:\d{1,3}|thirty|sixty|ninety|one hundred (?:and )?eighty) (?:calendar |business )?days\b|\b(?:within|by) (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}\/\d{1,2})/i,
  appeal_submission:
    /\b(?:fax(?:ed)?|P\.? ?O\.? Box|mail(?:ing)? address|portal|Suite \d+|\d{2,6} [A-Z][a-z]+ (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Parkway|Pkwy|Way))\b[^.]*\d/i,
  reference_number: new RegExp(`${REFERENCE.source}|${ID_LIKE.source}`, 'i'),
};

export function classifyUtterance(
  text: string,
  ctx: { topic: CallTopic | null; opening: boolean },
): RepresentativeIntent {
  if (ctx.opening && CONSENT_REFUSED.test(text)) return { kind: 'consent_refused' };
  if (HOLD.test(text)) return { kind: 'hold' };
  if (TRANSFER.test(text)) return { kind: 'transfer' };
  if (REFUSAL.test(text)) return { kind: 'refusal', proprietary: PROPRIETARY.test(text) };
  if (ctx.topic && answers(text, ctx.topic)) return { kind: 'answer' };
  if (CALLBACK.test(text)) return { kind: 'callback' };
  if (IDENTIFICATION_ASK.test(text)) return { kind: 'identification' };
  if (RESUME.test(text)) return { kind: 'resume' };
  return { kind: 'other' };
}

export function answers(text: string, topic: CallTopic): boolean {
  return ANSWER[topic].test(text);
}

/**
 * Reference numbers spoken in a turn, in order: those introduced as a reference anywhere, and, in the
 * turn answering the reference question (`answering`), any id-like token.
 */
export function referenceNumbersIn(
  text: string,
  answering = false,
): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  const re = new RegExp(REFERENCE.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[1]!;
    if (!/\d/.test(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    out.push({ value, start, end: start + value.length });
  }
  if (out.length === 0 && answering) {
    const m = ID_LIKE.exec(text);
    if (m) out.push({ value: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Which kinds of identifier the representative asked for, so the assistant answers only those. */
export function requestedIdentifiers(text: string): Array<'member_id' | 'dob' | 'name' | 'claim'> {
  const out: Array<'member_id' | 'dob' | 'name' | 'claim'> = [];
  if (/\b(?:member|subscriber) (?:id|number)\b/i.test(text)) out.push('member_id');
  if (/\b(?:date of birth|DOB|birth ?date)\b/i.test(text)) out.push('dob');
  if (/\bname\b/i.test(text)) out.push('name');
  if (/\bclaim (?:number|id|#)\b/i.test(text)) out.push('claim');
  return out.length > 0 ? out : ['claim'];
}
