import { Paper, Text } from '@mantine/core';
import { HighlightedLetter, humanize, type LetterHighlight } from '@claimlane/web-ui';

export interface SpannedFinding {
  id: string;
  kind: string;
  severity: string;
  span?: readonly number[] | null;
}

const SEVERITIES = new Set(['high', 'medium', 'low']);

/** The findings that cite a stretch of the letter, as marks linking to `#finding-<id>`. */
export function findingHighlights(findings: readonly SpannedFinding[]): LetterHighlight[] {
  return findings.flatMap((f) =>
    f.span && f.span.length === 2
      ? [
          {
            targetId: `finding-${f.id}`,
            span: [f.span[0]!, f.span[1]!] as [number, number],
            label: humanize(f.kind),
            ...(SEVERITIES.has(f.severity)
              ? { severity: f.severity as 'high' | 'medium' | 'low' }
              : {}),
          },
        ]
      : [],
  );
}

/**
 * The denial letter as stored, with the Record Check's cited spans marked and linked to their
 * findings; plain text when no finding carries a span (cases entered by hand, older analyses).
 */
export function DenialLetterPanel({
  text,
  findings,
}: {
  text: string | null | undefined;
  findings: readonly SpannedFinding[];
}) {
  if (!text)
    return (
      <Text size="sm">
        No letter text is stored for this case (it was entered by hand or imported).
      </Text>
    );
  const highlights = findingHighlights(findings);
  if (highlights.length)
    return <HighlightedLetter text={text} highlights={highlights} label="Denial letter text" />;
  return (
    <Paper withBorder p="sm">
      <Text
        component="pre"
        size="sm"
        style={{ whiteSpace: 'pre-wrap', margin: 0 }}
        aria-label="Denial letter text"
      >
        {text}
      </Text>
    </Paper>
  );
}
