/** A decoded Stripe request body: nested objects and arrays from bracket keys. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

/**
 * Decodes `application/x-www-form-urlencoded` with Stripe's bracket notation
 * (`items[0][quantity]=3`, `metadata[tenant_id]=…`), as the SDK encodes request parameters.
 */
export function parseStripeForm(body: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.match(/[^[\]]+|\[\]/g) ?? [key];
    let node: FormObject | FormValue[] = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d+$|^\[\]$/.test(path[i + 1]!);
      const k: string | number = Array.isArray(node)
        ? part === '[]'
          ? node.length
          : Number(part)
        : part;
      const container = node as Record<string | number, FormValue>;
      if (last) container[k] = value;
      else {
        container[k] ??= nextIsIndex ? [] : {};
        node = container[k] as FormObject | FormValue[];
      }
    });
  }
  return root;
}

export function str(v: FormValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function obj(v: FormValue | undefined): FormObject {
  return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

export function list(v: FormValue | undefined): FormValue[] {
  if (Array.isArray(v)) return v.filter((x) => x !== undefined);
  // Arrays sent as `items[0]…` decode to arrays; an object with numeric keys is the same thing.
  if (v && typeof v === 'object') return Object.values(v);
  return [];
}

export function strings(v: FormValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(obj(v))) if (typeof x === 'string') out[k] = x;
  return out;
}
