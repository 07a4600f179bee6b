import { x12Error, X12ParseError } from './x12-error';

export interface X12Separators {
  element: string;
  component: string;
  segment: string;
  /** ISA11 in 5010 and later; undefined for 4010, where ISA11 is the standards identifier (`U`). */
  repetition: string | undefined;
}

/** The ISA is fixed-width: 106 characters including the segment terminator. */
export const ISA_LENGTH = 106;

// Where the element separator must sit in a fixed-width ISA (after ISA and each of ISA01..ISA15).
const ISA_SEPARATOR_POSITIONS = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];
const ISA16_POSITION = 104;
const TERMINATOR_POSITION = 105;
const REPETITION_POSITION = 82;
const VERSION_START = 84;

function isAlphanumeric(char: string): boolean {
  const c = char.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function describe(char: string): string {
  return JSON.stringify(char);
}

/**
 * Reads the delimiters from a 106-character ISA. Anything that is not that exact layout is fatal:
 * without trustworthy separators no later segment can be read.
 */
export function readIsaSeparators(isa: string, segmentNumber: number): X12Separators {
  const fail = (message: string): never => {
    throw new X12ParseError(x12Error('X12_BAD_SEPARATORS', segmentNumber, 'ISA', message));
  };
  if (isa.length < ISA_LENGTH) fail(`ISA must be ${ISA_LENGTH} characters, got ${isa.length}`);
  const element = isa.charAt(3);
  if (isAlphanumeric(element) || element === ' ' || element === '\r' || element === '\n') {
    fail(`element separator ${describe(element)} (ISA position 4) must be a special character`);
  }
  for (const position of ISA_SEPARATOR_POSITIONS) {
    if (isa.charAt(position) !== element) {
      fail(
        `ISA is not fixed-width: expected element separator ${describe(element)} at position ` +
          `${position + 1}, found ${describe(isa.charAt(position))}`,
      );
    }
  }
  for (let i = 4; i < ISA16_POSITION; i++) {
    if (isa.charAt(i) === element && !ISA_SEPARATOR_POSITIONS.includes(i)) {
      fail(`ISA has an extra element separator at position ${i + 1}`);
    }
  }
  const component = isa.charAt(ISA16_POSITION);
  const segment = isa.charAt(TERMINATOR_POSITION);
  if (isAlphanumeric(component) || component === ' ' || component === element) {
    fail(`component separator ISA16 ${describe(component)} must be a distinct special character`);
  }
  if (isAlphanumeric(segment) || segment === ' ' || segment === element || segment === component) {
    fail(
      `segment terminator ${describe(segment)} (after ISA16) must be a distinct special character`,
    );
  }
  const version = isa.slice(VERSION_START, VERSION_START + 5);
  const isa11 = isa.charAt(REPETITION_POSITION);
  // 4010 and earlier use ISA11 as the standards identifier, not as a delimiter.
  const repetition = version >= '00501' && !isAlphanumeric(isa11) ? isa11 : undefined;
  if (repetition !== undefined && [element, component, segment].includes(repetition)) {
    fail(`repetition separator ISA11 ${describe(repetition)} clashes with another separator`);
  }
  return { element, component, segment, repetition };
}
