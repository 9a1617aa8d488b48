import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { labourTicket, ticketJob } from '../testing/index.ts';
import { createPrinter } from './create.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'motcua-printouts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file printer (file:<dir>)', () => {
  it('saves the ticket as <number>.png and <number>.bin, making the folder', async () => {
    const folder = join(dir, 'data', 'printouts');
    const printer = createPrinter(`file:${folder}`);
    const job = ticketJob(labourTicket);

    expect(await printer.print(job)).toEqual({ status: 'printed' });
    expect((await readFile(join(folder, '4007.png'))).equals(job.png)).toBe(true);
    expect((await readFile(join(folder, '4007.bin'))).equals(job.escpos)).toBe(true);
    expect(await printer.status()).toEqual({ online: true });
  });

  it('keeps a strange number inside the folder', async () => {
    const printer = createPrinter(`file:${dir}`);
    expect(await printer.print({ ...ticketJob(labourTicket), number: '../../x' })).toEqual({ status: 'printed' });
    expect((await readFile(join(dir, '______x.bin'))).length).toBeGreaterThan(0);
  });

  it('reports a folder it cannot write as a failed print, not an exception', async () => {
    const blocked = join(dir, 'a-file');
    await writeFile(blocked, '');
    const printer = createPrinter(`file:${blocked}`);
    expect(await printer.print(ticketJob(labourTicket))).toMatchObject({ status: 'failed', code: 'io_error' });
    expect(await printer.status()).toMatchObject({ online: false, reason: expect.stringMatching(/^io_error: /) });
  });
});
