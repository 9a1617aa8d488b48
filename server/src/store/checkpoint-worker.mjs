// The checkpointer's thread (see checkpoints.ts): its own connection to the database, copying the
// write-ahead log back into the database file every `everyMs`. PASSIVE never waits for the writer
// and never blocks it (RESTART, past a limit, does: see LIMIT_FRAMES); the fsync of the database file
// happens here, not on the server's event loop.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 2000'); // RESTART waits this long for the writer and its readers
const timer = setInterval(() => {
  try {
    const [passive] = db.pragma('wal_checkpoint(PASSIVE)');
    const [result] = passive.log > workerData.limitFrames ? db.pragma('wal_checkpoint(RESTART)') : [passive];
    parentPort.postMessage({ type: 'checkpointed', frames: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ type: 'failed', message: String(error) });
  }
}, workerData.everyMs);

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
