// A real day to replay instead of the modelled arrivals: a CSV with a header line and one row per
// citizen, columns `arrival` (HH:MM, local time), `department` (code, e.g. TP), `service` (code,
// e.g. LLTP), `priority` (empty, or elderly | disabled | pregnant | small_child | merit) and
// `serviceMinutes` (how long the counter took, a number). Extra columns are ignored.
import { readFileSync } from 'node:fs';
import { PRIORITY_GROUPS, type PriorityGroup } from '@motcua/protocol';

export interface ReplayArrival {
  /** Simulated minute of the day (420 = 07:00). */
  minute: number;
  departmentCode: string;
  serviceCode: string;
  priority: PriorityGroup | null;
  serviceMinutes: number;
}

const COLUMNS = ['arrival', 'department', 'service', 'priority', 'serviceMinutes'] as const;

/** The rows of a replay file, in order of arrival; a bad row stops with its line and column named. */
export function parseReplay(text: string, source = 'replay file'): ReplayArrival[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const index = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = COLUMNS.filter((c) => index[c] < 0);
  if (missing.length > 0) throw new Error(`${source}: the header lacks ${missing.join(', ')} (columns: ${COLUMNS.join(', ')})`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',').map((c) => c.trim());
    const fail = (column: string, why: string): never => {
      throw new Error(`${source}, line ${i + 2}, ${column}: ${why}`);
    };
    const time = /^(\d{1,2}):(\d{2})$/.exec(cells[index.arrival] ?? '') ?? fail('arrival', 'not HH:MM');
    const priority = cells[index.priority] || null;
    if (priority !== null && !(PRIORITY_GROUPS as readonly string[]).includes(priority)) fail('priority', `not one of ${PRIORITY_GROUPS.join(', ')}`);
    const serviceMinutes = Number(cells[index.serviceMinutes]);
    if (!(serviceMinutes > 0)) fail('serviceMinutes', 'not a positive number');
    return {
      minute: Number(time[1]) * 60 + Number(time[2]),
      departmentCode: cells[index.department] || fail('department', 'empty'),
      serviceCode: cells[index.service] || fail('service', 'empty'),
      priority: priority as PriorityGroup | null,
      serviceMinutes,
    };
  }).sort((a, b) => a.minute - b.minute);
}

export function readReplay(file: string): ReplayArrival[] {
  return parseReplay(readFileSync(file, 'utf8'), file);
}
