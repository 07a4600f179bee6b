import {
  allPartyConsentStates,
  topicsFor,
  type CallScriptInput,
  type CallTopic,
  type DisclosureState,
} from '@claimlane/domain-record-call';
import type { KnownIdentifiers } from '@claimlane/domain-redaction';
import {
  DENIAL_CATEGORIES,
  DISCLOSURE_ELEMENTS,
  DISCLOSURE_STATUSES,
  type DenialCategory,
} from '@claimlane/shared-contracts';
import type { CallContext } from './record-calls.repository';

/** The disclosure audit stored with the denial (the Record Check analysis), if there is one. */
export function disclosuresOf(analysis: CallContext['analysis']): DisclosureState[] | undefined {
  const list = analysis?.disclosures;
  if (!Array.isArray(list)) return undefined;
  return list.filter(
    (d): d is DisclosureState =>
      (DISCLOSURE_ELEMENTS as readonly string[]).includes(d.element) &&
      (DISCLOSURE_STATUSES as readonly string[]).includes(d.status),
  );
}

export function categoryOf(c: string): DenialCategory {
  return (DENIAL_CATEGORIES as readonly string[]).includes(c) ? (c as DenialCategory) : 'other';
}

export function planTopics(analysis: CallContext['analysis'], category: string): CallTopic[] {
  return topicsFor(disclosuresOf(analysis), categoryOf(category));
}

const usDate = (iso: string | null) => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[2]}/${m[3]}/${m[1]}` : null;
};

/** What the script says and what the assistant may give when asked (identifiers only on request). */
export function scriptInputFor(ctx: CallContext): CallScriptInput {
  const p = ctx.patient;
  const name = [p?.firstName, p?.lastName].filter(Boolean).join(' ') || null;
  return {
    topics: ctx.call.topics as CallTopic[],
    onBehalfOf: ctx.tenantName,
    consentStates: allPartyConsentStates(ctx.call.consentStates),
    identity: {
      claimNumber: ctx.claimNumber,
      memberId: p?.memberId ?? null,
      patientName: name,
      dateOfBirth: usDate(p?.dateOfBirth ?? null),
      serviceDate: usDate(ctx.serviceDate),
    },
  };
}

/** Identifiers the case holds: redacted wherever they appear, whatever the context. */
export function knownIdentifiersFor(ctx: CallContext): KnownIdentifiers {
  const p = ctx.patient;
  return {
    names: [[p?.firstName, p?.lastName].filter(Boolean).join(' '), p?.firstName, p?.lastName],
    dateOfBirth: p?.dateOfBirth ?? null,
    memberIds: [p?.memberId],
  };
}
