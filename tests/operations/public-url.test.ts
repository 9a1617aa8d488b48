// The address citizens are given: MOTCUA_PUBLIC_URL (or the center's publicUrl, which overrides it)
// is the base of the printed ticket's QR code and of the track answer's url; without either, the
// address the kiosk reached. HTTPS with MOTCUA_TLS_CERT / MOTCUA_TLS_KEY, and HSTS only then.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { afterAll, describe, expect, it } from 'vitest';
import type { AdminView, Catalog, TrackView } from '@motcua/protocol';
import { http, issue, login, startServer, type Running } from '../support/server.ts';

/** The text of the QR code on the first ticket the file printer saved (in printouts/, or a folder in it). */
async function printedQr(server: Running): Promise<string | undefined> {
  const dir = join(server.dir, 'printouts');
  const first = () => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.png')) : undefined);
  for (let i = 0; i < 400 && !first(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  const png = first()!;
  const image = await loadImage(readFileSync(join(dir, png)));
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
  return jsQR(data, width, height)?.data;
}

describe('the public address', () => {
  it('is the base of the printed QR code and of the track answer (MOTCUA_PUBLIC_URL)', async () => {
    const server = await startServer({ publicUrl: 'https://motcua.tiengiang.gov.vn/' });
    try {
      const t = await issue(server.url, 1);
      expect(await printedQr(server)).toBe(`https://motcua.tiengiang.gov.vn/t/${t.trackCode}`);
      const { body } = await http<TrackView>(server.url, `/api/tickets/track/${t.trackCode}`);
      expect(body.url).toBe(`https://motcua.tiengiang.gov.vn/t/${t.trackCode}`);
      // A kiosk shows the same address on screen: the catalog names it.
      expect((await http<Catalog>(server.url, '/api/catalog')).body.center?.publicUrl).toBe('https://motcua.tiengiang.gov.vn');
    } finally {
      await server.close();
    }
  });

  it('is the center setting when an administrator sets one, and the reached address without any', async () => {
    const server = await startServer({ publicUrl: 'https://from-env.example.vn' });
    try {
      const admin = await login(server.url, 'admin', 'admin');
      const { body: view } = await http<AdminView>(server.url, '/api/admin', { token: admin });
      const bad = await http(server.url, '/api/admin/center', { token: admin, method: 'PUT', body: { ...view.center, publicUrl: 'javascript:alert(1)' } });
      expect(bad.status).toBe(400);
      expect((await http(server.url, '/api/admin/center', { token: admin, method: 'PUT', body: { ...view.center, publicUrl: 'http://hcc.example.vn:8080/motcua' } })).status).toBe(200);
      const t = await issue(server.url, 2);
      expect((await http<TrackView>(server.url, `/api/tickets/track/${t.trackCode}`)).body.url).toBe(`http://hcc.example.vn:8080/motcua/t/${t.trackCode}`);
      expect((await http<AdminView>(server.url, '/api/admin', { token: admin })).body.center.publicUrl).toBe('http://hcc.example.vn:8080/motcua');
    } finally {
      await server.close();
    }
    const plain = await startServer();
    try {
      const t = await issue(plain.url, 3);
      expect((await http<TrackView>(plain.url, `/api/tickets/track/${t.trackCode}`)).body.url).toBe(`${plain.url}/t/${t.trackCode}`);
    } finally {
      await plain.close();
    }
  });
});

describe('HTTPS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-tls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the API over TLS with a self-signed certificate for 127.0.0.1, with HSTS; plain HTTP has none', async () => {
    const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=motcua test', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore', timeout: 20_000 });
    const server = await startServer({ https: { cert: readFileSync(cert), key: readFileSync(key) } });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const answer = await new Promise<{ status: number; hsts: string | undefined; body: string }>((resolve, reject) => {
        get(`${server.url}/api/health`, { ca: readFileSync(cert), timeout: 5000 }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode!, hsts: res.headers['strict-transport-security'] as string | undefined, body }));
        }).on('error', reject);
      });
      expect(answer).toMatchObject({ status: 200, body: '{"ok":true}' });
      expect(answer.hsts).toMatch(/max-age=31536000/);
      // The certificate is checked: without trusting it, the connection fails.
      await expect(new Promise((resolve, reject) => get(`${server.url}/api/health`, { timeout: 5000 }, resolve).on('error', reject))).rejects.toThrow(/self.signed|certificate/i);
    } finally {
      await server.close();
    }
    const plain = await startServer();
    try {
      const response = await fetch(`${plain.url}/api/health`);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
