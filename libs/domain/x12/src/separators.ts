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
/**
 * Some senders trim the padding of ISA fields, so the ISA is read by counting its 16 element
 * separators rather than by position; past this many characters without them it is not an ISA.
 */
export const MAX_ISA_LENGTH = 256;
const ISA_ELEMENTS = 16;

function isAlphanumeric(char: string): boolean {
  const c = char.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function describe(char: string): string {
  return JSON.stringify(char);
}

/**
 * Length (terminator included) of the ISA starting at `start`: up to the character after ISA16,
 * which follows the 16th element separator. Undefined while the text seen so far ends inside it;
 * MAX_ISA_LENGTH + 1 when no such ISA fits in MAX_ISA_LENGTH (readIsaSeparators then says why).
 */
export function measureIsa(text: string, start: number): number | undefined {
  const element = text.charAt(start + 3);
  if (element === '') return undefined;
  let position = start + 3;
  // The separator after "ISA" is the first of the 16.
  for (let found = 1; found < ISA_ELEMENTS; found++) {
    position = text.indexOf(element, position + 1);
    if (position < 0) return text.length - start > MAX_ISA_LENGTH ? MAX_ISA_LENGTH + 1 : undefined;
    if (position - start >= MAX_ISA_LENGTH) return MAX_ISA_LENGTH + 1;
  }
  const length = position + 3 - start;
  return start + length <= text.length ? length : undefined;
}

/**
 * Reads the delimiters from an ISA (terminator included): element = 4th character, component =
 * ISA16, terminator = the character after it, repetition = ISA11 from 00501 on. The standard pads
 * every field to a fixed width (106 characters in all); an ISA with trimmed fields is read the same
 * way. Anything that does not hold together is fatal: without trustworthy separators no later
 * segment can be read.
 */
export function readIsaSeparators(isa: string, segmentNumber: number): X12Separators {
  const fail = (message: string): never => {
    throw new X12ParseError(x12Error('X12_BAD_SEPARATORS', segmentNumber, 'ISA', message));
  };
  if (isa.length > MAX_ISA_LENGTH) {
    fail(`no ISA16 and terminator within ${MAX_ISA_LENGTH} characters: not an ISA segment`);
  }
  const element = isa.charAt(3);
  if (isAlphanumeric(element) || element === ' ' || element === '\r' || element === '\n') {
    fail(`element separator ${describe(element)} (ISA position 4) must be a special character`);
  }
  const fields = isa.slice(0, -1).split(element);
  if (fields.length !== ISA_ELEMENTS + 1) {
    fail(`expected ${ISA_ELEMENTS} ISA elements, found ${fields.length - 1}`);
  }
  const component = fields[ISA_ELEMENTS] as string;
  const segment = isa.charAt(isa.length - 1);
  if (
    component.length !== 1 ||
    isAlphanumeric(component) ||
    component === ' ' ||
    component === element
  ) {
    fail(`component separator ISA16 ${describe(component)} must be a distinct special character`);
  }
  if (isAlphanumeric(segment) || segment === ' ' || segment === element || segment === component) {
    fail(
      `segment terminator ${describe(segment)} (after ISA16) must be a distinct special character`,
    );
  }
  const version = (fields[12] as string).trim();
  const isa11 = fields[11] as string;
  if (isa.length !== ISA_LENGTH && !/^\d{5}$/.test(version)) {
    // Trimmed fields are tolerated; a version that is not one is a sign of a shifted layout.
    fail(`ISA is not fixed-width and ISA12 ${describe(version)} is not a version number`);
  }
  // 4010 and earlier use ISA11 as the standards identifier, not as a delimiter.
  const repetition =
    version >= '00501' && isa11.length === 1 && !isAlphanumeric(isa11) ? isa11 : undefined;
  if (repetition !== undefined && [element, component, segment].includes(repetition)) {
    fail(`repetition separator ISA11 ${describe(repetition)} clashes with another separator`);
  }
  return { element, component, segment, repetition };
}
