// tar-stream 3 ships no types (and @types/tar-stream is not installed): the small part used here.
declare module 'tar-stream' {
  import type { Readable, Writable } from 'node:stream';

  export interface TarHeader {
    name: string;
    size?: number;
    mode?: number;
    mtime?: Date;
    type?: 'file' | 'directory' | 'symlink' | string;
  }

  export interface Pack extends Readable {
    entry(header: TarHeader, buffer: Buffer | string, callback: (err?: Error | null) => void): void;
    finalize(): void;
  }

  export interface TarEntry extends AsyncIterable<Buffer> {
    header: TarHeader & { size: number };
    resume(): void;
  }

  export interface Extract extends Writable, AsyncIterable<TarEntry> {}

  export function pack(): Pack;
  export function extract(): Extract;
}
