/** SVC01 / SVC06: product/service id qualifier, code, up to four modifiers, description. */
export interface ServiceComposite {
  qualifier: string;
  procedure: string;
  modifiers: string[];
  description?: string;
  /** Set when the composite was read with a fallback; says what was odd about it. */
  warning?: string;
}

/** A CPT/HCPCS code (99213, J1100, 0001U) sent without its HC qualifier. */
const BARE_PROCEDURE = /^[A-Z0-9]\d{3}[A-Z0-9]$/;
/** A NUBC revenue code sent without its NU qualifier. */
const BARE_REVENUE_CODE = /^\d{4}$/;
/**
 * A qualifier (two letters/digits, e.g. HC, NU, N4, AD) followed by a separator that is not ISA16.
 * Payers and clearinghouses that re-envelope files keep the composites they were given, so `>`, `<`,
 * `^` or `|` turn up inside an ISA that declares `:`.
 */
const FOREIGN_SEPARATOR = /^([A-Z][A-Z0-9])([^A-Za-z0-9 ])(.+)$/;

function show(text: string): string {
  return JSON.stringify(text);
}

function fromParts(parts: string[], warning?: string): ServiceComposite {
  const composite: ServiceComposite = {
    qualifier: (parts[0] ?? '').trim(),
    procedure: (parts[1] ?? '').trim(),
    modifiers: parts
      .slice(2, 6)
      .map((m) => m.trim())
      .filter((m) => m !== ''),
  };
  const description = parts[6];
  if (description !== undefined && description !== '') composite.description = description;
  if (warning !== undefined) composite.warning = warning;
  return composite;
}

/**
 * Reads a service composite leniently: a malformed one must not cost the claim, so every odd form is
 * read as well as it can be and described in `warning` instead of failing.
 */
export function readServiceComposite(text: string, component: string): ServiceComposite {
  const trimmed = text.trim();
  const parts = trimmed.split(component);
  if (parts.length > 1) {
    const composite = fromParts(parts);
    if (composite.qualifier === '' || composite.procedure === '') {
      composite.warning = `expected qualifier${component}code, found ${show(text)}`;
    }
    return composite;
  }
  const foreign = FOREIGN_SEPARATOR.exec(trimmed);
  if (foreign !== null) {
    const [, qualifier = '', separator = '', rest = ''] = foreign;
    return fromParts(
      [qualifier, ...rest.split(separator)],
      `composite uses ${show(separator)} instead of the component separator ${show(component)} (ISA16): ${show(text)}`,
    );
  }
  if (trimmed === '') {
    return fromParts([], 'expected a procedure code, found nothing');
  }
  if (BARE_PROCEDURE.test(trimmed)) {
    return fromParts(['HC', trimmed], `code ${show(trimmed)} has no qualifier; read as HC`);
  }
  if (BARE_REVENUE_CODE.test(trimmed)) {
    return fromParts(['NU', trimmed], `code ${show(trimmed)} has no qualifier; read as NU`);
  }
  if (/^[A-Z][A-Z0-9]$/.test(trimmed)) {
    return fromParts([trimmed], `qualifier ${show(trimmed)} has no procedure code`);
  }
  return fromParts(['', trimmed], `expected qualifier${component}code, found ${show(text)}`);
}
