// The model of a day at the center: when citizens arrive, what they come for, how long officers take.
// Times are simulated minutes of the day (420 = 07:00). Opening hours follow the demo center's notice
// (7:00–11:30 and 13:30–17:00, with counters taking lunch in turns so each department keeps one open).
import type { PriorityGroup } from '@motcua/protocol';
import type { Random } from './random.ts';

export const OPENING = 7 * 60;
/** The kiosk stops issuing this long before closing, so that the last citizens are served. */
export const LAST_ARRIVAL_BEFORE_CLOSE = 30;
/** Counters keep serving the citizens still waiting at most this long after closing. */
export const OVERTIME = 60;

/** Relative arrival intensity through the day: a peak after opening, a dip over lunch. */
const CURVE: readonly [minute: number, factor: number][] = [
  [7 * 60, 1.0], [8 * 60, 1.6], [9 * 60, 1.5], [10 * 60, 1.1], [11 * 60, 0.9], [11 * 60 + 30, 0.25],
  [13 * 60 + 15, 0.25], [14 * 60, 1.0], [15 * 60, 0.9], [16 * 60, 0.6], [17 * 60, 0.3], [24 * 60, 0.3],
];
const CURVE_MAX = Math.max(...CURVE.map(([, f]) => f));

export function intensity(minute: number): number {
  for (let i = 1; i < CURVE.length; i++) {
    const [m1, f1] = CURVE[i]!;
    const [m0, f0] = CURVE[i - 1]!;
    if (minute <= m1) return minute < m0 ? f0 : f0 + ((f1 - f0) * (minute - m0)) / (m1 - m0);
  }
  return CURVE[CURVE.length - 1]![1];
}

/** The area under the curve over a standard 10-hour day: tickets per day = perDay at this area. */
const STANDARD_DAY_AREA = (() => {
  let area = 0;
  for (let m = OPENING; m < OPENING + 600 - LAST_ARRIVAL_BEFORE_CLOSE; m++) area += intensity(m + 0.5);
  return area;
})();

export interface DepartmentProfile {
  /** Tickets on a standard 10-hour day. */
  perDay: number;
  /** Median minutes at the counter (log-normal). */
  serviceMedian: number;
}

/**
 * The demo center's departments: Justice is busy and quick, Natural Resources slow (land files).
 * Each runs at about 70% of its three counters over the day (no-shows, recalls, pauses and lunch
 * included), so the morning peak builds a queue that the lunch dip and the afternoon clear.
 */
const PROFILES: Record<string, DepartmentProfile> = {
  TP: { perDay: 175, serviceMedian: 5 },
  YT: { perDay: 120, serviceMedian: 7 },
  TNMT: { perDay: 105, serviceMedian: 9 },
  LDTBXH: { perDay: 145, serviceMedian: 6 },
};
const DEFAULT_PROFILE: DepartmentProfile = { perDay: 150, serviceMedian: 7 };

export function profile(departmentCode: string): DepartmentProfile {
  return PROFILES[departmentCode] ?? DEFAULT_PROFILE;
}

/** How busy the day is: arrivals are the profiles' `perDay` times this. Overloaded outruns the counters. */
export const LOADS = { light: 0.6, normal: 1, overloaded: 1.4 } as const;
export type Load = keyof typeof LOADS;

/** The next arrival after `minute` for a department (a Poisson process thinned by the curve). */
export function nextArrival(rng: Random, departmentCode: string, minute: number, load = 1): number {
  const peakPerMinute = (profile(departmentCode).perDay * load * CURVE_MAX) / STANDARD_DAY_AREA;
  let t = minute;
  do t += rng.exponential(1 / peakPerMinute);
  while (!rng.chance(intensity(t) / CURVE_MAX));
  return t;
}

/** About one citizen in eight declares a priority group at the kiosk. */
const PRIORITY_MIX: readonly [PriorityGroup | null, number][] = [
  [null, 0.88], ['elderly', 0.06], ['small_child', 0.02], ['pregnant', 0.015], ['disabled', 0.015], ['merit', 0.01],
];

export function priority(rng: Random): PriorityGroup | null {
  return rng.weighted(PRIORITY_MIX, ([, w]) => w)[0];
}

/** Services of a department by popularity: the first listed is the most asked for. */
export function service<T>(rng: Random, services: readonly T[]): T {
  return rng.weighted(services, (_, i) => 1 / (i + 1));
}

/** What officers and citizens do, as probabilities and minutes. */
export const BEHAVIOUR = {
  noShow: 0.05,
  recallEvery: 1,
  recallsBeforeNoShow: 2,
  walkToCounter: [0.3, 1.2] as const,
  serviceSigma: 0.45,
  officerSpeed: [0.85, 1.15] as const,
  transfer: 0.03,
  transferToOtherDepartment: 0.3,
  rating: 0.4,
  ratingScores: [[4, 0.55], [3, 0.3], [2, 0.1], [1, 0.05]] as const,
  wrapUp: [0.1, 0.5] as const,
  shortPause: 0.02,
  shortPauseMinutes: [5, 15] as const,
  /** How often an officer presses call-next again while the department has people waiting… */
  poll: 0.5,
  /** …and while it has nobody waiting: then a new ticket on the console gets a call within… */
  idlePoll: 5,
  reaction: 0.1,
};

/** Lunch in turns: the k-th counter of a department eats at a different hour. */
export function lunch(k: number): [start: number, end: number] {
  const start = [11 * 60, 11 * 60 + 45, 12 * 60 + 30][k % 3]!;
  return [start, start + 60];
}
