// The sync worker while its hub is unreachable: it only asks (an empty batch, backing off) whether
// the hub is back, and reads nothing from the site's outbox meanwhile, so the site's event loop stays
// the queue's. (Catching up when the hub returns: sync.test.ts.)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncWorker } from '../../server/src/operations/sync.ts';
import { Store } from '../../server/src/store/index.ts';

let store: Store | undefined;
let worker: SyncWorker | undefined;

afterEach(async () => {
  await worker?.stop();
  store?.close();
});

describe('the sync worker with its hub down', () => {
  it('reads the outbox once, then only asks whether the hub is back, less and less often', async () => {
    store = Store.open(':memory:');
    const insert = store.db.prepare('INSERT INTO outbox (at, kind, data) VALUES (?, ?, ?)');
    for (let i = 0; i < 500; i++) insert.run(Date.now(), 'ticket', JSON.stringify({ id: i, status: 'waiting' }));
    const outbox = store.outbox;
    let reads = 0;
    const batch = outbox.batch.bind(outbox);
    outbox.batch = (after, limit) => {
      reads++;
      return batch(after, limit);
    };
    // a hub that drops every connection once it has read the request (a link cut at the province)
    const sent: number[] = [];
    const dropping = createServer((request, response) => {
      let body = '';
      request.on('data', (c: Buffer) => (body += c));
      request.on('end', () => {
        sent.push((JSON.parse(body) as { events: unknown[] }).events.length);
        response.socket?.destroy();
      });
    });
    await new Promise<void>((r) => dropping.listen(0, '127.0.0.1', r));
    const { port } = dropping.address() as AddressInfo;
    worker = new SyncWorker(outbox, { provinceUrl: `http://127.0.0.1:${port}`, siteKey: 'SITE.worker-test-key', minBackoffMs: 50, maxBackoffMs: 400, idleMs: 20 });
    try {
      worker.start();
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await worker.stop();
      dropping.close();
    }
    expect(worker.status().lastError).toBeTruthy();
    expect(worker.status().pending).toBe(500);
    expect(reads).toBe(1);
    expect(sent[0]).toBe(500);
    expect(sent.slice(1).every((n) => n === 0)).toBe(true);
    // 50, 100, 200, 400, 400 … ms apart (±25 %): a handful of attempts in 1.5 s, not one every idle turn
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(sent.length).toBeLessThanOrEqual(8);
  });
});
