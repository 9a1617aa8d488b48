// Sign-in against a guesser on the LAN: wrong passwords throttled per username and per address
// (429 with retryAfter and Retry-After, audited), hashing that leaves the event loop free, trivial
// passwords refused, sessions that end when idle or too old, sign-out and an admin's revocation that
// end the session and drop its sockets. Real server, real HTTP, real sockets.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminView, ErrorBody } from '@motcua/protocol';
import { connect, http, login, startServer, type Running } from '../support/server.ts';

/** A POST to the login route from a loopback address of our choice (127.0.0.x), answered status and body. */
function loginFrom(url: string, localAddress: string, username: string, password: string): Promise<{ status: number; retryAfter: string | undefined; body: ErrorBody }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ username, password });
    const req = httpRequest(`${url}/api/auth/login`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'], body: JSON.parse(text) as ErrorBody }));
    });
    req.on('error', reject).end(body);
  });
}

const auditRows = (server: Running, action: string) =>
  server.store.db.prepare<[string], { detail: string }>('SELECT detail FROM audit_log WHERE action = ?').all(action).map((r) => JSON.parse(r.detail) as Record<string, unknown>);

// One server for the whole file, but the session tests' (which need a clock of their own).
let server: Running;
let admin: string;
beforeAll(async () => {
  server = await startServer();
  admin = await login(server.url, 'admin', 'admin');
});
afterAll(() => server.close());

describe('wrong passwords', () => {
  it('locks a username after 5 wrong passwords within 15 minutes: 429 with retryAfter, even with the right one, audited', async () => {
    for (let i = 0; i < 5; i += 1) expect((await loginFrom(server.url, '127.0.0.2', 'officer05', 'wrong-guess')).status).toBe(401);
    const locked = await loginFrom(server.url, '127.0.0.3', 'officer05', 'demo');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect(locked.body.error.messageVi).toMatch(/sai mật khẩu/);
    expect(locked.body.error.retryAfter).toBeGreaterThan(14 * 60);
    expect(locked.body.error.retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.retryAfter).toBe(String(locked.body.error.retryAfter));
    expect(auditRows(server, 'auth.login.failed')).toContainEqual({ username: 'officer05', address: '127.0.0.2' });
    expect(auditRows(server, 'auth.login.locked')).toContainEqual({ username: 'officer05', address: '127.0.0.2', by: 'user' });
    // Another user is not locked out by it.
    expect((await loginFrom(server.url, '127.0.0.3', 'officer06', 'demo')).status).toBe(200);
  });

  it('gives a burst of concurrent guesses no more tries than a sequence', async () => {
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => loginFrom(server.url, '127.0.0.6', 'officer08', `burst-${i}`)));
    expect(burst.filter((a) => a.status === 401)).toHaveLength(5);
    expect(burst.filter((a) => a.status === 429)).toHaveLength(7);
  });

  it('locks an address after 20 wrong passwords, whatever the usernames', async () => {
    for (let i = 0; i < 20; i += 1) expect((await loginFrom(server.url, '127.0.0.4', `nobody${i}`, 'wrong-guess')).status).toBe(401);
    const locked = await loginFrom(server.url, '127.0.0.4', 'officer07', 'demo');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect((await loginFrom(server.url, '127.0.0.5', 'officer07', 'demo')).status).toBe(200);
  });

  it('keeps the server answering while 10 guessers hash wrong passwords (p50 of /api/health)', async () => {
    let guessing = true;
    const guessers = Array.from({ length: 10 }, async (_, g) => {
      // Each guesser from its own address, changing username before the per-user limit: every try is hashed.
      for (let n = 0; n < 19 && guessing; n += 1) await loginFrom(server.url, `127.0.1.${g + 1}`, `guess${g}x${Math.floor(n / 4)}`, `wrong-${n}`);
    });
    const latencies: number[] = [];
    const started = Date.now();
    while (Date.now() - started < 2500) {
      const t0 = performance.now();
      await http(server.url, '/api/health');
      latencies.push(performance.now() - t0);
    }
    guessing = false;
    await Promise.all(guessers);
    latencies.sort((a, b) => a - b);
    const p50 = latencies[Math.floor(latencies.length / 2)]!;
    console.log(`/api/health under 10 guessers: p50 ${p50.toFixed(1)} ms over ${latencies.length} requests`);
    expect(p50).toBeLessThan(150);
  });
});

describe('passwords an administrator sets', () => {
  const newUser = (username: string, password: string) =>
    http<ErrorBody>(server.url, '/api/admin/users', { token: admin, body: { username, password, displayName: 'Cán bộ mới', role: 'supervisor', departmentId: null } });

  it('refuses blank, common, repeated and username-like passwords, in both languages', async () => {
    for (const [username, password] of [['sup1', '        '], ['sup1', 'password'], ['sup1', '12345678'], ['sup1', 'aaaaaaaaa'], ['nguyenvana', 'nguyenvana2026']]) {
      const { status, body } = await newUser(username!, password!);
      expect(status, password).toBe(400);
      expect(body.error.code).toBe('weak_password');
      expect(body.error.messageVi).toMatch(/mật khẩu/i);
    }
    expect((await newUser('sup1', 'Tháp-Mười-2026')).status).toBe(200);
    const { body: view } = await http<AdminView>(server.url, '/api/admin', { token: admin });
    const id = view.users.find((u) => u.username === 'sup1')!.id;
    const reset = await http<ErrorBody>(server.url, `/api/admin/users/${id}/password`, { token: admin, body: { password: 'sup1-password' } });
    expect(reset.status).toBe(400);
    expect(reset.body.error.code).toBe('weak_password');
    expect((await http(server.url, `/api/admin/users/${id}/password`, { token: admin, body: { password: 'Cái-Bè-Mỹ-Tho' } })).status).toBe(200);
    expect(await login(server.url, 'sup1', 'Cái-Bè-Mỹ-Tho')).toBeTruthy();
  });
});

describe('sessions', () => {
  let now = new Date('2026-11-27T01:00:00Z');
  let timed: Running;
  beforeAll(async () => {
    timed = await startServer({ clock: () => now });
  });
  afterAll(() => timed.close());
  const advance = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };
  const me = (token: string) => http<ErrorBody>(timed.url, '/api/me', { token });

  it('end when unused for the idle time (2 h by default)', async () => {
    const token = await login(timed.url, 'officer01');
    advance(119);
    expect((await me(token)).status).toBe(200);
    advance(119);
    expect((await me(token)).status).toBe(200);
    advance(121);
    const ended = await me(token);
    expect(ended.status).toBe(401);
    expect(ended.body.error.code).toBe('bad_token');
  });

  it('end after the absolute lifetime (12 h by default) however busy', async () => {
    const token = await login(timed.url, 'officer02');
    for (let h = 0; h < 23; h += 1) {
      advance(30);
      expect((await me(token)).status).toBe(200);
    }
    advance(31);
    expect((await me(token)).status).toBe(401);
  });

  it('follow the operations settings an administrator sets', async () => {
    const admin = await login(timed.url, 'admin', 'admin');
    const { body: view } = await http<AdminView>(timed.url, '/api/admin', { token: admin });
    expect(view.operations).toMatchObject({ sessionIdleMinutes: 120, sessionMaxHours: 12 });
    expect((await http(timed.url, '/api/admin/operations', { token: admin, method: 'PUT', body: { ...view.operations, sessionIdleMinutes: 10 } })).status).toBe(200);
    const token = await login(timed.url, 'officer03');
    advance(11);
    expect((await me(token)).status).toBe(401);
    expect((await me(admin)).status).toBe(401);
  });
});

describe('signing out', () => {
  it('revokes the token and drops the officer\'s sockets', async () => {
    const token = await login(server.url, 'officer01');
    const socket = connect(server.url, token);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const dropped = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    expect((await http(server.url, '/api/auth/logout', { token, method: 'POST' })).status).toBe(200);
    await dropped;
    expect((await http(server.url, '/api/me', { token })).status).toBe(401);
  });

  it('lets an administrator end every session of a user', async () => {
    const first = await login(server.url, 'officer02');
    const second = await login(server.url, 'officer02');
    const other = await login(server.url, 'officer03');
    const socket = connect(server.url, first);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const dropped = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    const { body: view } = await http<AdminView>(server.url, '/api/admin', { token: admin });
    const id = view.users.find((u) => u.username === 'officer02')!.id;
    expect((await http(server.url, `/api/admin/users/${id}/sign-out`, { token: admin, method: 'POST' })).status).toBe(200);
    await dropped;
    expect((await http(server.url, '/api/me', { token: first })).status).toBe(401);
    expect((await http(server.url, '/api/me', { token: second })).status).toBe(401);
    expect((await http(server.url, '/api/me', { token: other })).status).toBe(200);
    const office = await login(server.url, 'officer03');
    expect((await http(server.url, `/api/admin/users/${id}/sign-out`, { token: office, method: 'POST' })).status).toBe(403);
  });
});
