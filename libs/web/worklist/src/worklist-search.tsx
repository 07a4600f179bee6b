import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 300;

/**
 * The search box. Typing waits for a pause before it changes the URL (one request per pause, not
 * per key); the URL stays the source of truth, so back/forward and saved views restore the term.
 */
export function WorklistSearch({
  value,
  onChange,
}: {
  value: string;
  onChange: (term: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft.trim() === value.trim()) return;
    const timer = setTimeout(() => onChange(draft.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  return (
    <TextInput
      type="search"
      label="Search"
      description="Title, claim number, patient last name or member id"
      placeholder="e.g. CLM-1042 or Smith"
      value={draft}
      maxLength={100}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onChange(draft.trim());
      }}
      w={300}
      size="xs"
    />
  );
}
