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
}

export interface EtaError { samples: number; meanAbsoluteError: number; bias: number }

function etaError(errors: readonly number[]): EtaError {
  return { samples: errors.length, meanAbsoluteError: round(mean(errors.map(Math.abs))), bias: round(mean(errors)) };
}

function waits(visits: Visit[]): Waits {
  const w = visits.filter((v) => v.calledAt !== undefined).map((v) => v.calledAt! - v.issuedAt);
  return { tickets: visits.length, p50: round(quantile(w, 0.5)), p90: round(quantile(w, 0.9)), max: round(Math.max(...w)) };
}

function grouped(visits: Visit[], key: (v: Visit) => string): Record<string, Waits> {
  const groups = new Map<string, Visit[]>();
  for (const v of visits) groups.set(key(v), [...(groups.get(key(v)) ?? []), v]);
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, vs]) => [k, waits(vs)]));
}

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
  const departments = [...new Set(withEta.map((v) => v.departmentCode))].sort();
  const updateErrors = day.etaUpdates.filter((u) => u.visit.calledAt !== undefined).map((u) => u.etaMinutes * etaScale - (u.visit.calledAt! - u.at));
  return {
    issued: day.visits.length,
    called: called.length,
    served: day.visits.filter((v) => v.outcome === 'served' || v.outcome === 'transferred_and_served').length,
    noShows: day.visits.filter((v) => v.outcome === 'no_show').length,
    transferred: day.visits.filter((v) => v.transferred).length,
    stillWaiting: day.stillWaiting,
    waitsByDepartment: grouped(day.visits, (v) => v.departmentCode),
    waitsByPriority: grouped(day.visits, (v) => v.priority ?? 'normal'),
    longestNormalWait: round(Math.max(0, ...normal)),
    meanWait: round(mean(called.map((v) => v.calledAt! - v.issuedAt))),
    withinTarget: day.withinTarget,
    etaMeanAbsoluteError: round(mean(etaErrors.map(Math.abs))),
    etaBias: round(mean(etaErrors)),
    etaSamples: withEta.length,
    etaUpdates: etaError(updateErrors),
    etaByDepartment: Object.fromEntries(departments.map((code) => [code, etaError(withEta.filter((v) => v.departmentCode === code).map(errorOf))])),
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
}
