import type { ValueTransformer } from 'typeorm';

/** numeric(14,2) arrives from pg as a string; the domain works in numbers (cents never exceed 2^53). */
export const numericToNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? null : Number(v)),
};
