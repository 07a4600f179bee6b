import type { KnownIdentifiers } from '../identifier-kinds';

/**
 * Hand-written call transcripts (fictitious people, plans and numbers) with inline labels:
 * `{kind:value}` marks an identifier that must be redacted (kind: name, dob, member_id, ssn, phone,
 * address); `[[value]]` marks text that must survive verbatim (reference numbers, codes, dates of
 * service, the payer's own appeals fax/address, payer staff names). `known` is what the case record
 * holds, as the Record Call service passes it.
 */
export interface LabelledTranscript {
  id: string;
  known: KnownIdentifiers;
  text: string;
}

const dana: KnownIdentifiers = {
  names: ['Dana Whitcombe'],
  dateOfBirth: '1971-04-19',
  memberIds: ['XQH448120937'],
};

export const LABELLED_TRANSCRIPTS: LabelledTranscript[] = [
  {
    id: 'cooperative-known-facts',
    known: dana,
    text: `REP: Can I have the member ID and date of birth?
AI: The member ID is {member_id:XQH448120937}. The date of birth is {dob:04/19/1971}.
REP: Thank you, I have {name:Dana Whitcombe} here, claim [[CLM-55120]] for [[09/14/2026]].
REP: Your reference number is [[REF-2026-118842]].`,
  },
  {
    id: 'patient-name-cue-unknown',
    known: {},
    text: `REP: What is the patient's name?
AI: The patient's name is {name:Harold Jenkins}.
REP: I see the denial for CPT [[72148]], diagnosis [[M54.16]], denial code [[CO-50]].`,
  },
  {
    id: 'spelled-last-name',
    known: {},
    text: `REP: Can you spell the last name?
AI: The member's last name is {name:Okonkwo}, spelled {name:O-K-O-N-K-W-O}.
REP: Got it. Reference [[R-55102-B]].`,
  },
  {
    id: 'last-comma-first',
    known: {},
    text: `REP: The member name is {name:Ferreira, Lucia} and the claim number is [[8847120033]].`,
  },
  {
    id: 'dob-month-name-with-dos',
    known: {},
    text: `REP: Date of birth {dob:March 3, 1958}, and the date of service was [[September 14, 2026]], correct?
AI: Yes, that is right.`,
  },
  {
    id: 'dob-born-ordinal',
    known: {},
    text: `AI: The patient was born on {dob:the 3rd of May 1958}.
REP: Thanks, and the service on [[05/02/2026]] was denied under [[CO-197]].`,
  },
  {
    id: 'dob-after-date',
    known: {},
    text: `REP: I have {dob:11/02/1984} as her date of birth; is that right?
AI: Yes. The claim for [[11/20/2026]] is what I am calling about.`,
  },
  {
    id: 'ssn-full-and-last-four',
    known: {},
    text: `REP: For verification, the subscriber's social security number on file is {ssn:412-55-0193}.
AI: I can only confirm the last four of the social, {ssn:0193}.
REP: That matches. Reference [[55120-9931]].`,
  },
  {
    id: 'member-phone-vs-payer-fax',
    known: {},
    text: `REP: The member's phone number on file is {phone:312-555-0199}.
REP: Appeals can be faxed to [[855-555-0142]], attention appeals unit.`,
  },
  {
    id: 'home-address-vs-payer-po-box',
    known: {},
    text: `REP: We mailed the letter to the member's address, {address:4410 North Clark Street, Apt 3B, Chicago, IL 60640}.
REP: Send the appeal to [[P.O. Box 14079, Lexington, KY 40512]].`,
  },
  {
    id: 'spoken-spaced-member-id-known',
    known: { memberIds: ['XQH448120937'] },
    text: `AI: The member ID is {member_id:X Q H 4 4 8 1 2 0 9 3 7}.
REP: Thank you. That claim had HCPCS [[E0650]] billed.`,
  },
  {
    id: 'medicare-mbi',
    known: {},
    text: `REP: Can I get the Medicare number?
AI: The Medicare number is {member_id:1EG4-TE5-MK73}.
REP: I see the redetermination, appeal number [[MA-2026-004471]].`,
  },
  {
    id: 'codes-only',
    known: {},
    text: `REP: It was billed with CPT [[97110]] and [[97140]], ICD-10 [[M25.561]] and [[S83.241A]], group code [[PR-204]] with remark [[N115]].
AI: Thank you.`,
  },
  {
    id: 'reference-given-twice',
    known: {},
    text: `AI: May I have a reference number for this call?
REP: Is there anything else?
AI: Before we finish, could I get the reference number for this call, please?
REP: Sure, it is [[4481-22901]]. The claim number is [[CLM-2026-77120]].`,
  },
  {
    id: 'spouse-name',
    known: {},
    text: `REP: Her husband, {name:Martin Okafor}, called about this claim last week. His cell is {phone:(773) 555-0148}.
REP: Reference [[TRK-77120-A]].`,
  },
  {
    id: 'subscriber-number-spaced',
    known: {},
    text: `AI: The subscriber number is {member_id:W 2 8 8 1 4 0 9 6 2}.
REP: Okay, and the authorization number was [[PA-88213-C]].`,
  },
  {
    id: 'known-dob-without-cue',
    known: { dateOfBirth: '1990-12-07', names: ['Priya Raman'] },
    text: `REP: I have {name:Priya Raman}, {dob:December 7, 1990}, service date [[October 2, 2026]].
REP: The denial was [[CO-50]], not medically necessary.`,
  },
  {
    id: 'lowercase-asr-known-name',
    known: { names: ['Dana Whitcombe'] },
    text: `REP: okay i have {name:dana whitcombe} here, the claim is [[CLM-55120]].`,
  },
  {
    id: 'zip-code-only',
    known: {},
    text: `REP: Can you confirm the zip code on the account?
AI: The zip code is {address:60614}.
REP: Thanks. Procedure code [[29881]] was denied.`,
  },
  {
    id: 'phone-with-country-code',
    known: {},
    text: `REP: The patient's number is {phone:+1 646 555 0123}, is that current?
AI: I do not have that detail. Our call reference number is [[CR-20931-X]].`,
  },
  {
    id: 'address-read-back',
    known: {},
    text: `REP: The address we have for the member is {address:982 Larkspur Lane, Boise, ID 83702}.
REP: The reviewer was [[Dr. Nia Ford]], medical director.`,
  },
  {
    id: 'payer-street-address-kept',
    known: {},
    text: `REP: Send appeals to [[1200 Commerce Parkway, Suite 400, Dallas, TX 75201]], attention grievances.
REP: Your confirmation number is [[CNF-330019]].`,
  },
  {
    id: 'policy-number',
    known: {},
    text: `REP: What is the policy number?
AI: The policy number is {member_id:PLN7730041}.
REP: Thank you; the denial cited [[CO-96]] and [[N130]].`,
  },
  {
    id: 'guardian-mother',
    known: {},
    text: `REP: The patient's mother, {name:Rosa Delgado}, is listed as guardian. The patient is {name:Mateo Delgado}.
REP: The service on [[08/11/2026]] used code [[90837]].`,
  },
  {
    id: 'dob-iso',
    known: {},
    text: `REP: DOB: {dob:1958-05-03}. Claim number [[55120]].`,
  },
  {
    id: 'ssn-spaces',
    known: {},
    text: `REP: The SSN we have is {ssn:123 45 6789}. I cannot verify with that.
AI: Please use the member ID instead. The member ID is {member_id:KZ88143907}.`,
  },
  {
    id: 'assistant-states-known-ids',
    known: {
      names: ['Tomasz Zielinski'],
      memberIds: ['ABX-442-901-77'],
      dateOfBirth: '1966-02-28',
    },
    text: `AI: The patient's name is {name:Tomasz Zielinski}. The member ID is {member_id:ABX-442-901-77}. The date of birth is {dob:02/28/1966}.
REP: Thank you, Mr. {name:Zielinski}'s claim for [[04/04/2026]] was denied with [[CO-11]].`,
  },
  {
    id: 'hyphen-apostrophe-names',
    known: {},
    text: `REP: The member, {name:Mary-Beth O'Neill}, has a dependent, {name:Connor O'Neill}.
REP: Reference number [[RN-88120]].`,
  },
  {
    id: 'mc-name',
    known: {},
    text: `REP: The subscriber is {name:Fiona McDonald}, and the claim was for ICD [[F41.1]].`,
  },
  {
    id: 'member-id-with-card-cue',
    known: {},
    text: `REP: What is the member ID on the card?
AI: The member ID on the card is {member_id:YHM 4400 1829}.
REP: And the interaction ID is [[INT-5520-0917]].`,
  },
  {
    id: 'dob-two-digit-year',
    known: {},
    text: `REP: Date of birth {dob:7/4/62}? And the service was [[7/14/2026]].`,
  },
  {
    id: 'callback-number-is-clinic',
    known: {},
    text: `REP: Someone will call the provider back within two business days. Is there a callback number?
AI: Please call the clinic at our main line; the reference for this call is [[CB-771204]].
REP: The patient's home phone is {phone:217.555.0177}; we will not use it.`,
  },
  {
    id: 'two-identifiers-one-line',
    known: {},
    text: `REP: I have member ID {member_id:QRT55019284} and date of birth {dob:January 15, 1979} for Mrs. {name:Adeyemi}.
REP: The criteria were [[InterQual 2025]], reference [[IQ-2025-LS-04]].`,
  },
];
