// Renders every announcement clip (CLIP_CATALOG in server/src/domain/announcement.ts) with
// Debian's espeak-ng and sox into server/assets/audio, then checks each file and the
// concatenation of whole announcements.
//
//   apt-get install -y espeak-ng sox libsox-fmt-all
//   npx tsx server/scripts/make-clips.ts                 # render all, then check
//   npx tsx server/scripts/make-clips.ts --check         # only check the files already there
//   npx tsx server/scripts/make-clips.ts --shared-voice vi   # shared words in the northern voice
//   npx tsx server/scripts/make-clips.ts --out /tmp/clips    # render somewhere else
//
// Voices: words only the north uses (nghìn, linh, tư) are spoken by espeak-ng `vi` (northern),
// words only the south uses (ngàn, lẻ) by `vi-vn-x-south`, words and phrases both use by
// `vi-vn-x-south` (the demo center is in Tiền Giang) unless --shared-voice says otherwise, and
// English by `en-us`. Clips are 22.05 kHz mono Ogg Vorbis with the silence trimmed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLIP_CATALOG, buildAnnouncement, type ClipSpec, type Dialect } from '../src/domain/announcement.ts';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: resolve(dirname(fileURLToPath(import.meta.url)), '../assets/audio') },
    check: { type: 'boolean', default: false },
    'shared-voice': { type: 'string', default: 'vi-vn-x-south' },
    'en-voice': { type: 'string', default: 'en-us' },
    speed: { type: 'string', default: '150' },
  },
});
const OUT = resolve(args.out);
const RATE = '22050';
/** Vorbis quality (-1 … 10): 1 keeps speech clear and files small. */
const QUALITY = '1';

const VOICES: Record<ClipSpec['voice'], string> = {
  'vi-north': 'vi',
  'vi-south': 'vi-vn-x-south',
  'vi-shared': args['shared-voice'],
  en: args['en-voice'],
  tone: '',
};

function run(cmd: string, argv: string[]): string {
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function requireTool(cmd: string, pkg: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
  } catch {
    console.error(`${cmd} is missing: apt-get install -y ${pkg}`);
    process.exit(1);
  }
}

/** Trim leading and trailing silence, normalise, and leave a short gap after the word. */
const SPEECH_EFFECTS = (tail: string) => [
  'silence', '1', '0.01', '-45d', 'reverse', 'silence', '1', '0.01', '-45d', 'reverse',
  'norm', '-2', 'pad', '0.02', tail,
];
const ENCODE = ['-r', RATE, '-c', '1', '-C', QUALITY];

function renderSpeech(spec: ClipSpec, target: string, tmp: string): void {
  const wav = join(tmp, 'speech.wav');
  run('espeak-ng', ['-v', VOICES[spec.voice], '-s', args.speed, '-w', wav, spec.text]);
  // A phrase gets a longer pause after it than a number word inside a number.
  const tail = spec.text.includes(' ') ? '0.18' : '0.06';
  run('sox', [wav, ...ENCODE, target, ...SPEECH_EFFECTS(tail)]);
}

/** A two-tone "ding-dong" (E5 then C5, each with an octave overtone and a bell-like decay). */
function renderChime(target: string, tmp: string): void {
  const tone = (name: string, hz: number, seconds: number) => {
    const file = join(tmp, `${name}.wav`);
    const part = (suffix: string, f: number, vol: string) => {
      const p = join(tmp, `${name}-${suffix}.wav`);
      run('sox', ['-n', '-r', RATE, '-c', '1', p, 'synth', String(seconds), 'sine', String(f), 'vol', vol]);
      return p;
    };
    run('sox', ['-m', part('f', hz, '0.7'), part('o', hz * 2, '0.2'), file, 'fade', 'q', '0.005', String(seconds), String(seconds - 0.01)]);
    return file;
  };
  const ding = tone('ding', 659.25, 0.45);
  const dong = tone('dong', 523.25, 0.75);
  run('sox', [ding, dong, ...ENCODE, target, 'norm', '-3', 'pad', '0', '0.25']);
}

function generate(): void {
  requireTool('espeak-ng', 'espeak-ng');
  requireTool('sox', 'sox libsox-fmt-all');
  const tmp = mkdtempSync(join(tmpdir(), 'motcua-clips-'));
  try {
    for (const spec of CLIP_CATALOG) {
      const target = join(OUT, spec.file);
      mkdirSync(dirname(target), { recursive: true });
      if (spec.voice === 'tone') renderChime(target, tmp);
      else renderSpeech(spec, target, tmp);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`rendered ${CLIP_CATALOG.length} clips into ${OUT}`);
}

interface ClipInfo { file: string; channels: number; rate: number; seconds: number; bytes: number; peakDb: number; rmsDb: number }

/** Peak and RMS level in dBFS, from `sox FILE -n stats` (which writes to stderr). */
function levels(path: string): { peakDb: number; rmsDb: number } {
  const out = spawnSync('sox', [path, '-n', 'stats'], { encoding: 'utf8' }).stderr;
  const level = (label: string) => Number(new RegExp(`${label}\\s+(-?[\\d.]+|-inf)`).exec(out)?.[1]?.replace('-inf', '-Infinity') ?? Number.NaN);
  return { peakDb: level('Pk lev dB'), rmsDb: level('RMS lev dB') };
}

function info(file: string): ClipInfo {
  const path = join(OUT, file);
  return {
    file,
    channels: Number(run('soxi', ['-c', path])),
    rate: Number(run('soxi', ['-r', path])),
    seconds: Number(run('soxi', ['-D', path])),
    bytes: statSync(path).size,
    ...levels(path),
  };
}

/** Prints a table of every clip and fails on a file that is empty, not mono, or of odd length. */
function check(): boolean {
  requireTool('soxi', 'sox libsox-fmt-all');
  let ok = true;
  let total = 0;
  const rows: string[] = [];
  const durations = new Map<string, number>();
  for (const spec of CLIP_CATALOG) {
    let row: ClipInfo;
    try {
      row = info(spec.file);
    } catch {
      rows.push(`${spec.file.padEnd(30)} MISSING or unreadable`);
      ok = false;
      continue;
    }
    durations.set(spec.file, row.seconds);
    total += row.bytes;
    const max = spec.voice === 'tone' || spec.text.includes(' ') ? 3 : 1.5;
    const problems = [
      row.bytes === 0 && 'empty',
      row.channels !== 1 && 'not mono',
      row.rate !== Number(RATE) && `rate ${row.rate}`,
      (row.seconds < 0.1 || row.seconds > max) && `duration outside 0.1–${max} s`,
      !(row.rmsDb > -30) && 'too quiet or silent',
      !(row.peakDb < -0.1) && 'clipped',
    ].filter(Boolean);
    if (problems.length) ok = false;
    rows.push(
      `${spec.file.padEnd(30)} ${String(row.channels).padStart(2)} ch ${String(row.rate).padStart(6)} Hz ` +
      `${row.seconds.toFixed(3).padStart(6)} s ${String(row.bytes).padStart(6)} B ` +
      `${row.peakDb.toFixed(1).padStart(5)} ${row.rmsDb.toFixed(1).padStart(6)} dB  ${spec.text || '(tone)'}` +
      (problems.length ? `  <-- ${problems.join(', ')}` : ''),
    );
  }
  console.log(['file                            ch   rate       length   size    peak    rms     says', ...rows].join('\n'));
  console.log(`${CLIP_CATALOG.length} clips, ${total} bytes (${(total / 1024).toFixed(1)} KiB)`);
  if (!ok) return false;

  // Join whole announcements the way a display plays them and check the result's length.
  const demos: Array<{ number: string; counterNumber: number; dialect: Dialect }> = [
    { number: '1023', counterNumber: 5, dialect: 'south' },
    { number: '1024', counterNumber: 12, dialect: 'north' },
  ];
  const tmp = mkdtempSync(join(tmpdir(), 'motcua-announce-'));
  try {
    for (const demo of demos) {
      const a = buildAnnouncement({ ...demo, english: true });
      const clips = [...a.vi.clips, ...(a.en?.clips ?? [])];
      const wav = join(tmp, `${demo.number}-${demo.dialect}.wav`);
      run('sox', [...clips.map((c) => join(OUT, c)), wav]);
      const seconds = Number(run('soxi', ['-D', wav]));
      const expected = clips.reduce((sum, c) => sum + (durations.get(c) ?? 0), 0);
      const good = Math.abs(seconds - expected) < 0.05 && seconds > 3 && seconds < 15;
      if (!good) ok = false;
      console.log(
        `${demo.dialect} "${a.vi.text}" / "${a.en?.text}": ${clips.length} clips, ${seconds.toFixed(2)} s ` +
        `(sum of clips ${expected.toFixed(2)} s)${good ? '' : '  <-- unexpected length'}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return ok;
}

if (!args.check) generate();
if (!check()) {
  console.error('clip check failed');
  process.exit(1);
}
