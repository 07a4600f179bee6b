import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Characters as Postgres `char_length` counts them: Unicode code points. */
export function charLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/**
 * At most `max` characters, counted the way the database's `char_length(x) <= max` checks count.
 * class-validator's MaxLength (validator.js isLength) counts "a\ufe0f" as one character, so 190 of
 * them passed MaxLength(200) and broke the column's check inside the transaction (a 500).
 */
export function MaxChars(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxChars',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && charLength(value) <= max,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be at most ${max} characters`,
      },
    },
    options,
  );
}
