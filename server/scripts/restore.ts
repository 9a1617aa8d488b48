// `npm run restore -- <file>`: replaces the database of DATA_DIR (./data by default) with a backup,
// with the server stopped (refused while one runs on that folder). Checks the file's integrity and
// schema version first, keeps the replaced database beside it, and says what it restored.
import { resolve } from 'node:path';
import { restoreDatabase, RestoreRefused } from '../src/operations/restore.ts';

const file = process.argv[2];
const dataDir = resolve(process.env.DATA_DIR ?? './data');
if (!file) {
  console.error('usage: npm run restore -- <backup file>   (into DATA_DIR, ./data by default; stop the server first)');
  process.exit(2);
}
try {
  const r = await restoreDatabase(resolve(file), dataDir, new Date());
  const span = r.firstDay === null ? 'no tickets' : `${r.tickets} tickets over ${r.days} business days (${r.firstDay} … ${r.lastDay})`;
  console.log([
    `motcua restore: restored ${resolve(file)} into ${dataDir}: ${span}, schema version ${r.schemaVersion}.`,
    `  Đã khôi phục ${r.tickets} phiếu của ${r.days} ngày làm việc.`,
    r.previous ? `  The database it replaced is kept as ${r.previous}.` : '  The folder held no database before.',
    '  Start the server now (npm start): it applies any newer migrations.',
  ].join('\n'));
} catch (e) {
  console.error(`motcua restore refused: ${(e as Error).message}${e instanceof RestoreRefused ? '' : ' (nothing was changed unless said above)'}`);
  process.exit(1);
}
