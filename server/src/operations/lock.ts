// The data folder's pid file (DATA_DIR/motcua.pid): a server writes it while it runs, so that
// `npm run restore` can refuse to replace the database under a running server. A pid file left by
// a server killed with -9 names a process that no longer exists, and is ignored.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pidFile = (dataDir: string) => join(dataDir, 'motcua.pid');

/** Marks the data folder as in use by this process; answers the release. */
export function holdDataDir(dataDir: string): () => void {
  writeFileSync(pidFile(dataDir), `${process.pid}\n`);
  return () => {
    if (runningServer(dataDir) === process.pid) rmSync(pidFile(dataDir), { force: true });
  };
}

/** The pid of a live server using this data folder, if any. */
export function runningServer(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile(dataDir), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else; it still holds the folder.
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}
