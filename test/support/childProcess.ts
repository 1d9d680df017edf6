import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../../src-main/core/result.js';

/** The repository's root: children run from there so "tsx" and "src-main/..." resolve. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const supportScript = (name: string) => path.join(repoRoot, 'test', 'support', name);

/**
 * Another copy of the app (test/support/apiChild.ts) in its own process, driven line by line.
 * `command` may wrap it (e.g. ['unshare', '-m', 'sh', '-c', '... exec "$@"', 'sh']).
 */
export class AppProcess {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = '';
  private waiting: ((line: string) => void)[] = [];
  private lines: string[] = [];
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /** `script`: a bundled apiChild (portableApiChild.ts) to run with plain node, from its own folder. */
  constructor(appDataDir: string, options: { autoBackup?: boolean; wrap?: string[]; spawn?: SpawnOptions; script?: string } = {}) {
    const entry = options.script ? [options.script] : ['--import', 'tsx', supportScript('apiChild.ts')];
    const args = [...entry, appDataDir, ...(options.autoBackup ? ['--auto-backup'] : [])];
    const [cmd, ...pre] = options.wrap ? [...options.wrap, process.execPath, ...args] : [process.execPath, ...args];
    const cwd = options.script ? path.dirname(options.script) : repoRoot;
    this.child = spawn(cmd, pre, { cwd, stdio: 'pipe', ...options.spawn }) as ChildProcessWithoutNullStreams;
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.buffer += chunk;
      let nl: number;
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        const w = this.waiting.shift();
        if (w) w(line);
        else this.lines.push(line);
      }
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (c: string) => (this.stderr += c));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  private nextLine(timeoutMs = 60_000): Promise<string> {
    const queued = this.lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer from the app process in ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      void this.exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`the app process ended (code ${code}, signal ${signal}); stderr: ${this.stderr}`));
      });
      this.waiting.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
  }

  /** Wait for the child to say it is ready (its imports are done). */
  async ready(): Promise<void> {
    const line = await this.nextLine();
    if (!line.includes('ready')) throw new Error(`unexpected first line: ${line}`);
  }

  async send(cmd: object): Promise<Result<unknown> & { thrown?: string }> {
    this.child.stdin.write(`${JSON.stringify(cmd)}\n`);
    return JSON.parse(await this.nextLine()) as Result<unknown> & { thrown?: string };
  }

  call(method: string, input: unknown = {}): Promise<Result<unknown> & { thrown?: string }> {
    return this.send({ method, input });
  }

  async exit(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.stdin.write(`${JSON.stringify({ op: 'exit' })}\n`);
    await this.exited;
  }

  kill(): Promise<unknown> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    return this.exited;
  }
}
