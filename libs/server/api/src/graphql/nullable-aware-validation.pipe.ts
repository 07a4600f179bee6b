import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';

/**
 * Nest's ValidationPipe validates an omitted optional argument as `{}`, so an absent `orderBy` would
 * fail for its required fields. GraphQL already enforces non-null arguments; absent ones pass through.
 */
export class NullableAwareValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value === undefined || value === null) return value;
    return super.transform(value, metadata);
  }
}
