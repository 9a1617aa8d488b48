// Vietnamese tone marks for the on-screen keyboard: the citizen types plain letters (and ă â ê ô ơ
// ư đ), then taps a tone key, which goes on the right vowel of the last word. No Telex or VNI.

/** The five tones, as combining marks: sắc, huyền, hỏi, ngã, nặng. */
export const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
export type Tone = (typeof TONES)[number];

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWELS = 'aăâeêioôơuưy';
const MODIFIED = 'ăâêôơư';

function withoutTone(letter: string): string {
  return letter.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

function isVowel(letter: string): boolean {
  return VOWELS.includes(withoutTone(letter).toLowerCase());
}

/**
 * Where the tone of the last word goes (index into `text`), or -1 if it has no vowel. The usual
 * rule: on a modified vowel (ă â ê ô ơ ư) if any; else on the last vowel when a consonant closes
 * the word; else on the first of two final vowels (the middle of three). "qu" and "gi" count as
 * consonants.
 */
export function toneTarget(text: string): number {
  const letters = [...text];
  let end = letters.length;
  while (end > 0 && !isVowel(letters[end - 1]!) && /\p{L}/u.test(letters[end - 1]!)) end--;
  const closed = end < letters.length && /\p{L}/u.test(letters[letters.length - 1]!);
  let start = end;
  while (start > 0 && isVowel(letters[start - 1]!)) start--;
  const before = (letters[start - 1] ?? '').toLowerCase();
  const first = withoutTone(letters[start] ?? '').toLowerCase();
  if (end - start > 1 && ((before === 'q' && first === 'u') || (before === 'g' && first === 'i'))) start++;
  if (start === end) return -1;
  const cluster = letters.slice(start, end).map((l) => withoutTone(l).toLowerCase());
  let offset = -1;
  cluster.forEach((l, i) => { if (MODIFIED.includes(l)) offset = i; });
  if (offset < 0) offset = closed || cluster.length === 1 ? cluster.length - 1 : cluster.length === 2 ? 0 : 1;
  // Back from letter index to string index (every letter here is one UTF-16 unit in NFC).
  return letters.slice(0, start + offset).join('').length;
}

/** The text with `tone` on the vowel that should carry it (replacing any tone it had). */
export function applyTone(text: string, tone: Tone): string {
  const at = toneTarget(text);
  if (at < 0) return text;
  const letter = withoutTone(text[at]!);
  return text.slice(0, at) + (letter + tone).normalize('NFC') + text.slice(at + 1);
}

/** What a tone key shows for the current text: the target vowel with that tone, or null. */
export function tonePreview(text: string, tone: Tone): string | null {
  const at = toneTarget(text);
  return at < 0 ? null : (withoutTone(text[at]!) + tone).normalize('NFC');
}
