import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Liberation Sans (SIL Open Font License 1.1, see assets/fonts/LICENSE-LiberationSans.txt) is committed
// so rendering needs no system font: pdfkit's built-in fonts are WinAnsi only, and letters carry
// names and quotes in any script Liberation covers (Latin, Greek, Cyrillic, curly quotes, dashes).
const RELATIVE = 'libs/server/letters/assets/fonts';

function findFontDir(): string {
  const starts = [__dirname, process.cwd()];
  for (const start of starts) {
    let dir = resolve(start);
    for (let i = 0; i < 10; i += 1) {
      const candidate = join(dir, RELATIVE);
      if (existsSync(join(candidate, 'LiberationSans-Regular.ttf'))) return candidate;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(
    `Letter fonts not found: expected ${RELATIVE}/LiberationSans-Regular.ttf in the repository`,
  );
}

export interface LetterFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: LetterFonts | null = null;

/** The embedded TTFs, read once per process. */
export function letterFonts(): LetterFonts {
  if (!cached) {
    const dir = findFontDir();
    cached = {
      regular: readFileSync(join(dir, 'LiberationSans-Regular.ttf')),
      bold: readFileSync(join(dir, 'LiberationSans-Bold.ttf')),
    };
  }
  return cached;
}
