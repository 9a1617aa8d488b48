import { command } from '@node-escpos/core';
import type { Raster } from '../ticket/types.ts';

/**
 * Rows per `GS v 0` command. Printers cap one raster's height (Epson: 2303 dots) and small ones
 * choke on big images, so a ticket goes as bands, printed back to back without a gap.
 */
export const RASTER_BAND_ROWS = 960;

/** Line feeds before the cut: carries the end of the ticket past the cutter. */
export const FEED_LINES_BEFORE_CUT = 4;

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

/** `GS v 0` (normal density) for rows [top, top + rows) of the raster. */
function rasterBand(raster: Raster, top: number, rows: number): Buffer {
  const rowBytes = raster.width / 8;
  const header = Buffer.alloc(4);
  header.writeUInt16LE(rowBytes, 0);
  header.writeUInt16LE(rows, 2);
  const band = raster.data.subarray(top * rowBytes, (top + rows) * rowBytes);
  return Buffer.concat([bytes(command.GSV0_FORMAT.GSV0_NORMAL), header, band]);
}

/** ESC/POS for one ticket: initialise, the raster as `GS v 0` bands, feed, partial cut. */
export function encodeTicket(raster: Raster): Buffer {
  const bands: Buffer[] = [];
  for (let top = 0; top < raster.height; top += RASTER_BAND_ROWS) {
    bands.push(rasterBand(raster, top, Math.min(RASTER_BAND_ROWS, raster.height - top)));
  }
  return Buffer.concat([
    bytes(command.HARDWARE.HW_INIT),
    ...bands,
    bytes(command.EOL.repeat(FEED_LINES_BEFORE_CUT)),
    bytes(command.PAPER.PAPER_PART_CUT),
  ]);
}
