import type { DenialCategory, Regime } from './gql/graphql';

/**
 * The parts of the Record Check analysis document the screens read. The API still returns the
 * document as the JSON scalar (`recordCheck`, `Denial.analysis`); when it gains typed fields these
 * become generated types and this file goes away. Fields are optional where older analyses lack them.
 */
export type Span = [number, number];

export interface RecordCheckFinding {
  id: string;
  kind: string;
  severity: 'high' | 'medium' | 'low';
  citation: string;
  explanation: string;
  span?: Span;
  element?: string;
}

export interface RecordCheckDisclosure {
  element: string;
  status: string;
  span: Span | null;
  citation: string;
  explanation: string;
}

export interface RecordCheckDeadline {
  kind: string;
  due: string;
  anchor: { event: string; date: string };
  dayType: string;
  amount: number;
  assumptions: string[];
  rule: string;
  citation: string;
  label: string;
  party?: string;
}

export interface RecordCheckQuestion {
  id: string;
  text: string;
  basis: string;
  priority: number;
}

export interface RecordCheckView {
  category: DenialCategory;
  regime: Regime;
  determinationLevel?: 'initial' | 'final_internal';
  serviceType?: { value: string | null };
  disclosures: RecordCheckDisclosure[];
  deadlines: RecordCheckDeadline[];
  findings: RecordCheckFinding[];
  nextQuestions: RecordCheckQuestion[];
  letter: string;
  strongestGround?: { ground: string; reason: string; basedOn: string[] } | null;
}

/** Narrows the JSON scalar to the view, refusing documents without the keys the screens need. */
export function asRecordCheckView(value: unknown): RecordCheckView | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<RecordCheckView>;
  if (
    typeof v.category !== 'string' ||
    !Array.isArray(v.findings) ||
    !Array.isArray(v.deadlines) ||
    !Array.isArray(v.disclosures)
  )
    return null;
  return {
    ...(v as RecordCheckView),
    nextQuestions: Array.isArray(v.nextQuestions) ? v.nextQuestions : [],
    letter: typeof v.letter === 'string' ? v.letter : '',
  };
}
