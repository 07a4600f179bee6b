import type { LetterContent, LetterSection } from './letter-content.types';

/**
 * Regeneration keeps what a person wrote: a section marked `edited` in the previous version keeps its
 * heading and paragraphs; every other section is taken from the fresh build. Edited sections whose key
 * no longer exists (a criterion removed) are kept at the end rather than silently dropped.
 */
export function mergeEdits(
  previous: LetterContent | null,
  regenerated: LetterContent,
): LetterContent {
  if (!previous) return regenerated;
  const edited = new Map(previous.sections.filter((s) => s.edited).map((s) => [s.key, s]));
  const sections: LetterSection[] = regenerated.sections.map((s) => edited.get(s.key) ?? s);
  const seen = new Set(regenerated.sections.map((s) => s.key));
  for (const s of previous.sections) if (s.edited && !seen.has(s.key)) sections.push(s);
  return { ...regenerated, sections };
}

/** Applies a person's edit to one section; returns a new content object with that section marked. */
export function editSection(
  content: LetterContent,
  key: string,
  heading: string | null,
  paragraphs: string[],
): LetterContent {
  const at = content.sections.findIndex((s) => s.key === key);
  if (at < 0) throw new RangeError(`No section "${key}"`);
  const sections = content.sections.slice();
  const old = sections[at]!;
  sections[at] = { key, heading: heading ?? old.heading, paragraphs, edited: true };
  return { ...content, sections };
}
