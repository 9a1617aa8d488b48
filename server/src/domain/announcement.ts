// The words and the audio clips of a call announcement ("Mời công dân có số 1023 đến quầy số 5").
// Pure: no I/O, browser-importable. The clip vocabulary below (CLIP_CATALOG) is the ONE place
// where clip file names are defined; server/scripts/make-clips.ts renders exactly that list and
// server/assets/audio/README.md documents it for centers that record their own voice.
import type { AnnouncementPart, AnnouncementPreview } from '@motcua/protocol';
import { invalid } from './errors.ts';

/**
 * How numbers are read. `north`: "nghìn", "linh", and "tư" for a final 4 after "mươi" (hai mươi
 * tư). `south`: "ngàn", "lẻ", and "bốn" there (hai mươi bốn), as southern speech says it.
 * Both say "mười bốn" for 14, "mốt" for a final 1 after "mươi" and "lăm" for a final 5 after
 * "mười"/"mươi".
 */
export type Dialect = 'north' | 'south';

/** The largest number readNumber reads (ticket numbers have at most 5 digits). */
export const MAX_READABLE = 999_999;

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

const DIALECT_WORDS: Record<Dialect, { thousand: string; odd: string; fourAfterTens: string }> = {
  north: { thousand: 'nghìn', odd: 'linh', fourAfterTens: 'tư' },
  south: { thousand: 'ngàn', odd: 'lẻ', fourAfterTens: 'bốn' },
};

function digit(d: number): string {
  return DIGITS[d] ?? 'không';
}

/** Reads 0–999; `full` reads a zero hundred ("không trăm") as in the last group of 1005. */
function readGroup(g: number, full: boolean, dialect: Dialect, out: string[]): void {
  const a = Math.floor(g / 100);
  const b = Math.floor(g / 10) % 10;
  const c = g % 10;
  const words = DIALECT_WORDS[dialect];
  if (a > 0 || full) {
    out.push(digit(a), 'trăm');
    if (b === 0) {
      if (c !== 0) out.push(words.odd, digit(c));
      return;
    }
  }
  if (b === 0) {
    out.push(digit(c));
  } else if (b === 1) {
    out.push('mười');
    if (c === 5) out.push('lăm');
    else if (c !== 0) out.push(digit(c));
  } else {
    out.push(digit(b), 'mươi');
    if (c === 1) out.push('mốt');
    else if (c === 4) out.push(words.fourAfterTens);
    else if (c === 5) out.push('lăm');
    else if (c !== 0) out.push(digit(c));
  }
}

/**
 * The Vietnamese words for an integer 0–999 999, lowercase with diacritics:
 * 1005 → north "một nghìn không trăm linh năm", south "một ngàn không trăm lẻ năm".
 * Throws RangeError outside that range.
 */
export function readNumber(n: number, dialect: Dialect): string[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_READABLE) {
    throw new RangeError(`readNumber reads integers 0–${MAX_READABLE}, not ${n}`);
  }
  if (n === 0) return [digit(0)];
  const out: string[] = [];
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands > 0) {
    readGroup(thousands, false, dialect, out);
    out.push(DIALECT_WORDS[dialect].thousand);
    if (rest > 0) readGroup(rest, true, dialect, out);
  } else {
    readGroup(rest, false, dialect, out);
  }
  return out;
}

const EN_SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/**
 * English clip keys of a cardinal number 0–999 999, one per spoken word: "0"…"19", "20", "30"…
 * "90", "hundred", "thousand" (23 → ["20", "3"], 105 → ["1", "hundred", "5"]). Counters are read
 * this way; ticket numbers are read digit by digit.
 */
export function englishNumberKeys(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_READABLE) {
    throw new RangeError(`englishNumberKeys reads integers 0–${MAX_READABLE}, not ${n}`);
  }
  if (n === 0) return ['0'];
  const below1000 = (g: number, out: string[]) => {
    const h = Math.floor(g / 100);
    const r = g % 100;
    if (h > 0) out.push(String(h), 'hundred');
    if (r >= 20) {
      out.push(String(r - (r % 10)));
      if (r % 10 !== 0) out.push(String(r % 10));
    } else if (r > 0) {
      out.push(String(r));
    }
  };
  const out: string[] = [];
  const thousands = Math.floor(n / 1000);
  if (thousands > 0) {
    below1000(thousands, out);
    out.push('thousand');
  }
  below1000(n % 1000, out);
  return out;
}

/** The English word of a clip key from englishNumberKeys ("20" → "twenty"). */
function englishWord(key: string): string {
  if (key === 'hundred' || key === 'thousand') return key;
  const n = Number(key);
  return n < 20 ? (EN_SMALL[n] ?? key) : (EN_TENS[n / 10] ?? key);
}

// ---------------------------------------------------------------- clips

/** File extension of every clip. */
export const CLIP_EXT = '.ogg';
/** The chime that opens each announcement, at the root of the clip folder. */
export const CHIME_CLIP = `chime${CLIP_EXT}`;

/**
 * What renders a clip: a Vietnamese word only one dialect uses (`vi-north`, `vi-south`), one both
 * use (`vi-shared`), English, or a synthesised tone (the chime).
 */
export type ClipVoice = 'vi-north' | 'vi-south' | 'vi-shared' | 'en' | 'tone';

/** One clip file: its path relative to the clip folder and what it says. */
export interface ClipSpec { file: string; text: string; voice: ClipVoice }

/**
 * Vietnamese word → file slug. The slug is the word without diacritics (đ → d); where two words
 * would share a slug, the second gets its tone as a suffix: mốt → mot-sac, mười → muoi-huyen.
 */
const VI_WORD_SLUGS: Record<string, { slug: string; voice: ClipVoice }> = {
  'không': { slug: 'khong', voice: 'vi-shared' },
  'một': { slug: 'mot', voice: 'vi-shared' },
  'hai': { slug: 'hai', voice: 'vi-shared' },
  'ba': { slug: 'ba', voice: 'vi-shared' },
  'bốn': { slug: 'bon', voice: 'vi-shared' },
  'năm': { slug: 'nam', voice: 'vi-shared' },
  'sáu': { slug: 'sau', voice: 'vi-shared' },
  'bảy': { slug: 'bay', voice: 'vi-shared' },
  'tám': { slug: 'tam', voice: 'vi-shared' },
  'chín': { slug: 'chin', voice: 'vi-shared' },
  'mười': { slug: 'muoi-huyen', voice: 'vi-shared' },
  'mươi': { slug: 'muoi', voice: 'vi-shared' },
  'mốt': { slug: 'mot-sac', voice: 'vi-shared' },
  'lăm': { slug: 'lam', voice: 'vi-shared' },
  'trăm': { slug: 'tram', voice: 'vi-shared' },
  'tư': { slug: 'tu', voice: 'vi-north' },
  'linh': { slug: 'linh', voice: 'vi-north' },
  'nghìn': { slug: 'nghin', voice: 'vi-north' },
  'lẻ': { slug: 'le', voice: 'vi-south' },
  'ngàn': { slug: 'ngan', voice: 'vi-south' },
};

/** The spoken phrases around the numbers. */
const PHRASES = {
  viInvite: { file: `vi/moi-cong-dan-co-so${CLIP_EXT}`, text: 'mời công dân có số', voice: 'vi-shared' },
  viGoTo: { file: `vi/den-quay-so${CLIP_EXT}`, text: 'đến quầy số', voice: 'vi-shared' },
  enTicket: { file: `en/ticket-number${CLIP_EXT}`, text: 'ticket number', voice: 'en' },
  enGoTo: { file: `en/please-go-to-counter${CLIP_EXT}`, text: 'please go to counter', voice: 'en' },
} as const satisfies Record<string, ClipSpec>;

const EN_KEYS = [
  ...EN_SMALL.map((_, i) => String(i)),
  ...EN_TENS.slice(2).map((_, i) => String((i + 2) * 10)),
  'hundred',
  'thousand',
];

/** The clip of one Vietnamese number word ("mười" → "vi/muoi-huyen.ogg"). */
export function viClip(word: string): string {
  const entry = Object.hasOwn(VI_WORD_SLUGS, word) ? VI_WORD_SLUGS[word] : undefined;
  if (!entry) throw new RangeError(`no clip for the Vietnamese word "${word}"`);
  return `vi/${entry.slug}${CLIP_EXT}`;
}

/** The clip of one English clip key from englishNumberKeys, or a digit ("7" → "en/7.ogg"). */
export function enClip(key: string): string {
  if (!EN_KEYS.includes(key)) throw new RangeError(`no English clip "${key}"`);
  return `en/${key}${CLIP_EXT}`;
}

/**
 * Every clip an announcement can use, with the text a synthesiser (or a person) says. The chime
 * has no text: it is a tone.
 */
export const CLIP_CATALOG: readonly ClipSpec[] = [
  { file: CHIME_CLIP, text: '', voice: 'tone' },
  PHRASES.viInvite,
  PHRASES.viGoTo,
  ...Object.entries(VI_WORD_SLUGS).map(([word, { voice }]) => ({ file: viClip(word), text: word, voice })),
  PHRASES.enTicket,
  PHRASES.enGoTo,
  ...EN_KEYS.map((key) => ({ file: enClip(key), text: englishWord(key), voice: 'en' as const })),
];

// ---------------------------------------------------------------- the announcement

export interface AnnouncementInput {
  /** The ticket number as printed: digits only, e.g. "1023"; read as its integer value. */
  number: string;
  counterNumber: number;
  dialect: Dialect;
  /** Add the English part after the Vietnamese one. */
  english: boolean;
}

/**
 * The text and clip sequence of a call: the Vietnamese part (chime first) and, when asked, the
 * English part, which reads the ticket digit by digit ("one zero two three") and the counter as a
 * number ("counter twelve"). Throws a DomainError `invalid` for a ticket number that is not
 * 1–6 digits or a counter number that is not an integer 0–999 999.
 */
export function buildAnnouncement(input: AnnouncementInput): AnnouncementPreview {
  const { number, counterNumber, dialect, english } = input;
  if (!/^\d{1,6}$/.test(number)) {
    throw invalid('invalid_ticket_number', `A ticket number to announce is 1 to 6 digits, not "${number}".`);
  }
  if (!Number.isInteger(counterNumber) || counterNumber < 0 || counterNumber > MAX_READABLE) {
    throw invalid('invalid_counter_number', `A counter number to announce is a whole number, not "${counterNumber}".`);
  }
  const ticketValue = Number(number);
  const vi: AnnouncementPart = {
    text: `Mời công dân có số ${number} đến quầy số ${counterNumber}`,
    clips: [
      CHIME_CLIP,
      PHRASES.viInvite.file,
      ...readNumber(ticketValue, dialect).map(viClip),
      PHRASES.viGoTo.file,
      ...readNumber(counterNumber, dialect).map(viClip),
    ],
  };
  if (!english) return { vi };
  const en: AnnouncementPart = {
    text: `Ticket number ${number}, please go to counter ${counterNumber}`,
    clips: [
      PHRASES.enTicket.file,
      ...[...number].map(enClip),
      PHRASES.enGoTo.file,
      ...englishNumberKeys(counterNumber).map(enClip),
    ],
  };
  return { vi, en };
}

/**
 * The text and clips that read a ticket number back to the citizen who took it: the chime and the
 * number in Vietnamese, then "ticket number" and its digits in English (the same clips as a call).
 */
export function buildTicketReading(number: string, dialect: Dialect): AnnouncementPreview {
  if (!/^\d{1,6}$/.test(number)) {
    throw invalid('invalid_ticket_number', `A ticket number to read is 1 to 6 digits, not "${number}".`);
  }
  return {
    vi: { text: `Số ${number}`, clips: [CHIME_CLIP, ...readNumber(Number(number), dialect).map(viClip)] },
    en: { text: `Ticket number ${number}`, clips: [PHRASES.enTicket.file, ...[...number].map(enClip)] },
  };
}
