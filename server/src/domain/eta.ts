// Estimated wait for a waiting ticket from its place in line and the recent service rate.

export const DEFAULT_SERVICE_SECONDS = 300;

export interface EtaInput {
  /** People ahead of this ticket in its queue. */
  ahead: number;
  /** Durations (seconds) of recently finished services of this kind; may be empty. */
  recentServiceSeconds: readonly number[];
  /** Open counters that serve this ticket's service (0 when none is open yet). */
  countersServing: number;
}

export function averageServiceSeconds(samples: readonly number[]): number {
  if (samples.length === 0) return DEFAULT_SERVICE_SECONDS;
  return samples.reduce((a, b) => a + b, 0) / samples.length;
}

/** Whole minutes, rounded up; 0 when nobody is ahead. */
export function estimateWaitMinutes(input: EtaInput): number {
  if (input.ahead <= 0) return 0;
  const perTicket = averageServiceSeconds(input.recentServiceSeconds);
  return Math.ceil((input.ahead * perTicket) / Math.max(1, input.countersServing) / 60);
}
