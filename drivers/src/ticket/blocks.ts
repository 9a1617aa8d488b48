import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { thresholdToRaster } from './raster.ts';
import { baselineOffset, cssFont, lineHeight, type TextStyle } from './styles.ts';
import type { Raster } from './types.ts';
import { wrapText } from './wrap.ts';

/**
 * One horizontal band of the ticket, the paper's full width, already in dots: a ticket is its
 * bands one under the other. Text is drawn on a canvas of the band's own and thresholded; rules,
 * spaces and the QR code are set dot by dot (whole dots, so exactly what the canvas would give).
 * A drawn band keeps `pad` rows above and below its own: ink may reach into its neighbours, as on
 * one canvas (marks stacked on a capital, Ấ, rise above the line; round digits dip under theirs).
 */
export interface Band {
  height: number;
  pad: number;
  /** height + 2 × pad rows of width / 8 bytes, 1 = black dot. */
  data: Uint8Array;
}

/** The paper's width, the room between the margins, and a context to measure text with. */
export interface Frame {
  measure: SKRSContext2D;
  width: number;
  left: number;
  right: number;
}

const BLACK = '#000';
const WHITE = '#fff';

/**
 * Bands of text kept, most recently used last: most of a ticket (the center, department and
 * service names, the labels, the QR caption) is the same text as on the ticket before, and drawing
 * and reading back a canvas is most of a ticket's cost. About 3 KB a band on 80 mm paper.
 */
const KEPT_BANDS = 256;
const kept = new Map<string, Band>();

/** The band drawn for `what` before (the same texts, styles and frame give the same dots), or drawn now. */
function keptBand(what: unknown[], draw: () => Band): Band {
  const key = JSON.stringify(what);
  const band = kept.get(key);
  if (band) {
    kept.delete(key);
    kept.set(key, band);
    return band;
  }
  const drawn = draw();
  kept.set(key, drawn);
  if (kept.size > KEPT_BANDS) kept.delete(kept.keys().next().value!);
  return drawn;
}

function blankBand(frame: Frame, height: number): Band {
  return { height, pad: 0, data: new Uint8Array((frame.width / 8) * height) };
}

/** Rows of room above and below a band of text in this style (see Band). */
const textPad = (style: TextStyle): number => Math.ceil(style.size * 0.3);

/** A band drawn (from its top, at 0) on a white canvas of its own with `pad` rows around, then thresholded to dots. */
function drawnBand(frame: Frame, height: number, pad: number, draw: (ctx: SKRSContext2D) => void): Band {
  if (height === 0) return blankBand(frame, 0);
  const rows = height + 2 * pad;
  const ctx = createCanvas(frame.width, rows).getContext('2d');
  ctx.fillStyle = WHITE;
  ctx.fillRect(0, 0, frame.width, rows);
  ctx.translate(0, pad);
  draw(ctx);
  return { height, pad, data: thresholdToRaster(ctx.getImageData(0, 0, frame.width, rows).data, frame.width, rows).data };
}

/** Blackens a rectangle of whole dots. */
function inkRect(frame: Frame, band: Band, x: number, y: number, width: number, height: number): void {
  const rowBytes = frame.width / 8;
  for (let row = y; row < y + height; row++) {
    for (let col = x; col < x + width; col++) band.data[row * rowBytes + (col >> 3)]! |= 0x80 >> (col & 7);
  }
}

/** The bands one under the other, each one's ink over its neighbours' rows too: the ticket's raster. */
export function stackBands(width: number, bands: Band[]): Raster {
  const rowBytes = width / 8;
  const height = bands.reduce((sum, band) => sum + band.height, 0);
  const data = new Uint8Array(rowBytes * height);
  const tops: number[] = [];
  let top = 0;
  for (const band of bands) {
    tops.push(top);
    data.set(band.data.subarray(band.pad * rowBytes, (band.pad + band.height) * rowBytes), top * rowBytes);
    top += band.height;
  }
  // then the rows drawn around each band, over what is there
  bands.forEach((band, i) => {
    const start = (tops[i]! - band.pad) * rowBytes;
    const padBytes = band.pad * rowBytes;
    for (const [from, to] of [[0, padBytes], [band.data.length - padBytes, band.data.length]] as const) {
      for (let j = Math.max(from, -start); j < Math.min(to, data.length - start); j++) data[start + j]! |= band.data[j]!;
    }
  });
  return { width, height, data };
}

/** Left edge of a centred item, on a whole dot so the same text always gives the same dots. */
function centredX(frame: Frame, itemWidth: number): number {
  return Math.round((frame.left + frame.right - itemWidth) / 2);
}

/** Lines of text wrapped to the frame, centred, from `top`. */
function centredLines(ctx: SKRSContext2D, frame: Frame, lines: string[], style: TextStyle, top: number): void {
  ctx.font = cssFont(style);
  lines.forEach((line, i) => {
    const x = centredX(frame, ctx.measureText(line).width);
    ctx.fillText(line, x, top + i * lineHeight(style) + baselineOffset(style));
  });
}

function wrapped(frame: Frame, text: string, style: TextStyle): string[] {
  frame.measure.font = cssFont(style);
  return wrapText(frame.measure, text, frame.right - frame.left);
}

/** Centred text, wrapped to the frame. */
export function textBlock(frame: Frame, text: string, style: TextStyle): Band {
  return keptBand(['text', frame.width, frame.left, frame.right, style.size, style.weight, text], () => {
    const lines = wrapped(frame, text, style);
    return drawnBand(frame, lines.length * lineHeight(style), textPad(style), (ctx) => {
      ctx.fillStyle = BLACK;
      centredLines(ctx, frame, lines, style, 0);
    });
  });
}

/** Centred white text on a black band: what a priority ticket shows. */
export function invertedTextBlock(frame: Frame, text: string, style: TextStyle, padding: number): Band {
  return keptBand(['inverted', frame.width, frame.left, frame.right, style.size, style.weight, padding, text], () => {
    const inner = { ...frame, left: frame.left + padding, right: frame.right - padding };
    const lines = wrapped(inner, text, style);
    const height = lines.length * lineHeight(style) + 2 * padding;
    return drawnBand(frame, height, textPad(style), (ctx) => {
      ctx.fillStyle = BLACK;
      ctx.fillRect(frame.left, 0, frame.right - frame.left, height);
      ctx.fillStyle = WHITE;
      centredLines(ctx, inner, lines, style, padding);
    });
  });
}

/**
 * The ticket number in bold, as wide as the frame allows but no taller than digitHeight, then
 * stretched upright (at most 1.6 times) towards digitHeight: four digits fill an 80 mm ticket.
 */
export function numberBlock(frame: Frame, number: string, digitHeight: number): Band {
  const probe: TextStyle = { size: 100, weight: 700 };
  frame.measure.font = cssFont(probe);
  const metrics = frame.measure.measureText(number);
  const ascentPerDot = metrics.actualBoundingBoxAscent / probe.size;
  const size = Math.floor(Math.min((probe.size * (frame.right - frame.left)) / metrics.width, digitHeight / ascentPerDot));
  const ascent = ascentPerDot * size;
  const stretch = Math.min(digitHeight / ascent, 1.6);
  const height = Math.ceil(ascent * stretch);
  return drawnBand(frame, height, Math.ceil(digitHeight * 0.1), (ctx) => {
    ctx.fillStyle = BLACK;
    ctx.font = cssFont(probe, size);
    const x = centredX(frame, ctx.measureText(number).width);
    ctx.translate(0, height);
    ctx.scale(1, stretch);
    ctx.fillText(number, x, 0);
  });
}

/** Label on the left, value in bold on the right; a long label wraps beside the value. */
export function detailBlock(frame: Frame, label: string, value: string, labelStyle: TextStyle, valueStyle: TextStyle): Band {
  return keptBand(['detail', frame.width, frame.left, frame.right, labelStyle, valueStyle, label, value], () => {
    const gap = labelStyle.size;
    frame.measure.font = cssFont(valueStyle);
    const valueWidth = Math.ceil(frame.measure.measureText(value).width);
    frame.measure.font = cssFont(labelStyle);
    const lines = wrapText(frame.measure, label, frame.right - frame.left - valueWidth - gap);
    const rowHeight = Math.max(lineHeight(labelStyle), lineHeight(valueStyle));
    return drawnBand(frame, lines.length * rowHeight, textPad(labelStyle), (ctx) => {
      ctx.fillStyle = BLACK;
      ctx.font = cssFont(labelStyle);
      lines.forEach((line, i) => ctx.fillText(line, frame.left, i * rowHeight + baselineOffset(labelStyle)));
      ctx.font = cssFont(valueStyle);
      ctx.fillText(value, frame.right - valueWidth, baselineOffset(valueStyle));
    });
  });
}

export function ruleBlock(frame: Frame, thickness: number): Band {
  const band = blankBand(frame, thickness);
  inkRect(frame, band, frame.left, 0, frame.right - frame.left, thickness);
  return band;
}

export function spaceBlock(frame: Frame, height: number): Band {
  return blankBand(frame, height);
}

/** QR code of text, whole dots per module, centred, with the 4-module quiet zone the standard asks for. */
export function qrBlock(frame: Frame, text: string, maxSize: number): Band {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const scale = Math.max(1, Math.floor(maxSize / (modules.size + 2 * quiet)));
  const side = (modules.size + 2 * quiet) * scale;
  const band = blankBand(frame, side);
  const left = centredX(frame, side);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) inkRect(frame, band, left + (col + quiet) * scale, (row + quiet) * scale, scale, scale);
    }
  }
  return band;
}
