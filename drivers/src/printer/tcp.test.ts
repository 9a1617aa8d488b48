import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { containsInk, FakeTcpPrinter, justiceTicket, labourTicket, printedRaster, textInk, ticketJob as job, unpack } from '../testing/index.ts';
import { ticketMetrics } from '../ticket/styles.ts';
import type { PaperWidth } from '../ticket/types.ts';
import { createPrinter } from './create.ts';
import { NO_STATUS_REASON } from './escpos-printer.ts';

// Generous timeouts: a printer that answers ends each wait at once, and a loaded machine must not
// turn a late answer into a silent printer.
const PATIENT = { timeouts: { connectMs: 5000, statusMs: 5000, writeMs: 10_000 } };
/** For a printer that never answers: each status wait runs to its end. */
const SHORT_STATUS = { timeouts: { statusMs: 100 } };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function fakePrinter(...args: Parameters<typeof FakeTcpPrinter.start>): Promise<FakeTcpPrinter> {
  const printer = await FakeTcpPrinter.start(...args);
  cleanups.push(() => printer.close());
  return printer;
}

describe('network printer (tcp://)', () => {
  it.each([576, 384] as PaperWidth[])('prints a ticket whose bytes decode to the rendered dots (%i)', async (width) => {
    const fake = await fakePrinter();
    const printer = createPrinter(fake.spec, PATIENT);
    const ticket = job(labourTicket, width);

    expect(await printer.print(ticket)).toEqual({ status: 'printed' });
    await printer.close();

    const [connection] = fake.connections;
    expect(connection?.error).toBeUndefined();
    const commands = connection?.commands ?? [];
    expect(commands[0]).toEqual({ kind: 'init' });
    expect(commands.at(-1)).toEqual({ kind: 'cut', partial: true });
    const printed = printedRaster(commands);
    expect([printed.width, printed.height]).toEqual([width, ticket.raster.height]);
    expect(Buffer.from(printed.data).equals(ticket.raster.data)).toBe(true);
    const dots = unpack(printed);
    const { text } = ticketMetrics(width);
    expect(containsInk(dots, textInk('Người có công', text.service))).toBe(true);
    expect(containsInk(dots, textInk('Trước bạn, cùng dịch vụ', text.detail))).toBe(true);
  });

  it('asks DLE EOT 1, 2 and 4 before printing', async () => {
    const fake = await fakePrinter();
    await createPrinter(fake.spec, PATIENT).print(job(justiceTicket));
    expect([...(fake.connections[0]?.received.subarray(0, 9) ?? [])]).toEqual([0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4]);
  });

  it('does not print when the printer reports paper out, and says why', async () => {
    const fake = await fakePrinter({ paperOut: true });
    const result = await createPrinter(fake.spec, PATIENT).print(job(justiceTicket));
    expect(result).toMatchObject({ status: 'failed', code: 'paper_out' });
    expect(result.status === 'failed' && result.reason).toMatch(/^paper_out: .*paper/);
    expect(fake.connections[0]?.commands).toEqual([]);
  });

  it.each([
    [{ coverOpen: true }, 'cover_open'],
    [{ offline: true }, 'offline'],
  ] as const)('does not print when the printer reports %o', async (state, code) => {
    const fake = await fakePrinter(state);
    expect(await createPrinter(fake.spec, PATIENT).print(job(justiceTicket))).toMatchObject({ status: 'failed', code });
  });

  it('prints when the paper is only near its end, and status tells', async () => {
    const fake = await fakePrinter({ paperNearEnd: true });
    const printer = createPrinter(fake.spec, PATIENT);
    expect(await printer.print(job(justiceTicket))).toEqual({ status: 'printed' });
    expect(await printer.status()).toMatchObject({ online: true, paperNearEnd: true, paperOut: false, coverOpen: false });
  });

  it('prints blind to a printer that answers no status request', async () => {
    const fake = await fakePrinter({ silent: true });
    const printer = createPrinter(fake.spec, SHORT_STATUS);
    const ticket = job(justiceTicket);
    expect(await printer.print(ticket)).toEqual({ status: 'printed' });
    expect(Buffer.from(printedRaster(fake.connections[0]?.commands ?? []).data).equals(ticket.raster.data)).toBe(true);
    expect(await printer.status()).toEqual({ online: true, reason: NO_STATUS_REASON });
  });

  it('sees the fault change between jobs', async () => {
    const fake = await fakePrinter();
    const printer = createPrinter(fake.spec, PATIENT);
    fake.state = { paperOut: true };
    expect(await printer.print(job(justiceTicket))).toMatchObject({ code: 'paper_out' });
    fake.state = {};
    expect(await printer.print(job(justiceTicket))).toEqual({ status: 'printed' });
  });

  it('prints jobs given at once one after another, each whole', async () => {
    const fake = await fakePrinter();
    const printer = createPrinter(fake.spec, PATIENT);
    const tickets = [job(justiceTicket), job(labourTicket)];
    expect(await Promise.all(tickets.map((t) => printer.print(t)))).toEqual([{ status: 'printed' }, { status: 'printed' }]);
    const printed = fake.connections.map((connection) => Buffer.from(printedRaster(connection.commands).data));
    expect(printed.map((dots, i) => dots.equals(tickets[i]?.raster.data ?? new Uint8Array()))).toEqual([true, true]);
  });

  it('reports a printer nobody listens for as unreachable', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    server.close();
    await once(server, 'close');
    const printer = createPrinter(`tcp://127.0.0.1:${port}`, PATIENT);
    expect(await printer.print(job(justiceTicket))).toMatchObject({ status: 'failed', code: 'unreachable' });
    expect(await printer.status()).toMatchObject({ online: false, reason: expect.stringMatching(/^unreachable: /) });
  });

  it('gives up on a printer that stops taking data', async () => {
    const stalled = new Set<Socket>();
    const server = createServer((socket) => stalled.add(socket.pause())).listen(0, '127.0.0.1');
    cleanups.push(async () => {
      stalled.forEach((socket) => socket.destroy());
      server.close();
    });
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const printer = createPrinter(`tcp://127.0.0.1:${port}`, { timeouts: { ...SHORT_STATUS.timeouts, writeMs: 300 } });
    const huge = { number: '1', day: '2026-11-29', png: Buffer.alloc(0), escpos: Buffer.alloc(32 * 1024 * 1024) };
    expect(await printer.print(huge)).toMatchObject({ status: 'failed', code: 'timeout' });
  });
});
