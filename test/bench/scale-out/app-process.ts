import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** One app process of the fleet (API, Temporal worker, queue worker) that the bench can kill and restart. */
export class AppProcess {
  private child: ChildProcess | null = null;
  private output = '';
  private stopping = false;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
    /** A line the app prints once it serves (its `console.log` start banner). */
    private readonly readyText: string,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(timeoutMs = 120_000): Promise<number> {
    const t0 = performance.now();
    this.output = '';
    this.stopping = false;
    const child = spawn(process.execPath, [this.entry], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.name} not ready in ${timeoutMs} ms:\n${this.tail()}`)),
        timeoutMs,
      );
      const onData = (c: Buffer) => {
        this.output = (this.output + c.toString()).slice(-8000);
        if (this.output.includes(this.readyText)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(
          new Error(`${this.name} exited (${code ?? signal}) while starting:\n${this.tail()}`),
        );
      });
    });
    // Once ready, an exit the bench did not ask for is printed at once (a crash, or another user's kill).
    child.removeAllListeners('exit');
    child.once('exit', (code, signal) => {
      if (this.child === child && !this.stopping)
        console.log(
          `${this.name} (pid ${child.pid}) exited on its own: ${code ?? signal}\n${this.tail()}`,
        );
    });
    return performance.now() - t0;
  }

  /** SIGKILL: no shutdown hook runs, in-flight requests and jobs are cut off. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    this.stopping = true;
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    this.stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }

  tail(): string {
    return this.output.split('\n').slice(-20).join('\n');
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
