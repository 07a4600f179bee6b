import { createReadStream } from 'node:fs';
import { SingleBar } from 'cli-progress';

export interface ProgressReporter {
  bytes(n: number): void;
  claims(read: number, denied: number): void;
  /** Ends the bar (or prints the one final line when there is no bar). */
  finish(ok: boolean): void;
}

const fmtBytes = (n: number) =>
  n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / (1024 * 1024)).toFixed(1)} MiB`;

/**
 * Progress on stderr, by bytes read, so stdout stays clean for the summary. A bar only on a terminal:
 * redraw escapes in a log file or a CI capture are noise, so there a single final line is printed.
 */
export function progressReporter(
  totalBytes: number,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressReporter {
  let bytes = 0;
  let read = 0;
  let denied = 0;
  const bar = stream.isTTY
    ? new SingleBar({
        stream,
        format:
          'importing [{bar}] {percentage}% | {done} of {size} | claims {read}, denied {denied}',
        barsize: 30,
        hideCursor: true,
        clearOnComplete: false,
      })
    : null;
  const payload = () => ({ done: fmtBytes(bytes), size: fmtBytes(totalBytes), read, denied });
  bar?.start(Math.max(totalBytes, 1), 0, payload());
  return {
    bytes(n) {
      bytes += n;
      bar?.update(bytes, payload());
    },
    claims(r, d) {
      read = r;
      denied = d;
      bar?.update(bytes, payload());
    },
    finish(ok) {
      if (bar) {
        bar.update(bytes, payload());
        bar.stop();
      } else {
        stream.write(
          `${ok ? 'read' : 'stopped after'} ${fmtBytes(bytes)} of ${fmtBytes(totalBytes)}: claims ${read}, denied ${denied}\n`,
        );
      }
    },
  };
}

/** The file as chunks, counting bytes as the parser pulls them (the parser sets the pace). */
export async function* countedChunks(
  path: string,
  onBytes: (n: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const buf = chunk as Buffer;
    onBytes(buf.length);
    yield buf;
  }
}
