// The day, as a discrete-event simulation driving the real API. Events run one at a time in order
// of simulated time (ties in the order they were scheduled), each paced to real time by `speed`
// (speed 60: a simulated minute takes a real second). Every wait is measured in simulated time
// from this schedule: a ticket's wait is the simulated minute of the call-next that returned it
// minus the simulated minute of the kiosk request that issued it, whatever the server's clock says.
import type { PauseRequest, PriorityGroup, RouteAnswer, RouteKey, Ticket } from '@motcua/protocol';
import { ApiError } from '@motcua/protocol/client';
import { send, startServer, type Running, type SendArgs, type SendInput } from '../support/server.ts';
import type { ReplayArrival } from './replay.ts';
import { BEHAVIOUR, LAST_ARRIVAL_BEFORE_CLOSE, lunch, nextArrival, OPENING, OVERTIME, priority, profile, service } from './day.ts';
import { Random } from './random.ts';

/** Waiting tickets of the department whose phone page is read after each call. */
const ETA_SAMPLES_PER_CALL = 2;

export interface SimOptions {
  url: string;
  seed: number;
  /** Simulated minutes per real minute; Infinity runs as fast as the server answers. */
  speed: number;
  hours: number;
  kioskKey: string;
  /** Officer usernames by counter number (the demo: officer01 at counter 1 …) and their password. */
  officer: (counterNumber: number) => string;
  password: string;
  /** Told the simulated minute before each event runs (a server with a simulated clock follows it). */
  onTime?: (minute: number) => void;
  /** Arrivals are the modelled ones times this (day.ts LOADS); 1 by default. */
  load?: number;
  /** A real day's arrivals and service times to replay instead of the model (replay.ts). */
  replay?: readonly ReplayArrival[];
  log?: (line: string) => void;
}

/** One citizen's visit, followed across transfers. */
export interface Visit {
  departmentCode: string;
  priority: PriorityGroup | null;
  issuedAt: number;
  /** The ETA the kiosk answer gave, in the server's minutes. */
  etaMinutes: number | undefined;
  /** Tickets of the department waiting when it was issued (as the simulator counts them). */
  queueAhead: number;
  trackCode: string;
  /** How long the counter takes, when a replayed day says so. */
  serviceMinutes?: number;
  calledAt?: number;
  outcome?: 'served' | 'no_show' | 'transferred_and_served';
  transferred?: boolean;
}

interface Officer {
  username: string;
  counterId: number;
  departmentCode: string;
  token: string;
  speed: number;
  lunch: [number, number];
  hadLunch: boolean;
  done: boolean;
  /** Waiting for someone to call: a new ticket in the department wakes the officer at once. */
  idle: boolean;
  /** Bumped when the officer is woken, so that the poll scheduled before no longer runs. */
  wakes: number;
}

interface Event { at: number; order: number; run: () => Promise<void> }

/** The ETA the phone page showed a waiting ticket at a moment of the day (after a call moved its line). */
export interface EtaUpdate { visit: Visit; at: number; etaMinutes: number }

export interface DayRecord {
  visits: Visit[];
  etaUpdates: EtaUpdate[];
  /** Share (0–1) of served tickets called within their service's target, from the center's own report. */
  withinTarget: number | null;
  /** Counters that could not be opened (another officer works there). */
  skippedCounters: number[];
  stillWaiting: number;
  realSeconds: number;
}

export async function simulateDay(options: SimOptions): Promise<DayRecord> {
  const rng = new Random(options.seed);
  const log = options.log ?? (() => {});
  const close = OPENING + options.hours * 60;
  const lastArrival = close - Math.min(LAST_ARRIVAL_BEFORE_CLOSE, options.hours * 15);
  const visits = new Map<number, Visit>();
  const officers: Officer[] = [];
  /** Tickets issued or transferred into each department and not yet called, as the simulator knows. */
  const pending = new Map<string, number>();
  const addPending = (code: string, n: number) => {
    pending.set(code, (pending.get(code) ?? 0) + n);
    if (n <= 0) return;
    const idle = officers.find((o) => o.idle && o.departmentCode === code);
    if (!idle) return;
    idle.idle = false;
    idle.wakes++;
    at(now + BEHAVIOUR.reaction, () => callNext(idle));
  };
  const all: Visit[] = [];
  const events: Event[] = [];
  let order = 0;
  let now = OPENING;

  const at = (minute: number, run: () => Promise<void>) => {
    const e = { at: minute, order: order++, run };
    let i = events.length;
    while (i > 0 && (events[i - 1]!.at > e.at)) i--;
    events.splice(i, 0, e);
  };

  async function login(username: string): Promise<string> {
    try {
      return (await send(options.url, 'POST /api/auth/login', { body: { username, password: options.password } })).body.token;
    } catch (e) {
      if (e instanceof ApiError) throw new Error(`sign-in of ${username} failed (${e.status}): check --password`);
      throw e;
    }
  }

  /** An officer's request, answered by the route's answer; signs in again once if the session ended. A refusal throws its ApiError. */
  async function must<K extends RouteKey>(o: Officer, route: K, input: Omit<SendInput<K>, 'token'>): Promise<RouteAnswer<K>> {
    const attempt = async () => (await send(options.url, route, ...([{ ...input, token: o.token }] as unknown as SendArgs<K>))).body;
    try {
      return await attempt();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status !== 401) throw new ApiError(e.status, e.code, `${o.username} ${e.message}`, e.messageVi);
      o.token = await login(o.username);
      return attempt();
    }
  }

  const catalog = (await send(options.url, 'GET /api/catalog')).body;
  const departments = catalog.departments.filter((d) => d.services.length > 0);
  const codeOf = new Map(catalog.departments.map((d) => [d.id, d.code]));
  const allServices = departments.flatMap((d) => d.services.map((s) => ({ id: s.id, departmentCode: d.code })));

  // ---- citizens at the kiosk
  async function arrive(code: string, serviceId: number, group: PriorityGroup | null, serviceMinutes?: number): Promise<void> {
    const r = await send(options.url, 'POST /api/tickets', { token: options.kioskKey, body: group ? { serviceId, priority: group } : { serviceId } }).catch((e: unknown) => {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 429) throw new Error('the server limits tickets per kiosk and minute: start it with MOTCUA_RATE_LIMIT=0 for a simulated day');
      throw new Error(`the kiosk could not issue a ticket: ${e.message}`);
    });
    const visit: Visit = {
      departmentCode: code, priority: group, issuedAt: now, etaMinutes: r.body.etaMinutes, queueAhead: pending.get(code) ?? 0, trackCode: r.body.trackCode,
      ...(serviceMinutes === undefined ? {} : { serviceMinutes }),
    };
    visits.set(r.body.id, visit);
    all.push(visit);
    addPending(code, 1);
  }
  function scheduleArrival(code: string, services: readonly number[], after: number) {
    const t = nextArrival(rng, code, after, options.load);
    if (t >= lastArrival) return;
    at(t, async () => {
      const group = priority(rng);
      await arrive(code, service(rng, services), group);
      scheduleArrival(code, services, t);
    });
  }
  if (options.replay) {
    const serviceByCode = new Map(departments.flatMap((d) => d.services.map((s) => [`${d.code}/${s.code}`, s.id] as const)));
    for (const a of options.replay) {
      const serviceId = serviceByCode.get(`${a.departmentCode}/${a.serviceCode}`);
      if (serviceId === undefined) throw new Error(`replay: the center has no service ${a.serviceCode} in department ${a.departmentCode}`);
      at(a.minute, () => arrive(a.departmentCode, serviceId, a.priority, a.serviceMinutes));
    }
  } else {
    for (const d of departments) scheduleArrival(d.code, d.services.map((s) => s.id), OPENING);
  }

  /** What the phone pages of a few tickets still waiting in a department say now: the ETA after each move of the line. */
  const etaUpdates: EtaUpdate[] = [];
  async function sampleEtas(code: string): Promise<void> {
    const waiting = all.filter((v) => v.departmentCode === code && v.calledAt === undefined);
    for (let k = 0; k < Math.min(ETA_SAMPLES_PER_CALL, waiting.length); k++) {
      const visit = waiting[Math.floor(rng.next() * waiting.length)]!;
      const view = await send(options.url, 'GET /api/tickets/track/:trackCode', { params: { trackCode: visit.trackCode } });
      if (view.body.status === 'waiting' && !view.body.noOpenCounter) etaUpdates.push({ visit, at: now, etaMinutes: view.body.etaMinutes });
    }
  }

  // ---- officers at their counters
  const skippedCounters: number[] = [];
  const perDepartment = new Map<number, number>();
  for (const c of [...catalog.counters].sort((a, b) => a.number - b.number)) {
    const k = perDepartment.get(c.departmentId) ?? 0;
    perDepartment.set(c.departmentId, k + 1);
    const username = options.officer(c.number);
    const o: Officer = {
      username, counterId: c.id, departmentCode: codeOf.get(c.departmentId) ?? '', token: await login(username),
      speed: rng.uniform(...BEHAVIOUR.officerSpeed), lunch: lunch(k), hadLunch: false, done: false, idle: false, wakes: 0,
    };
    try {
      await must(o, 'POST /api/counters/:id/open', { params: { id: c.id } });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      skippedCounters.push(c.number);
      log(`counter ${c.number} skipped: ${e.message}`);
      continue;
    }
    officers.push(o);
    at(OPENING, () => callNext(o));
  }

  async function callNext(o: Officer): Promise<void> {
    if (now >= close + OVERTIME) return closeCounter(o);
    if (!o.hadLunch && now >= o.lunch[0] && now < close) {
      o.hadLunch = true;
      return pauseUntil(o, o.lunch[1], { reason: 'lunch' });
    }
    const { ticket } = await must(o, 'POST /api/counters/:id/call-next', { params: { id: o.counterId } });
    if (!ticket) {
      // After closing time (no more arrivals), a counter with nobody left to call closes.
      if (now >= close) return closeCounter(o);
      const wakes = o.wakes;
      o.idle = (pending.get(o.departmentCode) ?? 0) === 0;
      at(now + (o.idle ? BEHAVIOUR.idlePoll : BEHAVIOUR.poll), async () => {
        if (o.wakes !== wakes) return;
        o.idle = false;
        await callNext(o);
      });
      return;
    }
    addPending(ticket.departmentCode, -1);
    const visit = visits.get(ticket.id);
    if (visit && visit.calledAt === undefined) visit.calledAt = now;
    await sampleEtas(ticket.departmentCode);
    if (rng.chance(BEHAVIOUR.noShow)) {
      at(now + BEHAVIOUR.recallEvery, () => recall(o, ticket.id, 1));
      return;
    }
    at(now + rng.uniform(...BEHAVIOUR.walkToCounter), async () => {
      await must(o, 'POST /api/tickets/:id/serve', { params: { id: ticket.id } });
      const minutes = visit?.serviceMinutes ?? rng.logNormal(profile(ticket.departmentCode).serviceMedian * o.speed, BEHAVIOUR.serviceSigma);
      at(now + minutes, () => finish(o, ticket));
    });
  }

  async function pauseUntil(o: Officer, until: number, body: PauseRequest): Promise<void> {
    await must(o, 'POST /api/counters/:id/pause', { params: { id: o.counterId }, body });
    at(until, async () => {
      await must(o, 'POST /api/counters/:id/resume', { params: { id: o.counterId } });
      await callNext(o);
    });
  }

  async function closeCounter(o: Officer): Promise<void> {
    o.done = true;
    await must(o, 'POST /api/counters/:id/close', { params: { id: o.counterId } });
  }

  async function recall(o: Officer, ticketId: number, times: number): Promise<void> {
    if (times > BEHAVIOUR.recallsBeforeNoShow) {
      await must(o, 'POST /api/tickets/:id/no-show', { params: { id: ticketId } });
      const visit = visits.get(ticketId);
      if (visit) visit.outcome = 'no_show';
      at(now + rng.uniform(...BEHAVIOUR.wrapUp), () => callNext(o));
      return;
    }
    await must(o, 'POST /api/counters/:id/recall', { params: { id: o.counterId } });
    at(now + BEHAVIOUR.recallEvery, () => recall(o, ticketId, times + 1));
  }

  async function finish(o: Officer, ticket: Ticket): Promise<void> {
    const visit = visits.get(ticket.id);
    if (rng.chance(BEHAVIOUR.transfer)) {
      const elsewhere = rng.chance(BEHAVIOUR.transferToOtherDepartment);
      const others = allServices.filter((s) => s.id !== ticket.serviceId && (s.departmentCode !== ticket.departmentCode) === elsewhere);
      const target = others[Math.floor(rng.next() * others.length)] ?? allServices.find((s) => s.id !== ticket.serviceId)!;
      const { ticket: moved } = await must(o, 'POST /api/tickets/:id/transfer', { params: { id: ticket.id }, body: { serviceId: target.id } });
      addPending(moved.departmentCode, 1);
      if (visit) {
        visit.transferred = true;
        visits.set(moved.id, visit);
      }
    } else {
      await must(o, 'POST /api/tickets/:id/finish', { params: { id: ticket.id } });
      if (visit) visit.outcome = visit.transferred ? 'transferred_and_served' : 'served';
      if (rng.chance(BEHAVIOUR.rating)) {
        await must(o, 'POST /api/tickets/:id/rating', { params: { id: ticket.id }, body: { score: rng.weighted(BEHAVIOUR.ratingScores, ([, w]) => w)[0] } });
      }
    }
    if (rng.chance(BEHAVIOUR.shortPause) && now < close) {
      return pauseUntil(o, now + rng.uniform(...BEHAVIOUR.shortPauseMinutes), { reason: 'other', note: 'giấy tờ / paperwork' });
    }
    at(now + rng.uniform(...BEHAVIOUR.wrapUp), () => callNext(o));
  }

  // ---- the loop: one event at a time, paced to real time
  const realStart = performance.now();
  let lastReport = OPENING;
  while (events.length > 0) {
    const e = events.shift()!;
    if (Number.isFinite(options.speed)) {
      const due = realStart + ((e.at - OPENING) * 60_000) / options.speed;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    now = e.at;
    options.onTime?.(now);
    if (now - lastReport >= 60) {
      lastReport = now;
      const waiting = all.filter((v) => v.calledAt === undefined).length;
      log(`${clock(now)}  issued ${all.length}, waiting ${waiting}, counters open ${officers.filter((o) => !o.done).length}`);
    }
    await e.run();
  }
  const realSeconds = (performance.now() - realStart) / 1000;
  return { visits: all, etaUpdates, withinTarget: await withinTarget(), skippedCounters, stillWaiting: all.filter((v) => v.calledAt === undefined).length, realSeconds };

  /** The center's own figure for the day, as its supervisor reads it. */
  async function withinTarget(): Promise<number | null> {
    const token = (await send(options.url, 'POST /api/auth/login', { body: { username: 'supervisor', password: options.password } })).body.token;
    const { businessDay } = (await send(options.url, 'GET /api/dashboard', { token })).body;
    return (await send(options.url, 'GET /api/reports', { token, query: { from: businessDay, to: businessDay } })).body.total.withinTarget;
  }
}

/** 452.5 → "07:32" */
export function clock(minute: number): string {
  const m = Math.floor(minute);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export interface SimServer extends Running {
  /** Sets the server's clock to this simulated minute of today. */
  setMinute(minute: number): void;
}

/**
 * The demo center on a temporary database, its clock at a simulated minute of today in the center's
 * time zone (Vietnam keeps +07:00 all year): waits, ETAs and reports are then in simulated time.
 */
export async function startSimServer(port = 0): Promise<SimServer> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const midnight = Date.parse(`${today}T00:00:00+07:00`);
  let minute = OPENING;
  const server = await startServer({ clock: () => new Date(midnight + minute * 60_000), printing: {}, port });
  return { ...server, setMinute: (m) => (minute = m) };
}
