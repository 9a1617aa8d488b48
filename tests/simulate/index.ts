// `npm run simulate -- [--speed 60|max] [--seed 42] [--hours 10] [--load light|normal|overloaded] [--replay day.csv] [--url http://localhost:3000]`
// A day at the service center replayed through the real API: citizens arrive at the kiosk along a
// daily curve (morning peak, lunch dip) with priority groups mixed in; officers call, serve with
// their own pace, pause, mark no-shows, transfer and take ratings. Prints the waits at the end.
//
// With --url it drives a running server (whose displays and consoles then show the day live; the
// demo credentials officer01… / demo are used). Without it, it starts its own server on a temporary
// database, whose clock follows the simulation, so that the same seed gives the same figures.
// Waits are measured in simulated minutes from the simulator's own schedule (see engine.ts).
import { parseArgs } from 'node:util';
import { simulateDay, startSimServer, type SimServer } from './engine.ts';
import { LOADS, type Load } from './day.ts';
import { readReplay } from './replay.ts';
import { dayMetrics, printMetrics } from './report.ts';

const { values } = parseArgs({
  options: {
    speed: { type: 'string', default: '60' },
    seed: { type: 'string', default: '42' },
    hours: { type: 'string', default: '10' },
    url: { type: 'string' },
    port: { type: 'string', default: '0' },
    password: { type: 'string', default: 'demo' },
    'kiosk-key': { type: 'string', default: 'demo-kiosk' },
    quiet: { type: 'boolean', default: false },
    load: { type: 'string', default: 'normal' },
    replay: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`simulate: ${message}`);
  process.exit(1);
}

const speed = values.speed === 'max' ? Infinity : Number(values.speed);
const seed = Number(values.seed);
const hours = Number(values.hours);
if (!(speed > 0)) fail(`--speed must be a positive number (simulated minutes per real minute) or "max", not "${values.speed}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`);
if (!(hours > 0 && hours <= 12)) fail(`--hours must be between 0 and 12, not "${values.hours}"`);
if (!(values.load in LOADS)) fail(`--load must be one of ${Object.keys(LOADS).join(', ')}, not "${values.load}"`);
const load = values.load as Load;
const replay = values.replay === undefined ? undefined : readReplay(values.replay);

let own: SimServer | undefined;
let url = values.url;
if (!url) {
  own = await startSimServer(Number(values.port));
  url = own.url;
  console.log(`simulate: own server at ${url} (display: ${url}/display?key=demo-display), its clock follows the simulation`);
}

const log = values.quiet ? undefined : (line: string) => console.log(`[simulate] ${line}`);
console.log(`simulate: ${hours} h from 07:00, seed ${seed}, ${replay ? `replaying ${replay.length} arrivals` : `${load} load`}, speed ${speed === Infinity ? 'max' : `${speed}× (about ${Math.round((hours * 60) / speed)} real minutes)`}`);
try {
  const day = await simulateDay({
    url, seed, speed, hours, kioskKey: values['kiosk-key'], password: values.password, log,
    officer: (n) => `officer${String(n).padStart(2, '0')}`,
    onTime: own?.setMinute,
    load: LOADS[load],
    ...(replay ? { replay } : {}),
  });
  // A server on real time gives its ETA in real minutes: one of them is `speed` simulated minutes.
  const etaScale = own ? 1 : speed;
  const metrics = dayMetrics(day, etaScale);
  printMetrics(metrics, console.log);
  if (!own) console.log(`(ETA: the server runs on real time, so its whole minutes were scaled ×${speed}: a coarse estimate at high speed)`);
  if (day.skippedCounters.length) console.log(`Counters not simulated (already open by someone): ${day.skippedCounters.join(', ')}`);
  console.log(`Real time: ${Math.round(day.realSeconds)} s`);
  console.log(JSON.stringify({ seed, load: replay ? `replay:${values.replay}` : load, hours, ...metrics }));
} finally {
  await own?.close();
}
