// Checks the printed ticket with decoders motcua did not write: jsQR reads the QR code, npos
// decodes the ESC/POS bytes a network printer received.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { createPrinter, type PaperWidth, type Raster } from '@motcua/drivers';
import { FakeTcpPrinter, justiceTicket, labourTicket, printedRaster, ticketJob, unpack } from '@motcua/drivers/testing';
import jsQR from 'jsqr';
import npos, { type Bitmap } from 'npos';
import { afterEach, describe, expect, it } from 'vitest';

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
});
