import { expect } from 'vitest';
import type { ComputedDeadline, DeadlineKind, DeadlineResult } from '../deadline.types';

/** The deadline of `kind`, failing the test when it is missing. */
export function deadline(result: DeadlineResult, kind: DeadlineKind): ComputedDeadline {
  const found = result.deadlines.find((d) => d.kind === kind);
  expect(
    found,
    `no ${kind} deadline in ${JSON.stringify(result.deadlines.map((d) => d.kind))}`,
  ).toBeDefined();
  return found as ComputedDeadline;
}
