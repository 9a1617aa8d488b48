// `npm run import-procedures -- <file.csv|file.xlsx> [--apply] [--url http://localhost:3000]`: sends
// the national procedures database's export to a running server (POST /api/procedures/import, as
// the admin of MOTCUA_ADMIN_USER / MOTCUA_ADMIN_PASSWORD, default admin / admin for the demo) and
// prints what it would change and every bad row. Without --apply it only previews; with it, the rows
// are applied unless one is bad (then nothing is). Exit code 1 when a row is bad.
import { ApiError, call } from '@motcua/protocol/client';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { apply: { type: 'boolean', default: false }, url: { type: 'string', default: 'http://localhost:3000' } } });
const file = positionals[0];
const format = file && { '.csv': 'csv', '.xlsx': 'xlsx' }[extname(file).toLowerCase()] as 'csv' | 'xlsx' | undefined;
if (!file || !format) {
  console.error('usage: npm run import-procedures -- <file.csv|file.xlsx> [--apply] [--url http://localhost:3000]');
  process.exit(2);
}

try {
  const baseUrl = values.url.replace(/\/+$/, '');
  const { token } = await call('POST /api/auth/login', { baseUrl, body: { username: process.env.MOTCUA_ADMIN_USER ?? 'admin', password: process.env.MOTCUA_ADMIN_PASSWORD ?? 'admin' } });
  const result = await call('POST /api/procedures/import', { baseUrl, token, body: { format, content: readFileSync(file).toString('base64'), apply: values.apply } });
  for (const e of result.errors) console.log(`dòng/line ${e.line}, cột/column "${e.column}": ${e.messageVi} / ${e.message}`);
  for (const c of result.changes) console.log(`${c.change === 'add' ? '+' : '~'} ${c.code} ${c.departmentCode}/${c.serviceCode} ${c.kind}: ${c.name}`);
  console.log(`${result.rows} rows: ${result.added} to add, ${result.changed} to change, ${result.unchanged} unchanged, ${result.errors.length} errors`);
  console.log(result.applied ? 'Applied.' : result.errors.length > 0 ? 'Nothing applied: correct the rows above.' : 'Preview only: run again with --apply to apply.');
  process.exit(result.errors.length > 0 ? 1 : 0);
} catch (e) {
  console.error(`motcua import-procedures: ${e instanceof ApiError ? `${e.status} ${e.code}: ${e.message}` : (e as Error).message}`);
  process.exit(1);
}
