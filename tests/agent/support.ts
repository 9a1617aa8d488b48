// The device agent as its own process, as a kiosk PC runs it (`node drivers/bin/motcua-agent.mjs …`):
// its log lines are kept so a test can wait for one, and it is always stopped (SIGKILL if need be).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const BIN = join(import.meta.dirname, '..', '..', 'drivers', 'bin', 'motcua-agent.mjs');

export class AgentProcess {
  readonly lines: string[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.lines.push(line);
        for (const wake of this.waiters) wake();
      });
    }
    this.exited = once(this.child, 'exit').then(([code]) => code as number | null);
  }

  /** Resolves with the first line (from `from` on) that matches, or rejects after ms with the log. */
  waitFor(pattern: RegExp, { from = 0, ms = 20_000 } = {}): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const line = this.lines.slice(from).find((l) => pattern.test(l));
        if (line === undefined) return;
        clear();
        resolve(line);
      };
      const timer = setTimeout(() => {
        clear();
        reject(new Error(`no agent line matching ${pattern} within ${ms} ms; the agent said:\n${this.lines.join('\n')}`));
      }, ms);
      const clear = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** SIGTERM, then the exit code; SIGKILL if it does not exit within ms. */
  async stop(ms = 10_000): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), ms);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
