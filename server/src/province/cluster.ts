// A local PostgreSQL cluster the hub starts and manages under its data folder when no DATABASE_URL
// is given: Debian's PostgreSQL server (initdb, pg_ctl on PATH; `apt-get install postgresql`). It
// listens on 127.0.0.1 on a free port with a password kept beside it; run as root, it runs as the
// `postgres` user (the server refuses root) on a folder that user owns. The cluster outlives a
// killed hub: the next start finds it running and uses it.
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { newSecret } from '../security/crypto.ts';

const run = promisify(execFile);

export interface LocalPostgres {
  url: string;
  /** Stops the cluster (fast shutdown: open transactions roll back). */
  stop(): Promise<void>;
}

/** initdb or pg_ctl: on PATH, else in Debian's /usr/lib/postgresql/<version>/bin (the newest). */
export function pgBin(name: 'initdb' | 'pg_ctl'): string {
  const onPath = (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name)));
  if (onPath) return name;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', name))).sort((a, b) => Number(b) - Number(a)) : [];
  return versions[0] ? join(root, versions[0], 'bin', name) : name;
}

function asOwner(root: boolean, command: string, args: string[]): [string, string[]] {
  const bin = command === 'initdb' || command === 'pg_ctl' ? pgBin(command) : command;
  return root ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

async function exec(root: boolean, command: string, args: string[], timeoutMs = 60_000): Promise<string> {
  const [cmd, argv] = asOwner(root, command, args);
  try {
    const { stdout } = await run(cmd, argv, { timeout: timeoutMs });
    return stdout;
  } catch (e) {
    const err = e as Error & { stderr?: string; code?: string };
    if (err.code === 'ENOENT') throw new Error(`${command} was not found: install PostgreSQL (apt-get install postgresql) or set DATABASE_URL`);
    throw new Error(`${command} ${args[0] ?? ''} failed: ${(err.stderr ?? err.message).trim()}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts (initialising it the first time) the cluster in `dir`/postgres, or finds it running. */
export async function startLocalPostgres(dir: string): Promise<LocalPostgres> {
  const root = process.getuid?.() === 0;
  const data = join(dir, 'postgres');
  const passwordFile = join(dir, 'postgres.password');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(data, 'PG_VERSION'))) {
    rmSync(data, { recursive: true, force: true });
    mkdirSync(data, { mode: 0o700 });
    const password = newSecret(24);
    writeFileSync(passwordFile, password, { mode: 0o600 });
    const pwfile = join(data, '..', `postgres.pwfile-${process.pid}`);
    writeFileSync(pwfile, password, { mode: 0o600 });
    try {
      if (root) {
        const { uid, gid } = postgresUser();
        chownSync(data, uid, gid);
        chownSync(pwfile, uid, gid);
        chmodSync(dir, 0o711); // the postgres user must reach its folder
      }
      await exec(root, 'initdb', ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-locale', '--no-instructions']);
    } finally {
      rmSync(pwfile, { force: true });
    }
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  let port = runningPort(data);
  if (port === null) {
    port = await freePort();
    await exec(root, 'pg_ctl', ['-D', data, '-l', join(data, 'server.log'), '-w', '-t', '60', '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${data} -c max_connections=200 -c synchronous_commit=on`, 'start'], 90_000);
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await exec(root, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'], 90_000).catch(() => {});
    },
  };
}

/** The port of a cluster already running on `data` (its postmaster.pid names a live process), or null. */
function runningPort(data: string): number | null {
  const pidFile = join(data, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  const port = Number(lines[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('there is no postgres user: install PostgreSQL (apt-get install postgresql) or set DATABASE_URL');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}
