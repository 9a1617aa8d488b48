import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ensureTicketFonts } from './fonts.ts';
import { cssFont } from './styles.ts';
import { wrapText } from './wrap.ts';

function context() {
  ensureTicketFonts();
  const ctx = createCanvas(1, 1).getContext('2d');
  ctx.font = cssFont({ size: 24, weight: 700 });
  return ctx;
}

describe('wrapText', () => {
  it('keeps a line that fits whole', () => {
    expect(wrapText(context(), 'Sở Tư pháp', 544)).toEqual(['Sở Tư pháp']);
  });

  it('evens out the lines rather than leaving one word on the last', () => {
    const ctx = context();
    const lines = wrapText(ctx, 'Trung tâm Phục vụ hành chính công tỉnh Tiền Giang', 544);
    expect(lines).toEqual(['Trung tâm Phục vụ hành', 'chính công tỉnh Tiền Giang']);
  });

  it('breaks a word too long for a line between letters, keeping each letter with its marks', () => {
    const ctx = context();
    const word = 'Người'.repeat(12).normalize('NFD');
    const lines = wrapText(ctx, word, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word.normalize('NFC'));
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(200);
  });
});
