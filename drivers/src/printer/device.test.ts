import { execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeEscposPrinter, justiceTicket, labourTicket, parseEscpos, printedRaster, ticketJob } from '../testing/index.ts';
import { createPrinter } from './create.ts';

// Generous timeouts: a printer that answers ends each wait at once, and a loaded machine must not
// turn a late answer into a silent printer.
const PATIENT = { timeouts: { statusMs: 5000, writeMs: 10_000 } };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'motcua-device-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a printer would print from the bytes it got. */
const dotsOf = (bytes: Uint8Array): Buffer => Buffer.from(printedRaster(parseEscpos(bytes)).data);

describe('device file printer (/dev/usb/lp0 and the like)', () => {
  it('writes the job to a plain file standing in for the device, asking no status of it', async () => {
    const path = join(dir, 'lp0');
    await writeFile(path, '');
    const job = ticketJob(justiceTicket);
    const printer = createPrinter(path, PATIENT);

    expect(await printer.print(job)).toEqual({ status: 'printed' });
    expect(await printer.status()).toMatchObject({ online: true, reason: expect.stringMatching(/^no_status: /) });
    const written = await readFile(path);
    expect(dotsOf(written).equals(job.raster.data)).toBe(true);
    expect(parseEscpos(written).at(-1)).toEqual({ kind: 'cut', partial: true });
  });

  it('streams the job through a FIFO to a reader slower than the pipe', async () => {
    const path = join(dir, 'lp0');
    execFileSync('mkfifo', [path]);
    const chunks: Buffer[] = [];
    const reader = createReadStream(path, { highWaterMark: 4096 });
    reader.on('data', (chunk) => chunks.push(chunk as Buffer));
    const job = ticketJob(labourTicket);

    expect(await createPrinter(path, PATIENT).print(job)).toEqual({ status: 'printed' });
    await once(reader, 'end');
    expect(dotsOf(Buffer.concat(chunks)).equals(job.raster.data)).toBe(true);
  });

  it('reports a missing device as unreachable', async () => {
    const result = await createPrinter(join(dir, 'no-such-lp'), PATIENT).print(ticketJob(justiceTicket));
    expect(result).toMatchObject({ status: 'failed', code: 'unreachable' });
  });
});

// A pseudo-terminal is a two-way character device like usblp: a Python helper holds its master
// side, passing the bytes written to the device out on stdout and stdin's bytes back to the device
// (and tells the device's path on stderr).
const PTY_BRIDGE = `
import os, pty, select, sys, tty
master, device = pty.openpty()
tty.setraw(device)
sys.stderr.write(os.ttyname(device) + "\\n")
sys.stderr.flush()
while True:
    ready = select.select([master, 0], [], [])[0]
    if master in ready:
        os.write(1, os.read(master, 65536))
    if 0 in ready:
        data = os.read(0, 65536)
        if not data:
            break
        os.write(master, data)
`;

const hasPython = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;

/** Starts the bridge with a fake printer on the far side; resolves to the device path. */
async function ptyPrinter(printer: FakeEscposPrinter, children: ChildProcessWithoutNullStreams[]): Promise<string> {
  const child = spawn('python3', ['-c', PTY_BRIDGE]);
  children.push(child);
  child.stdout.on('data', (chunk: Buffer) => {
    const answer = printer.receive(chunk);
    if (answer.length > 0) child.stdin.write(answer);
  });
  const [path] = (await once(createInterface({ input: child.stderr }), 'line')) as [string];
  return path;
}

describe.skipIf(!hasPython)('device file printer on a two-way device (a pty)', () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });

  it('asks status and prints', async () => {
    const fake = new FakeEscposPrinter();
    const path = await ptyPrinter(fake, children);
    const job = ticketJob(justiceTicket, 384);

    expect(await createPrinter(path, PATIENT).print(job)).toEqual({ status: 'printed' });
    await expect.poll(() => fake.commands.at(-1)).toEqual({ kind: 'cut', partial: true });
    expect(fake.error).toBeUndefined();
    expect(Buffer.from(printedRaster(fake.commands).data).equals(job.raster.data)).toBe(true);
  });

  it('does not print when the device reports paper out', async () => {
    const fake = new FakeEscposPrinter({ paperOut: true });
    const path = await ptyPrinter(fake, children);
    const printer = createPrinter(path, PATIENT);

    expect(await printer.print(ticketJob(justiceTicket))).toMatchObject({ status: 'failed', code: 'paper_out' });
    expect(await printer.status()).toMatchObject({ online: false, paperOut: true });
    expect(fake.commands).toEqual([]);
  });
});
