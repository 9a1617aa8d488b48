// Backups of a running center: a backup taken during a burst of kiosk tickets holds every ticket
// acknowledged before it began; restored into a fresh folder, a server started on it finds them all.
// `npm run backup` copies the live database; `npm run restore` refuses while a server runs, refuses
// damaged or too-new files, and says what it restored. The nightly backup keeps N days.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminView, Ticket, TrackView } from '@motcua/protocol';
import { http, login, startServer, type Running } from '../support/server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = import.meta.resolve('tsx');
const run = promisify(execFile);
/** `npm run backup|restore -- <file>` as npm runs it (tsx on the script), with DATA_DIR. */
const script = (name: 'backup' | 'restore', file: string, dataDir: string) =>
  run(process.execPath, ['--import', TSX, join(ROOT, 'server', 'scripts', `${name}.ts`), file], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, timeout: 60_000 })
    .then(({ stdout }) => ({ code: 0, out: stdout }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }));

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-restore-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function issueRaw(url: string, serviceId: number): Promise<Ticket> {
  const response = await fetch(`${url}/api/tickets`, { method: 'POST', headers: { authorization: 'Bearer demo-kiosk', 'content-type': 'application/json' }, body: JSON.stringify({ serviceId }) });
  if (response.status !== 201) throw new Error(`issue: ${response.status}`);
  return (await response.json()) as Ticket;
}

describe('a backup during a kiosk burst, restored', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('holds every ticket acknowledged before the backup began', async () => {
    const admin = await login(server.url, 'admin', 'admin');
    const acknowledged: Ticket[] = [];
    let bursting = true;
    // Four kiosks' worth of concurrent requests, issuing until the backup is done.
    const kiosks = Array.from({ length: 12 }, async (_, k) => {
      while (bursting) acknowledged.push(await issueRaw(server.url, (k % 4) + 1));
    });
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
    const before = [...acknowledged];
    const response = await fetch(`${server.url}/api/admin/backup`, { headers: { authorization: `Bearer ${admin}` } });
    const file = join(freshDir(), 'download.db');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    bursting = false;
    await Promise.all(kiosks);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="motcua-\d{4}-\d{2}-\d{2}-\d+\.db"$/);
    expect(acknowledged.length).toBeGreaterThan(before.length);
    expect(readdirSync(join(server.dir, 'backups')).filter((f) => f.startsWith('.download-'))).toEqual([]);

    const target = freshDir();
    const restored = await script('restore', file, target);
    expect(restored.out).toMatch(/restored .* \d+ tickets over 1 business days/);
    expect(restored.code).toBe(0);
    const copy = await startServer({ dir: target });
    try {
      for (const t of before) {
        const { status, body } = await http<TrackView>(copy.url, `/api/tickets/track/${t.trackCode}`);
        expect(status, t.number).toBe(200);
        expect(body.number).toBe(t.number);
      }
    } finally {
      await copy.close();
    }
  });

  it('copies the live database with npm run backup, and audits downloads', async () => {
    const file = join(freshDir(), 'cli.db');
    const t = await issueRaw(server.url, 2);
    const { code, out } = await script('backup', file, server.dir);
    expect(out).toMatch(/copied to/);
    expect(code).toBe(0);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM tickets WHERE track_code = ?').get(t.trackCode)).toEqual({ n: 1 });
    db.close();
    // One self-contained file: reading it leaves nothing beside it.
    expect(readdirSync(dirname(file))).toEqual(['cli.db']);
    expect(server.store.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'admin.backup.download'").get()).toEqual({ n: 1 });
    const officer = await login(server.url, 'officer01');
    expect((await http(server.url, '/api/admin/backup', { token: officer })).status).toBe(403);
  });
});

describe('npm run restore', () => {
  it('refuses while a server uses the folder, then restores once it stopped', async () => {
    const server = await startServer();
    const file = join(freshDir(), 'b.db');
    expect((await script('backup', file, server.dir)).code).toBe(0);
    const refused = await script('restore', file, server.dir);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/motcua server \(pid \d+\) is using/);
    await server.stop();
    const done = await script('restore', file, server.dir);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/The database it replaced is kept as .*motcua\.before-restore-/);
    rmSync(server.dir, { recursive: true, force: true });
  });

  it('refuses a damaged file, a file that is no database and one from a newer version', async () => {
    const server = await startServer();
    const file = join(freshDir(), 'good.db');
    expect((await script('backup', file, server.dir)).code).toBe(0);
    await server.close();
    const target = freshDir();

    const damaged = join(freshDir(), 'damaged.db');
    const db = new Database(file);
    db.exec('VACUUM INTO ' + `'${damaged}'`);
    db.close();
    const bytes = Buffer.from(await (await import('node:fs/promises')).readFile(damaged));
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 3, pageSize * 3 + 200);
    writeFileSync(damaged, bytes);
    const broken = await script('restore', damaged, target);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/damaged|cannot be read|malformed/);

    const text = join(freshDir(), 'notes.db');
    writeFileSync(text, 'not a database at all');
    expect((await script('restore', text, target)).out).toMatch(/refused/);

    const newer = join(freshDir(), 'newer.db');
    const n = new Database(file);
    n.exec(`VACUUM INTO '${newer}'`);
    n.close();
    const w = new Database(newer);
    w.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, ?, ?)').run('from the future', new Date().toISOString());
    w.close();
    const tooNew = await script('restore', newer, target);
    expect(tooNew.code).toBe(1);
    expect(tooNew.out).toMatch(/schema version 999, newer than this motcua/);
    expect(existsSync(join(target, 'motcua.db'))).toBe(false);
  });
});

describe('the nightly backup', () => {
  it('runs at the set hour of the center\'s time zone and keeps the set number of days', async () => {
    // 01:59 in Ho Chi Minh City (UTC+7) on 27 November: not yet time.
    let now = new Date('2026-11-26T18:59:00Z');
    const dir = freshDir();
    const server = await startServer({ dir, clock: () => now, nightlyCheckMs: 20 });
    try {
      mkdirSync(join(dir, 'backups'));
      for (const day of ['2026-11-01', '2026-11-13', '2026-11-14', '2026-11-26']) writeFileSync(join(dir, 'backups', `motcua-${day}.db`), '');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(readdirSync(join(dir, 'backups')).sort()).toHaveLength(4);
      now = new Date('2026-11-26T19:00:30Z');
      const file = join(dir, 'backups', 'motcua-2026-11-27.db');
      for (let i = 0; i < 200 && !existsSync(file); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Kept 14 days by default: 14 … 27 November.
      expect(readdirSync(join(dir, 'backups')).sort()).toEqual(['motcua-2026-11-14.db', 'motcua-2026-11-26.db', 'motcua-2026-11-27.db']);
      const copy = new Database(file, { readonly: true });
      expect((copy.pragma('integrity_check', { simple: true }))).toBe('ok');
      copy.close();
      const admin = await login(server.url, 'admin', 'admin');
      const { body: view } = await http<AdminView>(server.url, '/api/admin', { token: admin });
      expect(view.operations).toMatchObject({ backupTime: '02:00', backupKeepDays: 14 });
    } finally {
      await server.stop();
    }
  });
});
