// How a worker thread is started from a module of this codebase: its compiled `.js` sibling when the
// caller runs compiled (npm start: dist/ holds no .ts), else the TypeScript file through tsx's
// loader, which a thread does not inherit when the process registered it from code (drivers/bin, vitest).
import { existsSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `entry` is the thread's `.ts` module, as `new URL('./x.ts', import.meta.url)` of its neighbour. */
export function threadEntry(entry: URL): { filename: string; execArgv: string[] } {
  const source = fileURLToPath(entry);
  const compiled = source.replace(/\.ts$/, '.js');
  // a thread takes no V8 heap flags of its own (node refuses them): the server runs with --max-semi-space-size
  const execArgv = process.execArgv.filter((arg) => !/^--max-(semi|old)-space-size/.test(arg));
  if (!existsSync(source) && existsSync(compiled)) return { filename: compiled, execArgv };
  return { filename: source, execArgv: [...execArgv, '--import', import.meta.resolve('tsx')] };
}

/**
 * Starts a plain worker thread on `entry` (see threadEntry); a TypeScript one through
 * thread-boot.mjs, which registers tsx's loader in the thread first.
 */
export function startThread(entry: URL, options: Omit<WorkerOptions, 'execArgv' | 'argv'>): Worker {
  const { filename, execArgv } = threadEntry(entry);
  if (filename.endsWith('.js')) return new Worker(filename, { ...options, execArgv });
  const plain = execArgv.filter((arg, i) => arg !== '--import' && execArgv[i - 1] !== '--import');
  return new Worker(new URL('./thread-boot.mjs', import.meta.url), { ...options, execArgv: plain, argv: [pathToFileURL(filename).href] });
}

/**
 * Lowers the priority of the calling thread by `increment`, so that the event loop and the requests
 * it serves go first when the CPU is short. Only on Linux, where a nice value belongs to the thread
 * that sets it (elsewhere it would lower the whole process).
 */
export function lowerThreadPriority(increment: number): void {
  if (process.platform === 'linux') setPriority(Math.min(19, getPriority() + increment));
}
