import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRenderPool } from '../render/pool.ts';
import { labourTicket, ticketJob } from '../testing/index.ts';
import { createPrinter } from './create.ts';
import { createFilePrinter } from './file-printer.ts';
import { printTicket } from './print-ticket.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'motcua-printouts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const job = ticketJob(labourTicket);
/** The sample job as ticket `number` issued on `day` (the center's day, YYYY-MM-DD). */
const jobOn = (number: string, day: string) => ({ ...job, number, day });
const listing = async (): Promise<Record<string, string[]>> => Object.fromEntries(await Promise.all((await readdir(dir)).sort().map(async (day) => [day, (await readdir(join(dir, day))).sort()])));

describe('file printer (file:<dir>)', () => {
  it('saves the ticket as <day>/<number>.png and .bin, making the folders', async () => {
    const folder = join(dir, 'data', 'printouts');
    const printer = createFilePrinter(folder, { days: 7, tickets: 100 });

    expect(await printer.print(job)).toEqual({ status: 'printed' });
    // the sample ticket was issued at 08:05 on 14 March 2025 in Tiền Giang
    expect((await readFile(join(folder, '2025-03-14', '4007.png'))).equals(job.png)).toBe(true);
    expect((await readFile(join(folder, '2025-03-14', '4007.bin'))).equals(job.escpos)).toBe(true);
    expect(await printer.status()).toEqual({ online: true });
  });

  it("files a printed ticket under the day it was issued on the center's clock, not the machine's", async () => {
    // 02:58 on 30 November in Tiền Giang is still 29 November on a machine kept on UTC (or any zone west of it)
    const printer = createFilePrinter(dir, { days: 7, tickets: 100 });
    const renderer = createRenderPool({ threads: 1 });
    try {
      const printed = await printTicket(printer, renderer, { ...labourTicket, issuedAt: '2026-11-29T19:58:00Z', timeZone: 'Asia/Ho_Chi_Minh' });
      expect(printed).toEqual({ status: 'printed' });
    } finally {
      await renderer.close();
    }
    expect(await listing()).toEqual({ '2026-11-30': ['4007.bin', '4007.png'] });
  });

  it('keeps a strange number inside the folder', async () => {
    const printer = createFilePrinter(dir, { days: 1, tickets: 10 });
    expect(await printer.print(jobOn('../../x', '2026-01-02'))).toEqual({ status: 'printed' });
    expect((await readFile(join(dir, '2026-01-02', '______x.bin'))).length).toBeGreaterThan(0);
  });

  it('keeps the newest day folders only, counting those already on disk', async () => {
    for (const old of ['2026-11-20', '2026-11-27', '2026-11-28']) {
      await mkdir(join(dir, old));
      await writeFile(join(dir, old, '1001.png'), '');
    }
    const printer = createFilePrinter(dir, { days: 2, tickets: 100 });
    await printer.print(jobOn('1001', '2026-11-29'));
    expect(Object.keys(await listing())).toEqual(['2026-11-28', '2026-11-29']);
    await printer.print(jobOn('1001', '2026-11-30'));
    expect(Object.keys(await listing())).toEqual(['2026-11-29', '2026-11-30']);
  });

  it('keeps at most the newest tickets, deleting the oldest first', async () => {
    const printer = createFilePrinter(dir, { days: 7, tickets: 3 });
    await Promise.all(['1001', '1002', '1003'].map((n) => printer.print(jobOn(n, '2026-11-29'))));
    await printer.print(jobOn('1001', '2026-11-30'));
    await printer.print(jobOn('1002', '2026-11-30'));
    expect(await listing()).toEqual({ '2026-11-29': ['1003.bin', '1003.png'], '2026-11-30': ['1001.bin', '1001.png', '1002.bin', '1002.png'] });
    // a restarted printer knows what is on disk
    await createPrinter(`file:${dir}?tickets=2&days=7`).print(jobOn('9999', '2026-11-30'));
    const kept = Object.values(await listing()).flat();
    expect(kept.filter((f) => f.endsWith('.png'))).toHaveLength(2);
    expect(kept).toContain('9999.png');
  });

  it('reads its limits from the spec, and refuses bad ones', () => {
    expect(createPrinter(`file:${dir}?days=30&tickets=10000`).describe()).toBe(`files in ${dir} (30 days, 10000 tickets at most)`);
    expect(createPrinter(`file:${dir}`).describe()).toBe(`files in ${dir} (7 days, 2000 tickets at most)`);
    expect(() => createPrinter(`file:${dir}?days=0`)).toThrow(/days must be a whole number from 1/);
    expect(() => createPrinter(`file:${dir}?tickets=many`)).toThrow(/tickets must be a whole number/);
  });

  it('reports a folder it cannot write as a failed print, not an exception', async () => {
    const blocked = join(dir, 'a-file');
    await writeFile(blocked, '');
    const printer = createPrinter(`file:${blocked}`);
    expect(await printer.print(job)).toMatchObject({ status: 'failed', code: 'io_error' });
    expect(await printer.status()).toMatchObject({ online: false, reason: expect.stringMatching(/^io_error: /) });
    // the next job is tried afresh
    expect(await printer.print(job)).toMatchObject({ status: 'failed', code: 'io_error' });
  });
});
