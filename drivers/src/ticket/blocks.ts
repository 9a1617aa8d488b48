import type { SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { baselineOffset, cssFont, lineHeight, type TextStyle } from './styles.ts';
import { wrapText } from './wrap.ts';

/** One horizontal band of the ticket: laid out (measured) first, drawn once the ticket's height is known. */
export interface Block {
  height: number;
  draw(ctx: SKRSContext2D, top: number): void;
}

/** The horizontal room blocks are laid out in, and a context to measure text with. */
export interface Frame {
  measure: SKRSContext2D;
  left: number;
  right: number;
}

const BLACK = '#000';
const WHITE = '#fff';

/** Left edge of a centred item, on a whole dot so the same text always gives the same dots. */
function centredX(frame: Frame, itemWidth: number): number {
  return Math.round((frame.left + frame.right - itemWidth) / 2);
}

/** Centred text, wrapped to the frame. */
export function textBlock(frame: Frame, text: string, style: TextStyle, color = BLACK): Block {
  frame.measure.font = cssFont(style);
  const lines = wrapText(frame.measure, text, frame.right - frame.left);
  return {
    height: lines.length * lineHeight(style),
    draw: (ctx, top) => {
      ctx.fillStyle = color;
      ctx.font = cssFont(style);
      lines.forEach((line, i) => {
        const x = centredX(frame, ctx.measureText(line).width);
        ctx.fillText(line, x, top + i * lineHeight(style) + baselineOffset(style));
      });
    },
  };
}

/** Centred white text on a black band: what a priority ticket shows. */
export function invertedTextBlock(frame: Frame, text: string, style: TextStyle, padding: number): Block {
  const inner = textBlock({ ...frame, left: frame.left + padding, right: frame.right - padding }, text, style, WHITE);
  const height = inner.height + 2 * padding;
  return {
    height,
    draw: (ctx, top) => {
      ctx.fillStyle = BLACK;
      ctx.fillRect(frame.left, top, frame.right - frame.left, height);
      inner.draw(ctx, top + padding);
    },
  };
}

/**
 * The ticket number in bold, as wide as the frame allows but no taller than digitHeight, then
 * stretched upright (at most 1.6 times) towards digitHeight: four digits fill an 80 mm ticket.
 */
export function numberBlock(frame: Frame, number: string, digitHeight: number): Block {
  const probe: TextStyle = { size: 100, weight: 700 };
  frame.measure.font = cssFont(probe);
  const metrics = frame.measure.measureText(number);
  const ascentPerDot = metrics.actualBoundingBoxAscent / probe.size;
  const size = Math.floor(Math.min((probe.size * (frame.right - frame.left)) / metrics.width, digitHeight / ascentPerDot));
  const ascent = ascentPerDot * size;
  const stretch = Math.min(digitHeight / ascent, 1.6);
  const height = Math.ceil(ascent * stretch);
  return {
    height,
    draw: (ctx, top) => {
      ctx.fillStyle = BLACK;
      ctx.font = cssFont(probe, size);
      const x = centredX(frame, ctx.measureText(number).width);
      ctx.save();
      ctx.translate(0, top + height);
      ctx.scale(1, stretch);
      ctx.fillText(number, x, 0);
      ctx.restore();
    },
  };
}

/** Label on the left, value in bold on the right; a long label wraps beside the value. */
export function detailBlock(frame: Frame, label: string, value: string, labelStyle: TextStyle, valueStyle: TextStyle): Block {
  const gap = labelStyle.size;
  frame.measure.font = cssFont(valueStyle);
  const valueWidth = Math.ceil(frame.measure.measureText(value).width);
  frame.measure.font = cssFont(labelStyle);
  const lines = wrapText(frame.measure, label, frame.right - frame.left - valueWidth - gap);
  const rowHeight = Math.max(lineHeight(labelStyle), lineHeight(valueStyle));
  return {
    height: lines.length * rowHeight,
    draw: (ctx, top) => {
      ctx.fillStyle = BLACK;
      ctx.font = cssFont(labelStyle);
      lines.forEach((line, i) => ctx.fillText(line, frame.left, top + i * rowHeight + baselineOffset(labelStyle)));
      ctx.font = cssFont(valueStyle);
      ctx.fillText(value, frame.right - valueWidth, top + baselineOffset(valueStyle));
    },
  };
}

export function ruleBlock(frame: Frame, thickness: number): Block {
  return {
    height: thickness,
    draw: (ctx, top) => {
      ctx.fillStyle = BLACK;
      ctx.fillRect(frame.left, top, frame.right - frame.left, thickness);
    },
  };
}

export function spaceBlock(height: number): Block {
  return { height, draw: () => undefined };
}

/** QR code of text, whole dots per module, centred, with the 4-module quiet zone the standard asks for. */
export function qrBlock(frame: Frame, text: string, maxSize: number): Block {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const scale = Math.max(1, Math.floor(maxSize / (modules.size + 2 * quiet)));
  const side = (modules.size + 2 * quiet) * scale;
  return {
    height: side,
    draw: (ctx, top) => {
      const left = centredX(frame, side);
      ctx.fillStyle = BLACK;
      for (let row = 0; row < modules.size; row++) {
        for (let col = 0; col < modules.size; col++) {
          if (modules.get(row, col)) {
            ctx.fillRect(left + (col + quiet) * scale, top + (row + quiet) * scale, scale, scale);
          }
        }
      }
    },
  };
}
