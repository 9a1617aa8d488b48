// Checks the printed ticket with decoders motcua did not write: jsQR reads the QR code, npos
// decodes the ESC/POS bytes a network printer received; and what the server prints for a ticket,
// read back from those bytes.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { createPrinter, type PaperWidth, type Raster } from '@motcua/drivers';
import { containsInk, FakeTcpPrinter, justiceTicket, labourTicket, printedRaster, ticketJob, ticketTextInk, unpack } from '@motcua/drivers/testing';
import type { Ticket } from '@motcua/protocol';
import jsQR from 'jsqr';
import npos, { type Bitmap } from 'npos';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, issue, next, send, startServer, type TestSocket } from '../support/server.ts';

async function pngPixels(png: Buffer): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const image = await loadImage(png);
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height);
}

function rasterPixels(raster: Raster): Uint8ClampedArray {
  const { dots } = unpack(raster);
  const rgba = new Uint8ClampedArray(dots.length * 4).fill(255);
  dots.forEach((dot, i) => dot && rgba.fill(0, i * 4, i * 4 + 3));
  return rgba;
}

let printer: FakeTcpPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

describe('a printed ticket, read by other decoders', () => {
  it.each([
    [justiceTicket, 576],
    [labourTicket, 576],
    [justiceTicket, 384],
  ] as const)('has a QR code jsQR reads as the tracking URL (%#)', async (ticket, width) => {
    const { png } = ticketJob(ticket, width as PaperWidth);
    const { data, width: w, height } = await pngPixels(png);
    expect(jsQR(data, w, height)?.data).toBe(ticket.trackUrl);
  });

  it('reaches a network printer as bytes npos decodes to the same dots, with a cut, and a readable QR code', async () => {
    printer = await FakeTcpPrinter.start();
    const job = ticketJob(labourTicket);
    expect(await createPrinter(printer.spec).print(job)).toEqual({ status: 'printed' });
    const [connection] = printer.connections;
    const received = connection?.received ?? Buffer.alloc(0);

    const ast = await npos.parser().parse(received);
    expect(ast.error).toBeUndefined();
    expect(ast.tree.at(-1)).toMatchObject({ hex: '1D', fn: 'V' });
    const bitmap = ast.entries.find((entry) => entry.type === 'raster')?.data as Bitmap;
    expect([bitmap.getWidth(), bitmap.getHeight()]).toEqual([576, job.raster.height]);
    const ours = unpack(job.raster).dots;
    const mismatches = ours.filter((dot, i) => (bitmap.getPixel(i % 576, Math.floor(i / 576)) === 0 ? 1 : 0) !== dot).length;
    expect(mismatches).toBe(0);

    const printed = printedRaster(connection?.commands ?? []);
    expect(jsQR(rasterPixels(printed), printed.width, printed.height)?.data).toBe(labourTicket.trackUrl);
  });

  it('names the procedure chosen in the kiosk\'s search under the service, wrapped, its marks whole; a ticket for a service names none', async () => {
    printer = await FakeTcpPrinter.start();
    const server = await startServer({ printing: { printer: printer.spec } });
    const kiosk: TestSocket = connect(server.url, 'demo-kiosk');
    try {
      await next(kiosk, 'queue:snapshot');
      /** The dots the printer received for the ticket issued by `take`, once printed. */
      const printedFor = async (take: () => Promise<Ticket>) => {
        const printed = next(kiosk, 'print:status', 20_000);
        const ticket = await take();
        expect(await printed).toMatchObject({ ticketId: ticket.id, status: 'printed' });
        return unpack(printedRaster(printer!.connections.at(-1)!.commands));
      };
      const [procedure] = (await send(server.url, 'GET /api/procedures', { query: { q: 'khai sinh ket hop nhan cha me con' } })).body.procedures;
      expect(procedure?.name.vi).toBe('Đăng ký khai sinh kết hợp nhận cha, mẹ, con có yếu tố nước ngoài');
      const lines = ticketTextInk(procedure!.name.vi, 'procedure');
      expect(lines.length).toBeGreaterThan(1);
      const forProcedure = await printedFor(async () => (await send(server.url, 'POST /api/tickets', { body: { procedureId: procedure!.id }, token: 'demo-kiosk' })).body);
      for (const line of lines) expect(containsInk(forProcedure, line)).toBe(true);
      expect(containsInk(forProcedure, ticketTextInk('Hộ tịch', 'service')[0]!)).toBe(true);
      const forService = await printedFor(() => issue(server.url, procedure!.serviceId));
      expect(containsInk(forService, lines[0]!)).toBe(false);
    } finally {
      kiosk.close();
      await server.close();
    }
  });
});
