export interface TimelineInput {
  date: string;
  event: string;
  exhibitLabel: string | null;
  source: 'denial' | 'document' | 'deadline' | 'contact' | 'case';
}

export type TimelineEntry = TimelineInput;

/**
 * The one-page timeline: date → event → exhibit, oldest first. Entries on the same day keep the order
 * denial, documents, contacts, deadlines (what happened before what is due).
 */
export function buildTimeline(inputs: readonly TimelineInput[]): TimelineEntry[] {
  const rank: Record<TimelineInput['source'], number> = {
    denial: 0,
    case: 1,
    document: 2,
    contact: 3,
    deadline: 4,
  };
  return inputs
    .filter((i) => /^\d{4}-\d{2}-\d{2}/.test(i.date))
    .map((i, n) => ({ i, n }))
    .sort(
      (a, b) =>
        a.i.date.slice(0, 10).localeCompare(b.i.date.slice(0, 10)) ||
        rank[a.i.source] - rank[b.i.source] ||
        a.n - b.n,
    )
    .map(({ i }) => ({ ...i, date: i.date.slice(0, 10) }));
}
