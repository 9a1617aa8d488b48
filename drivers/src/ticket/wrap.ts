import type { SKRSContext2D } from '@napi-rs/canvas';

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Fills each line as far as it goes: at spaces, and inside a word (between graphemes) only when the word alone is too wide. */
function greedyWrap(ctx: SKRSContext2D, words: string[], maxWidth: number): string[] {
  const fits = (line: string): boolean => ctx.measureText(line).width <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const { segment } of graphemes.segment(word)) {
      if (line && !fits(line + segment)) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Splits text into lines no wider than maxWidth in the context's current font, as even as the
 * fewest lines allow: "Trung tâm … tỉnh / Tiền Giang" rather than a lone last word.
 */
export function wrapText(ctx: SKRSContext2D, text: string, maxWidth: number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines = greedyWrap(ctx, words, maxWidth);
  const longestWord = Math.max(0, ...words.map((word) => ctx.measureText(word).width));
  if (lines.length < 2 || longestWord > maxWidth) return lines;
  // the narrowest width that needs no more lines; it never breaks a word
  let tooNarrow = Math.ceil(longestWord) - 1;
  let enough = maxWidth;
  while (enough - tooNarrow > 1) {
    const middle = Math.floor((tooNarrow + enough) / 2);
    if (greedyWrap(ctx, words, middle).length > lines.length) tooNarrow = middle;
    else enough = middle;
  }
  return greedyWrap(ctx, words, enough);
}
