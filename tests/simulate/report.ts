// The figures of a simulated day: waits per department and per priority group, fairness, and how
// far the ETA given at the kiosk was from the wait that followed. All in simulated minutes.
import { mean, quantile, round } from '../bench/stats.ts';
import type { DayRecord, Visit } from './engine.ts';

export interface Waits { tickets: number; p50: number; p90: number; max: number }

export interface DayMetrics {
  issued: number;
  called: number;
  served: number;
  noShows: number;
  transferred: number;
  stillWaiting: number;
  waitsByDepartment: Record<string, Waits>;
  waitsByPriority: Record<string, Waits>;
  longestNormalWait: number;
  /** Mean wait of all tickets called, minutes. */
  meanWait: number;
  /** Share (0–1) of served tickets called within their service's target (the center's own report). */
  withinTarget: number | null;
  etaMeanAbsoluteError: number;
  /** Mean of (ETA − real wait): below 0, the kiosk promised shorter waits than came. */
  etaBias: number;
  etaSamples: number;
  /** The same for the ETA the phone page showed later, after calls moved the line. */
  etaUpdates: EtaError;
  /** The ETA given at the kiosk, by department. */
  etaByDepartment: Record<string, EtaError>;
  /** The ETA given at the kiosk, by the wait that followed (minutes: "0-5", "5-15", "15-30", "30+"). */
  etaByWait: Record<string, EtaError>;
  /** The ETA given at the kiosk, by the tickets of the department waiting when it was issued ("0", "1-2", "3-5", "6-10", "11+"). */
  etaByQueue: Record<string, EtaError>;
}

export interface EtaError { samples: number; meanAbsoluteError: number; bias: number }

function etaError(errors: readonly number[]): EtaError {
  return { samples: errors.length, meanAbsoluteError: round(mean(errors.map(Math.abs))), bias: round(mean(errors)) };
}

/** The band of `value` among bands starting at `starts` (ascending): "a-b", or "a+" for the last; `whole` for counts ("1-2", not "1-3"; "0", not "0-0"). */
function band(value: number, starts: readonly number[], whole = false): string {
  const i = Math.max(0, starts.findLastIndex((s) => value >= s));
  const from = starts[i]!;
  const next = starts[i + 1];
  if (next === undefined) return `${from}+`;
  const to = whole ? next - 1 : next;
  return from === to ? String(from) : `${from}-${to}`;
}

function waits(visits: Visit[]): Waits {
  const w = visits.filter((v) => v.calledAt !== undefined).map((v) => v.calledAt! - v.issuedAt);
  return { tickets: visits.length, p50: round(quantile(w, 0.5)), p90: round(quantile(w, 0.9)), max: round(Math.max(...w)) };
}

/** The visits grouped by `key`, each group summed up by `sum`, in the order of `order` on the keys. */
function grouped<T>(visits: readonly Visit[], key: (v: Visit) => string, sum: (vs: Visit[]) => T, order = (a: string, b: string) => a.localeCompare(b)): Record<string, T> {
  const groups = new Map<string, Visit[]>();
  for (const v of visits) groups.set(key(v), [...(groups.get(key(v)) ?? []), v]);
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => order(a, b)).map(([k, vs]) => [k, sum(vs)]));
}

/** Bands in the order of their lower bounds. */
const byLowerBound = (a: string, b: string) => parseFloat(a) - parseFloat(b);

/**
 * `etaScale` turns the server's minutes into simulated ones: 1 when the server's clock follows the
 * simulation, `speed` when it runs in real time (its ETA is then in real minutes).
 */
export function dayMetrics(day: DayRecord, etaScale: number): DayMetrics {
  const called = day.visits.filter((v) => v.calledAt !== undefined);
  const withEta = called.filter((v) => v.etaMinutes !== undefined);
  const normal = called.filter((v) => v.priority === null).map((v) => v.calledAt! - v.issuedAt);
  const errorOf = (v: Visit) => v.etaMinutes! * etaScale - (v.calledAt! - v.issuedAt);
  const etaErrors = withEta.map(errorOf);
  const etaOf = (vs: Visit[]) => etaError(vs.map(errorOf));
  const updateErrors = day.etaUpdates.filter((u) => u.visit.calledAt !== undefined).map((u) => u.etaMinutes * etaScale - (u.visit.calledAt! - u.at));
  return {
    issued: day.visits.length,
    called: called.length,
    served: day.visits.filter((v) => v.outcome === 'served' || v.outcome === 'transferred_and_served').length,
    noShows: day.visits.filter((v) => v.outcome === 'no_show').length,
    transferred: day.visits.filter((v) => v.transferred).length,
    stillWaiting: day.stillWaiting,
    waitsByDepartment: grouped(day.visits, (v) => v.departmentCode, waits),
    waitsByPriority: grouped(day.visits, (v) => v.priority ?? 'normal', waits),
    longestNormalWait: round(Math.max(0, ...normal)),
    meanWait: round(mean(called.map((v) => v.calledAt! - v.issuedAt))),
    withinTarget: day.withinTarget,
    etaMeanAbsoluteError: round(mean(etaErrors.map(Math.abs))),
    etaBias: round(mean(etaErrors)),
    etaSamples: withEta.length,
    etaUpdates: etaError(updateErrors),
    etaByDepartment: grouped(withEta, (v) => v.departmentCode, etaOf),
    etaByWait: grouped(withEta, (v) => band(v.calledAt! - v.issuedAt, [0, 5, 15, 30]), etaOf, byLowerBound),
    etaByQueue: grouped(withEta, (v) => band(v.queueAhead, [0, 1, 3, 6, 11], true), etaOf, byLowerBound),
  };
}

export function printMetrics(m: DayMetrics, print: (line: string) => void): void {
  const table = (title: string, rows: Record<string, Waits>) => {
    print(title);
    print(`  ${'group'.padEnd(12)} ${'tickets'.padStart(7)} ${'p50'.padStart(7)} ${'p90'.padStart(7)} ${'max'.padStart(7)}   (wait, minutes)`);
    for (const [k, w] of Object.entries(rows)) {
      print(`  ${k.padEnd(12)} ${String(w.tickets).padStart(7)} ${String(w.p50).padStart(7)} ${String(w.p90).padStart(7)} ${String(w.max).padStart(7)}`);
    }
  };
  print('');
  print(`Tickets: ${m.issued} issued, ${m.called} called, ${m.served} served, ${m.noShows} no-shows, ${m.transferred} transferred, ${m.stillWaiting} still waiting at the end`);
  table('Waits by department (issue → first call):', m.waitsByDepartment);
  table('Waits by priority group:', m.waitsByPriority);
  print(`Longest wait of any normal ticket (fairness): ${m.longestNormalWait} min`);
  print(`Mean wait: ${m.meanWait} min; called within the service's target: ${m.withinTarget === null ? '—' : `${round(m.withinTarget * 100)} %`}`);
  print(`ETA given at the kiosk vs the real wait: mean absolute error ${m.etaMeanAbsoluteError} min, bias ${m.etaBias} min (ETA − wait), over ${m.etaSamples} tickets`);
  print(`ETA on the phone page after the line moved: mean absolute error ${m.etaUpdates.meanAbsoluteError} min, bias ${m.etaUpdates.bias} min, over ${m.etaUpdates.samples} readings`);
  const bands = (rows: Record<string, EtaError>) => Object.entries(rows).map(([k, e]) => `${k}: ${e.meanAbsoluteError} (bias ${e.bias}, ${e.samples})`).join('; ');
  print(`  its error by the wait that followed (min): ${bands(m.etaByWait)}`);
  print(`  its error by the tickets waiting in the department at issue: ${bands(m.etaByQueue)}`);
}
