import { describe, expect, it } from 'vitest';
import { parseEscpos, printedRaster, justiceTicket } from '../testing/index.ts';
import { renderTicket } from '../ticket/render.ts';
import type { Raster } from '../ticket/types.ts';
import { encodeTicket, FEED_LINES_BEFORE_CUT, RASTER_BAND_ROWS } from './encode.ts';

function stripes(width: number, height: number): Raster {
  const data = new Uint8Array((width / 8) * height);
  data.forEach((_, i) => (data[i] = (i * 37) & 0xff));
  return { width, height, data };
}

describe('encodeTicket', () => {
  it('initialises, sends the raster, feeds and cuts partially, in that order', () => {
    const commands = parseEscpos(encodeTicket(stripes(576, 100)));
    expect(commands.map((c) => c.kind)).toEqual(['init', 'raster', ...Array(FEED_LINES_BEFORE_CUT).fill('line-feed'), 'cut']);
    expect(commands.at(-1)).toEqual({ kind: 'cut', partial: true });
  });

  it('starts with ESC @ and ends with GS V 1', () => {
    const bytes = encodeTicket(stripes(384, 10));
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    expect([...bytes.subarray(-3)]).toEqual([0x1d, 0x56, 0x01]);
  });

  it('splits a tall image into bands that print back into the same dots', () => {
    const raster = stripes(576, 2 * RASTER_BAND_ROWS + 17);
    const commands = parseEscpos(encodeTicket(raster));
    expect(commands.filter((c) => c.kind === 'raster').map((c) => c.kind === 'raster' && c.height)).toEqual([RASTER_BAND_ROWS, RASTER_BAND_ROWS, 17]);
    const printed = printedRaster(commands);
    expect([printed.width, printed.height]).toEqual([raster.width, raster.height]);
    expect(Buffer.from(printed.data).equals(raster.data)).toBe(true);
  });

  it('carries a rendered ticket dot for dot', () => {
    const { raster } = renderTicket(justiceTicket, { width: 384 });
    const printed = printedRaster(parseEscpos(encodeTicket(raster)));
    expect(printed.width).toBe(384);
    expect(Buffer.from(printed.data).equals(raster.data)).toBe(true);
  });
});
