import { createCanvas } from '@napi-rs/canvas';
import { ensureTicketFonts } from '../ticket/fonts.ts';
import { thresholdToRaster } from '../ticket/raster.ts';
import { baselineOffset, cssFont, lineHeight, ticketMetrics, type TextStyle, type TicketMetrics } from '../ticket/styles.ts';
import type { PaperWidth, Raster } from '../ticket/types.ts';
import { wrapText } from '../ticket/wrap.ts';

/** One byte a dot (1 = black), row by row. */
export interface Dots {
  width: number;
  height: number;
  dots: Uint8Array;
}

export function unpack(raster: Raster): Dots {
  const dots = new Uint8Array(raster.width * raster.height);
  for (let i = 0; i < dots.length; i++) dots[i] = ((raster.data[i >> 3] as number) >> (7 - (i & 7))) & 1;
  return { width: raster.width, height: raster.height, dots };
}

/** Crops to the smallest rectangle holding every black dot. */
function cropToInk(image: Dots): Dots {
  let [top, bottom, left, right] = [image.height, -1, image.width, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (!image.dots[y * image.width + x]) continue;
      [top, bottom, left, right] = [Math.min(top, y), Math.max(bottom, y), Math.min(left, x), Math.max(right, x)];
    }
  }
  const width = right - left + 1;
  const height = bottom - top + 1;
  const dots = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) dots.set(image.dots.subarray((top + y) * image.width + left, (top + y) * image.width + right + 1), y * width);
  return { width, height, dots };
}

/**
 * The dots of one line of text drawn alone (on a whole-dot position, as tickets draw text) in a
 * ticket style; `inverted` draws it white on black, and its ink is then the white dots.
 */
export function textInk(text: string, style: TextStyle, { inverted = false } = {}): Dots {
  ensureTicketFonts();
  const measure = createCanvas(1, 1).getContext('2d');
  measure.font = cssFont(style);
  const width = Math.ceil((measure.measureText(text).width + 2 * style.size) / 8) * 8;
  const height = 2 * lineHeight(style);
  const ctx = createCanvas(width, height).getContext('2d');
  ctx.fillStyle = inverted ? '#000' : '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = inverted ? '#fff' : '#000';
  ctx.font = cssFont(style);
  ctx.fillText(text, style.size, baselineOffset(style));
  const drawn = unpack(thresholdToRaster(ctx.getImageData(0, 0, width, height).data, width, height));
  if (inverted) drawn.dots.forEach((dot, i) => (drawn.dots[i] = 1 - dot));
  return cropToInk(drawn);
}

/** The dots of each line a text of the ticket (its role: the service's name, the procedure's…) takes, wrapped between the margins as the ticket wraps it. */
export function ticketTextInk(text: string, role: keyof TicketMetrics['text'], width: PaperWidth = 576): Dots[] {
  ensureTicketFonts();
  const { margin, text: styles } = ticketMetrics(width);
  const measure = createCanvas(1, 1).getContext('2d');
  measure.font = cssFont(styles[role]);
  return wrapText(measure, text, width - 2 * margin).map((line) => textInk(line, styles[role]));
}

/** Whether ink appears somewhere in the image, dot for dot; `inverted` looks for it as white on black. */
export function containsInk(image: Dots, ink: Dots, { inverted = false } = {}): boolean {
  const black = inverted ? 0 : 1;
  const matchesAt = (left: number, top: number): boolean => {
    for (let y = 0; y < ink.height; y++) {
      for (let x = 0; x < ink.width; x++) {
        const want = ink.dots[y * ink.width + x] ? black : 1 - black;
        if (image.dots[(top + y) * image.width + left + x] !== want) return false;
      }
    }
    return true;
  };
  for (let top = 0; top + ink.height <= image.height; top++) {
    for (let left = 0; left + ink.width <= image.width; left++) {
      if (matchesAt(left, top)) return true;
    }
  }
  return false;
}
