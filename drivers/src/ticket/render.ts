import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { TicketPrintContent } from '@motcua/protocol';
import { detailBlock, invertedTextBlock, numberBlock, qrBlock, ruleBlock, spaceBlock, stackBands, textBlock, type Band, type Frame } from './blocks.ts';
import { ensureTicketFonts } from './fonts.ts';
import { formatIssuedAt, formatSlot, ticketLabels } from './labels.ts';
import { rasterToPng } from './raster.ts';
import { ticketMetrics } from './styles.ts';
import type { PaperWidth, RenderedTicket } from './types.ts';

let measureContext: SKRSContext2D | undefined;

function ticketBands(data: TicketPrintContent, width: PaperWidth): Band[] {
  measureContext ??= createCanvas(1, 1).getContext('2d');
  const m = ticketMetrics(width);
  const t = m.text;
  const labels = ticketLabels(data.lang);
  const frame: Frame = { measure: measureContext, width, left: m.margin, right: width - m.margin };
  const space = spaceBlock(frame, m.gap);
  const details: [string, string][] = [
    ...(data.appointment ? [[labels.appointment, formatSlot(data.appointment)] as [string, string]] : []),
    [labels.peopleAhead, String(data.peopleAhead)],
    [labels.estimatedWait, data.etaMinutes === undefined ? labels.noOpenCounter : labels.waitMinutes(data.etaMinutes)],
    ...(data.counterNumbers.length > 0 ? [[labels.counters, data.counterNumbers.join(', ')] as [string, string]] : []),
    [labels.issuedAt, formatIssuedAt(data.issuedAt, data.timeZone)],
  ];
  return [
    spaceBlock(frame, m.margin),
    textBlock(frame, data.centerName, t.center),
    space,
    ruleBlock(frame, m.ruleThickness),
    space,
    textBlock(frame, data.departmentName, t.department),
    textBlock(frame, data.serviceName, t.service),
    ...(data.procedureName ? [textBlock(frame, data.procedureName, t.procedure)] : []),
    space,
    textBlock(frame, labels.yourNumber, t.numberLabel),
    space,
    numberBlock(frame, data.number, m.numberHeight),
    space,
    ...(data.priorityLabel ? [invertedTextBlock(frame, data.priorityLabel, t.priority, m.gap / 2), space] : []),
    ruleBlock(frame, m.ruleThickness),
    space,
    ...details.map(([label, value]) => detailBlock(frame, label, value, t.detail, t.detailValue)),
    space,
    ruleBlock(frame, m.ruleThickness),
    qrBlock(frame, data.trackUrl, m.qrSize),
    textBlock(frame, labels.scanToFollow, t.caption),
    textBlock(frame, data.trackUrl, t.url),
    ...(data.footer ? [space, textBlock(frame, data.footer, t.caption)] : []),
    spaceBlock(frame, m.margin),
  ];
}

/**
 * Draws a ticket as the 1-bit raster a thermal printer prints (and a PNG of the same dots): each
 * band is drawn and thresholded on its own (blocks.ts), the texts most tickets share only once.
 * Pure apart from registering the font files once per process and the bands it keeps.
 */
export function renderTicket(data: TicketPrintContent, opts: { width?: PaperWidth } = {}): RenderedTicket {
  if (!data.number.trim()) throw new Error('a ticket needs a number to print');
  ensureTicketFonts();
  const width = opts.width ?? 576;
  const raster = stackBands(width, ticketBands(data, width));
  return { png: rasterToPng(raster), raster };
}
