import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@claimlane/domain-deadlines';

/**
 * A real calendar date as `YYYY-MM-DD` (rejects 2025-02-30), checked where the input arrives so no
 * impossible date reaches Postgres or a workflow activity.
 */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be a calendar date (YYYY-MM-DD)`,
      },
    },
    options,
  );
}
