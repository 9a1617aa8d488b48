import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { containsInk, justiceTicket, labourTicket, textInk, unpack, type Dots } from '../testing/index.ts';
import { thresholdToRaster } from './raster.ts';
import { renderTicket } from './render.ts';
import { lineHeight, ticketMetrics } from './styles.ts';
import type { PaperWidth, Raster } from './types.ts';

async function pngDots(png: Buffer): Promise<Raster> {
  const image = await loadImage(png);
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  return thresholdToRaster(ctx.getImageData(0, 0, image.width, image.height).data, image.width, image.height);
}

/** First and last row (inclusive) where two images of the same size differ. */
function differingRows(a: Dots, b: Dots): [number, number] {
  const rows = [...Array(a.height).keys()].filter((y) =>
    a.dots.subarray(y * a.width, (y + 1) * a.width).some((dot, x) => dot !== b.dots[y * b.width + x]),
  );
  return [rows[0] ?? -1, rows.at(-1) ?? -1];
}

describe('renderTicket', () => {
  it.each([576, 384] as PaperWidth[])('packs a %i-dot-wide raster, 1 bit a dot, and a PNG of the same dots', async (width) => {
    const { raster, png } = renderTicket(justiceTicket, { width });
    expect(raster.width).toBe(width);
    expect(raster.data.length).toBe((width / 8) * raster.height);
    expect(await pngDots(png)).toEqual(raster);
  });

  it('is 576 dots wide by default', () => {
    expect(renderTicket(justiceTicket).raster.width).toBe(576);
  });

  it.each([576, 384] as PaperWidth[])('prints the Vietnamese lines dot for dot as the same text drawn alone (%i)', (width) => {
    const ticket = unpack(renderTicket(labourTicket, { width }).raster);
    const { text } = ticketMetrics(width);
    for (const [line, style] of [
      ['Người có công', text.service],
      ['Số thứ tự', text.numberLabel],
      ['Trước bạn, cùng dịch vụ', text.detail],
      ['Thời gian chờ dự kiến', text.detail],
      ['Quầy phục vụ', text.detail],
      ['10, 11, 12', text.detailValue],
    ] as const) {
      expect(containsInk(ticket, textInk(line, style)), line).toBe(true);
    }
    expect(containsInk(ticket, textInk('Người có công với cách mạng', text.priority, { inverted: true }), { inverted: true })).toBe(true);
  });

  it('promises no wait when no open counter serves the service (no etaMinutes)', () => {
    const { etaMinutes: _omitted, ...content } = justiceTicket;
    const { text } = ticketMetrics(576);
    const ticket = unpack(renderTicket(content).raster);
    expect(containsInk(ticket, textInk('chưa có quầy mở', text.detailValue))).toBe(true);
    expect(containsInk(unpack(renderTicket({ ...content, lang: 'en' }).raster), textInk('no counter open yet', text.detailValue))).toBe(true);
    expect(containsInk(unpack(renderTicket(justiceTicket).raster), textInk('chưa có quầy mở', text.detailValue))).toBe(false);
  });

  it.each([576, 384] as PaperWidth[])('draws round digits dipping under the line where a 1 stands on it, as on one canvas (%i)', (width) => {
    const zeros = unpack(renderTicket({ ...justiceTicket, number: '0000' }, { width }).raster);
    const ones = unpack(renderTicket({ ...justiceTicket, number: '1111' }, { width }).raster);
    const [first, last] = differingRows(zeros, ones);
    const lowestInk = (image: Dots): number => {
      let lowest = -1;
      for (let y = first; y <= last; y++) if (image.dots.subarray(y * width, (y + 1) * width).includes(1)) lowest = y;
      return lowest;
    };
    expect(lowestInk(zeros)).toBe(last);
    expect(lowestInk(ones)).toBeLessThan(last);
  });

  it("prints a checked-in booking's slot, in the citizen's language; a walk-in ticket has no such line", () => {
    const { text } = ticketMetrics(576);
    const booked = unpack(renderTicket({ ...justiceTicket, appointment: { date: '2026-12-01', start: '09:30' } }).raster);
    expect(containsInk(booked, textInk('Lịch hẹn', text.detail))).toBe(true);
    expect(containsInk(booked, textInk('09:30, 01/12/2026', text.detailValue))).toBe(true);
    const english = unpack(renderTicket({ ...justiceTicket, lang: 'en', appointment: { date: '2026-12-01', start: '09:30' } }).raster);
    expect(containsInk(english, textInk('Appointment', text.detail))).toBe(true);
    expect(containsInk(unpack(renderTicket(justiceTicket).raster), textInk('Lịch hẹn', text.detail))).toBe(false);
  });

  it('prints English labels for an English ticket', () => {
    const ticket = unpack(renderTicket({ ...justiceTicket, lang: 'en' }).raster);
    const { text } = ticketMetrics(576);
    for (const line of ['Ahead of you, same service', 'Estimated wait', 'Counters']) {
      expect(containsInk(ticket, textInk(line, text.detail)), line).toBe(true);
    }
    expect(containsInk(ticket, textInk('Your number', text.numberLabel))).toBe(true);
    expect(containsInk(ticket, textInk('Số thứ tự', text.numberLabel))).toBe(false);
  });

  it('prints the number about 200 dots tall on 80 mm paper', () => {
    const [first, last] = differingRows(
      unpack(renderTicket({ ...justiceTicket, number: '1023' }).raster),
      unpack(renderTicket({ ...justiceTicket, number: '1024' }).raster),
    );
    expect(last - first).toBeGreaterThan(180);
    expect(last - first).toBeLessThan(215);
  });

  it.each([576, 384] as PaperWidth[])('keeps every dot inside the margins, however long the texts (%i)', (width) => {
    const long = 'Trung tâm Phục vụ hành chính công tỉnh Tiền Giang, cơ sở hai, Khu phố Mỹ Tho';
    const { raster } = renderTicket(
      { ...labourTicket, centerName: long, serviceName: `${long} ${long}`, footer: 'Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', counterNumbers: [] },
      { width },
    );
    const ticket = unpack(raster);
    const { margin } = ticketMetrics(width);
    const inkAt = (x: number, y: number): boolean => ticket.dots[y * ticket.width + x] === 1;
    for (let y = 0; y < ticket.height; y++) {
      for (let x = 0; x < margin - 2; x++) expect(inkAt(x, y) || inkAt(width - 1 - x, y)).toBe(false);
    }
    for (let x = 0; x < width; x++) expect(inkAt(x, 0) || inkAt(x, ticket.height - 1)).toBe(false);
  });

  it('wraps a long department name onto more lines instead of cutting it', () => {
    const short = renderTicket({ ...justiceTicket, departmentName: 'Sở Y tế' }).raster;
    const long = renderTicket({ ...justiceTicket, departmentName: 'Sở Lao động – Thương binh và Xã hội' }).raster;
    expect(long.height - short.height).toBe(lineHeight(ticketMetrics(576).text.department));
  });

  it('refuses a ticket without a number', () => {
    expect(() => renderTicket({ ...justiceTicket, number: ' ' })).toThrow(/number/);
  });

  it('draws the same ticket the same way every time', () => {
    expect(renderTicket(labourTicket).png.equals(renderTicket(labourTicket).png)).toBe(true);
  });
});
