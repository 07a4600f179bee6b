import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Text with at least one visible character. `IsNotEmpty`/`MinLength(1)` accept "   ", which the
 * database's `char_length(btrim(x)) >= 1` checks refuse deep inside the transaction (a 500).
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: (args) => `${args?.property ?? 'value'} must not be blank`,
      },
    },
    options,
  );
}
