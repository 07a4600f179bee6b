import { Button, CopyButton, Group } from '@mantine/core';
import { downloadText } from './download-text';

/** Copy to the clipboard or download as a .txt file. */
export function LetterActions({ text, filename }: { text: string; filename: string }) {
  return (
    <Group gap="xs">
      <CopyButton value={text}>
        {({ copied, copy }) => (
          <Button variant="light" size="xs" onClick={copy} aria-live="polite">
            {copied ? 'Copied' : 'Copy letter'}
          </Button>
        )}
      </CopyButton>
      <Button variant="light" size="xs" onClick={() => downloadText(filename, text)}>
        Download .txt
      </Button>
    </Group>
  );
}
