import { TICKET_FONT_FAMILY } from './fonts.ts';
import type { PaperWidth } from './types.ts';

export interface TextStyle {
  size: number;
  weight: 500 | 700;
}

/** Sizes in dots (203 dpi: 8 dots a millimetre) for one paper width. */
export interface TicketMetrics {
  margin: number;
  gap: number;
  ruleThickness: number;
  /** Height of the ticket number's digits. */
  numberHeight: number;
  /** Side of the QR code including its quiet zone, at most. */
  qrSize: number;
  text: {
    center: TextStyle;
    department: TextStyle;
    service: TextStyle;
    procedure: TextStyle;
    numberLabel: TextStyle;
    priority: TextStyle;
    detail: TextStyle;
    detailValue: TextStyle;
    caption: TextStyle;
    url: TextStyle;
  };
}

type TextRole = keyof TicketMetrics['text'];

/** Sizes for 80 mm paper, then for 58 mm. */
const LAYOUT: Record<Exclude<keyof TicketMetrics, 'text'>, [number, number]> = {
  margin: [16, 10],
  gap: [14, 10],
  ruleThickness: [3, 2],
  numberHeight: [200, 134],
  qrSize: [264, 224],
};

/** Font sizes for 80 mm paper, then for 58 mm, and the weight. */
const TEXT: Record<TextRole, [number, number, TextStyle['weight']]> = {
  center: [24, 18, 700],
  department: [32, 24, 700],
  service: [28, 21, 500],
  procedure: [24, 19, 500],
  numberLabel: [26, 20, 500],
  priority: [26, 20, 700],
  detail: [24, 19, 500],
  detailValue: [24, 19, 700],
  caption: [22, 17, 500],
  url: [20, 16, 500],
};

function metricsFor(column: 0 | 1): TicketMetrics {
  const layout = Object.fromEntries(Object.entries(LAYOUT).map(([key, sizes]) => [key, sizes[column]]));
  const text = Object.fromEntries(Object.entries(TEXT).map(([role, sizes]) => [role, { size: sizes[column], weight: sizes[2] }]));
  return { ...layout, text } as TicketMetrics;
}

const METRICS: Record<PaperWidth, TicketMetrics> = { 576: metricsFor(0), 384: metricsFor(1) };

export function ticketMetrics(width: PaperWidth): TicketMetrics {
  return METRICS[width];
}

export function cssFont(style: TextStyle, size = style.size): string {
  return `${style.weight} ${size}px "${TICKET_FONT_FAMILY}"`;
}

/**
 * Vertical room of one text line. Stacked Vietnamese marks on capitals (Ấ, Ễ) reach 1.16 em above
 * the baseline and hooks below (ạ, Ợ) 0.25 em under it: a line of 1.4 em keeps them apart.
 */
export function lineHeight(style: TextStyle): number {
  return Math.round(style.size * 1.4);
}

/** Distance from the top of a line to its baseline. */
export function baselineOffset(style: TextStyle): number {
  return Math.round(style.size * 1.1);
}
