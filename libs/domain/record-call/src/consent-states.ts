/**
 * US states whose wiretap laws require every party's consent to record a phone call (all-party or
 * "two-party" consent). Last verified 2026-11 against state statutes as commonly summarised; Michigan
 * and Oregon are read conservatively (their courts/statutes split by call type). Keep as data.
 */
export const ALL_PARTY_CONSENT_STATES: Readonly<Record<string, string>> = {
  CA: 'California',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  IL: 'Illinois',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MT: 'Montana',
  NV: 'Nevada',
  NH: 'New Hampshire',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  WA: 'Washington',
};
export const CONSENT_STATES_LAST_VERIFIED = '2026-11-23';

/** The all-party-consent states among those a call touches (caller's and payer line's), sorted. */
export function allPartyConsentStates(states: Array<string | null | undefined>): string[] {
  const found = new Set<string>();
  for (const s of states) {
    const code = s?.trim().toUpperCase();
    if (code && ALL_PARTY_CONSENT_STATES[code]) found.add(code);
  }
  return [...found].sort();
}
