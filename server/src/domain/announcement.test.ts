// eslint-disable-next-line no-restricted-imports -- only the test reads the disk: it checks the committed clip files; the module under test stays pure
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';
import { describe, expect, it } from 'vitest';
import {
  CHIME_CLIP, CLIP_CATALOG, MAX_READABLE, buildAnnouncement, buildTicketReading, englishNumberKeys, enClip, readNumber, viClip,
  type Dialect,
} from './announcement.ts';
import { DomainError } from './errors.ts';

const AUDIO_DIR = fileURLToPath(new URL('../../assets/audio/', import.meta.url));
const read = (n: number, d: Dialect) => readNumber(n, d).join(' ');

describe('readNumber', () => {
  const examples: Array<[number, string, string]> = [
    // n, north, south
    [0, 'không', 'không'],
    [4, 'bốn', 'bốn'],
    [5, 'năm', 'năm'],
    [10, 'mười', 'mười'],
    [11, 'mười một', 'mười một'],
    [14, 'mười bốn', 'mười bốn'],
    [15, 'mười lăm', 'mười lăm'],
    [20, 'hai mươi', 'hai mươi'],
    [21, 'hai mươi mốt', 'hai mươi mốt'],
    [24, 'hai mươi tư', 'hai mươi bốn'],
    [25, 'hai mươi lăm', 'hai mươi lăm'],
    [99, 'chín mươi chín', 'chín mươi chín'],
    [100, 'một trăm', 'một trăm'],
    [101, 'một trăm linh một', 'một trăm lẻ một'],
    [105, 'một trăm linh năm', 'một trăm lẻ năm'],
    [110, 'một trăm mười', 'một trăm mười'],
    [115, 'một trăm mười lăm', 'một trăm mười lăm'],
    [999, 'chín trăm chín mươi chín', 'chín trăm chín mươi chín'],
    [1000, 'một nghìn', 'một ngàn'],
    [1001, 'một nghìn không trăm linh một', 'một ngàn không trăm lẻ một'],
    [1005, 'một nghìn không trăm linh năm', 'một ngàn không trăm lẻ năm'],
    [1010, 'một nghìn không trăm mười', 'một ngàn không trăm mười'],
    [1011, 'một nghìn không trăm mười một', 'một ngàn không trăm mười một'],
    [1015, 'một nghìn không trăm mười lăm', 'một ngàn không trăm mười lăm'],
    [1021, 'một nghìn không trăm hai mươi mốt', 'một ngàn không trăm hai mươi mốt'],
    [1023, 'một nghìn không trăm hai mươi ba', 'một ngàn không trăm hai mươi ba'],
    [1024, 'một nghìn không trăm hai mươi tư', 'một ngàn không trăm hai mươi bốn'],
    [1025, 'một nghìn không trăm hai mươi lăm', 'một ngàn không trăm hai mươi lăm'],
    [1050, 'một nghìn không trăm năm mươi', 'một ngàn không trăm năm mươi'],
    [1100, 'một nghìn một trăm', 'một ngàn một trăm'],
    [1114, 'một nghìn một trăm mười bốn', 'một ngàn một trăm mười bốn'],
    [2000, 'hai nghìn', 'hai ngàn'],
    [4444, 'bốn nghìn bốn trăm bốn mươi tư', 'bốn ngàn bốn trăm bốn mươi bốn'],
    [5555, 'năm nghìn năm trăm năm mươi lăm', 'năm ngàn năm trăm năm mươi lăm'],
    [9000, 'chín nghìn', 'chín ngàn'],
    [9009, 'chín nghìn không trăm linh chín', 'chín ngàn không trăm lẻ chín'],
    [9999, 'chín nghìn chín trăm chín mươi chín', 'chín ngàn chín trăm chín mươi chín'],
    [10000, 'mười nghìn', 'mười ngàn'],
    [21005, 'hai mươi mốt nghìn không trăm linh năm', 'hai mươi mốt ngàn không trăm lẻ năm'],
    [105000, 'một trăm linh năm nghìn', 'một trăm lẻ năm ngàn'],
    [999999, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín', 'chín trăm chín mươi chín ngàn chín trăm chín mươi chín'],
  ];
  it.each(examples)('reads %i (north "%s", south "%s")', (n, north, south) => {
    expect(read(n, 'north')).toBe(north);
    expect(read(n, 'south')).toBe(south);
  });

  it('uses only lowercase words that have a clip', () => {
    const words = new Set<string>();
    for (const dialect of ['north', 'south'] as const) {
      for (let n = 0; n <= 9999; n++) for (const w of readNumber(n, dialect)) words.add(w);
    }
    for (const w of words) {
      expect(w).toBe(w.toLowerCase());
      expect(() => viClip(w)).not.toThrow();
    }
  });

  it('keeps the dialect words apart', () => {
    const all = (d: Dialect) => new Set(Array.from({ length: 10000 }, (_, n) => readNumber(n, d)).flat());
    const north = all('north');
    const south = all('south');
    for (const w of ['ngàn', 'lẻ']) expect(north.has(w)).toBe(false);
    for (const w of ['nghìn', 'linh', 'tư']) expect(south.has(w)).toBe(false);
  });

  it('refuses what it cannot read', () => {
    for (const bad of [-1, 1.5, MAX_READABLE + 1, Number.NaN, Infinity]) {
      expect(() => readNumber(bad, 'north')).toThrow(RangeError);
    }
  });

  // Independent oracle: read-vietnamese-number, configured to the same words. Its defaults are
  // "nghìn", "lẻ", "tư"; north sets "linh", south sets "ngàn" and "bốn" after "mươi" (our documented
  // southern choice: southern speech says "hai mươi bốn"). With that configuration no further
  // normalisation is needed: the two readers must agree on every number.
  const oracle = (dialect: Dialect) => {
    const config = new ReadingConfig();
    config.unit = [];
    config.units = [[], [dialect === 'north' ? 'nghìn' : 'ngàn'], ['triệu'], ['tỉ']];
    config.oddText = dialect === 'north' ? 'linh' : 'lẻ';
    config.fourToneText = dialect === 'north' ? 'tư' : 'bốn';
    return (n: number) => doReadNumber(String(n), config);
  };
  it.each(['north', 'south'] as const)('agrees with read-vietnamese-number on 0..9999 and samples to 999999 (%s)', (dialect) => {
    const reference = oracle(dialect);
    const mismatches: string[] = [];
    const check = (n: number) => {
      const ours = read(n, dialect);
      const theirs = reference(n);
      if (ours !== theirs) mismatches.push(`${n}: ours "${ours}" theirs "${theirs}"`);
    };
    for (let n = 0; n <= 9999; n++) check(n);
    for (let n = 10000; n <= MAX_READABLE; n += 997) check(n);
    for (const n of [10001, 10010, 10015, 11000, 14024, 20004, 21021, 99999, 100000, 100001, 101010, 999000, 999999]) check(n);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});

describe('englishNumberKeys', () => {
  it.each([
    [0, ['0']], [5, ['5']], [12, ['12']], [19, ['19']], [20, ['20']], [23, ['20', '3']], [99, ['90', '9']],
    [100, ['1', 'hundred']], [105, ['1', 'hundred', '5']], [1023, ['1', 'thousand', '20', '3']],
  ] as Array<[number, string[]]>)('reads %i', (n, keys) => {
    expect(englishNumberKeys(n)).toEqual(keys);
  });
});

describe('buildAnnouncement', () => {
  it('builds the southern Vietnamese and English announcement of 1023 at counter 5', () => {
    const a = buildAnnouncement({ number: '1023', counterNumber: 5, dialect: 'south', english: true });
    expect(a.vi.text).toBe('Mời công dân có số 1023 đến quầy số 5');
    expect(a.vi.clips).toEqual([
      'chime.ogg', 'vi/moi-cong-dan-co-so.ogg',
      'vi/mot.ogg', 'vi/ngan.ogg', 'vi/khong.ogg', 'vi/tram.ogg', 'vi/hai.ogg', 'vi/muoi.ogg', 'vi/ba.ogg',
      'vi/den-quay-so.ogg', 'vi/nam.ogg',
    ]);
    expect(a.en?.text).toBe('Ticket number 1023, please go to counter 5');
    expect(a.en?.clips).toEqual([
      'en/ticket-number.ogg', 'en/1.ogg', 'en/0.ogg', 'en/2.ogg', 'en/3.ogg', 'en/please-go-to-counter.ogg', 'en/5.ogg',
    ]);
  });

  it('reads the northern words and omits English when not asked', () => {
    const a = buildAnnouncement({ number: '1015', counterNumber: 24, dialect: 'north', english: false });
    expect(a.en).toBeUndefined();
    expect(a.vi.clips[0]).toBe(CHIME_CLIP);
    expect(a.vi.clips).toEqual([
      'chime.ogg', 'vi/moi-cong-dan-co-so.ogg',
      'vi/mot.ogg', 'vi/nghin.ogg', 'vi/khong.ogg', 'vi/tram.ogg', 'vi/muoi-huyen.ogg', 'vi/lam.ogg',
      'vi/den-quay-so.ogg', 'vi/hai.ogg', 'vi/muoi.ogg', 'vi/tu.ogg',
    ]);
  });

  it('reads a ticket number by its integer value and keeps the printed form in the text', () => {
    const a = buildAnnouncement({ number: '0021', counterNumber: 12, dialect: 'south', english: true });
    expect(a.vi.text).toBe('Mời công dân có số 0021 đến quầy số 12');
    expect(a.vi.clips.slice(2, 5)).toEqual(['vi/hai.ogg', 'vi/muoi.ogg', 'vi/mot-sac.ogg']);
    expect(a.en?.clips).toEqual([
      'en/ticket-number.ogg', 'en/0.ogg', 'en/0.ogg', 'en/2.ogg', 'en/1.ogg', 'en/please-go-to-counter.ogg', 'en/12.ogg',
    ]);
  });

  it('refuses a ticket or counter number it cannot read, as an invalid request', () => {
    for (const number of ['', 'A023', '12.5', '-1', '1234567', ' 12']) {
      expect(() => buildAnnouncement({ number, counterNumber: 1, dialect: 'north', english: false })).toThrow(DomainError);
    }
    for (const counterNumber of [-1, 2.5, Number.NaN]) {
      expect(() => buildAnnouncement({ number: '1', counterNumber, dialect: 'north', english: true })).toThrow(DomainError);
    }
  });
});

describe('clips', () => {
  const ascii = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/ /g, '-');

  it('names every clip uniquely with an ASCII slug of its words', () => {
    const files = CLIP_CATALOG.map((c) => c.file);
    expect(new Set(files).size).toBe(files.length);
    for (const { file, text, voice } of CLIP_CATALOG) {
      expect(file).toMatch(/^(vi\/|en\/)?[a-z0-9-]+\.ogg$/);
      if (voice.startsWith('vi')) expect(file.replace(/^vi\/|(-sac|-huyen)?\.ogg$/g, '')).toBe(ascii(text));
    }
    expect(viClip('mươi')).toBe('vi/muoi.ogg');
    expect(viClip('mười')).toBe('vi/muoi-huyen.ogg');
    expect(viClip('một')).toBe('vi/mot.ogg');
    expect(viClip('mốt')).toBe('vi/mot-sac.ogg');
    expect(() => viClip('constructor')).toThrow(RangeError);
    expect(() => enClip('21')).toThrow(RangeError);
  });

  it('has a non-empty file in server/assets/audio for every clip of tickets 0..9999 and counters 1..99', () => {
    const used = new Set<string>(CLIP_CATALOG.map((c) => c.file));
    for (const dialect of ['north', 'south'] as const) {
      for (let n = 0; n <= 9999; n++) {
        const number = String(n);
        const counterNumber = (n % 99) + 1;
        for (const part of Object.values(buildAnnouncement({ number, counterNumber, dialect, english: true }))) {
          for (const clip of part.clips) used.add(clip);
        }
      }
    }
    const missing = [...used].filter((clip) => !existsSync(AUDIO_DIR + clip) || statSync(AUDIO_DIR + clip).size === 0);
    expect(missing).toEqual([]);
  });
});

describe('buildTicketReading', () => {
  it('reads 2004 back to the citizen in the northern dialect, then its digits in English', () => {
    const r = buildTicketReading('2004', 'north');
    expect(r.vi).toEqual({ text: 'Số 2004', clips: ['chime.ogg', 'vi/hai.ogg', 'vi/nghin.ogg', 'vi/khong.ogg', 'vi/tram.ogg', 'vi/linh.ogg', 'vi/bon.ogg'] });
    expect(r.en).toEqual({ text: 'Ticket number 2004', clips: ['en/ticket-number.ogg', 'en/2.ogg', 'en/0.ogg', 'en/0.ogg', 'en/4.ogg'] });
  });

  it('refuses what is not a ticket number', () => {
    expect(() => buildTicketReading('12a', 'south')).toThrow(/1 to 6 digits/);
  });
});
