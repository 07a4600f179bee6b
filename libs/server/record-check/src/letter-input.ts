import { Errors } from '@claimlane/server-common';

/**
 * Letter text accepted by the engine: not empty, within the configured limit, and text rather than
 * binary (a pasted PDF or image bytes would analyse into nonsense).
 */
export function assertLetterText(text: string, maxChars: number): string {
  if (text.length > maxChars) {
    throw Errors.payloadTooLarge(`${maxChars.toLocaleString('en-US')} characters`);
  }
  const trimmed = text.trim();
  if (trimmed.length === 0) throw Errors.badInput('The letter text is empty', { field: 'text' });
  let control = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control / trimmed.length > 0.02 || trimmed.startsWith('%PDF-')) {
    throw Errors.badInput(
      'This does not look like letter text (binary content); upload the file instead',
      { field: 'text', reason: 'BINARY_TEXT' },
    );
  }
  return text;
}
