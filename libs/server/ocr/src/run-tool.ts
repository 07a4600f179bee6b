import { spawn } from 'node:child_process';

export interface ToolRun {
  stdout: Buffer;
  stderr: string;
}

export class ToolFailedError extends Error {
  override readonly name = 'ToolFailedError';
  constructor(
    readonly tool: string,
    readonly reason: 'exit' | 'timeout' | 'output_limit' | 'aborted' | 'missing' | 'killed',
    readonly exitCode: number | null,
    /** The tool's own diagnostics: for classifying the failure only, never for logs (may quote content). */
    readonly stderr = '',
  ) {
    super(`${tool} failed (${reason}${exitCode === null ? '' : ` ${exitCode}`})`);
  }
}

export interface ToolOptions {
  input?: Buffer;
  timeoutMs: number;
  /** Address-space cap for the child (prlimit), so a decompression bomb dies instead of the host. */
  memoryBytes: number;
  maxOutputBytes: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs a native tool (pdftoppm, pdfinfo, tesseract) as a sandboxed child process: its own address
 * space capped with prlimit, a wall-clock timeout, a cap on what it may write, and killed when
 * the job is aborted. The queue's event loop never runs the CPU work, so one bad page cannot stall
 * other jobs; at worst it costs one child process.
 */
export function runTool(cmd: string, args: string[], opts: ToolOptions): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('prlimit', [`--as=${opts.memoryBytes}`, '--core=0', '--', cmd, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: opts.env ?? process.env,
    });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let failure: ToolFailedError | null = null;
    const kill = (reason: ToolFailedError['reason']) => {
      failure ??= new ToolFailedError(cmd, reason, null);
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill('timeout'), opts.timeoutMs);
    const onAbort = () => kill('aborted');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.signal?.aborted) onAbort();
    child.stdout.on('data', (c: Buffer) => {
      outBytes += c.length;
      if (outBytes > opts.maxOutputBytes) kill('output_limit');
      else out.push(c);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      if (err.length < 4000) err += c;
    });
    child.stdin.on('error', () => undefined); // the tool may exit before reading all input
    child.on('error', (e: NodeJS.ErrnoException) => {
      failure ??= new ToolFailedError(cmd, e.code === 'ENOENT' ? 'missing' : 'exit', null);
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      // prlimit exits 127/126 when the tool itself cannot be run.
      if (!failure && (code === 127 || code === 126))
        failure = new ToolFailedError(cmd, 'missing', code);
      if (!failure && sig) failure = new ToolFailedError(cmd, 'killed', null);
      if (!failure && code !== 0) failure = new ToolFailedError(cmd, 'exit', code, err);
      if (failure) reject(failure);
      else resolve({ stdout: Buffer.concat(out), stderr: err });
    });
    child.stdin.end(opts.input ?? Buffer.alloc(0));
  });
}
