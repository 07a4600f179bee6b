/**
 * Nouns a letter writes right before the code of the service they name ("office visit 99213 on
 * 11/03/2025", "for 97110 on 03/04/2025"): the code reader and the service-date reader share them.
 */
export const SERVICE_NOUN_BEFORE_CODE = String.raw`(?:for|visit|exam|service|test|procedure|consult(?:ation)?|scan|session|injection|surgery)`;
