// Reading the audit log: the entries of business days from..to (the center's time zone), filtered
// by username, counter number and action (or its family), newest first, as JSON or as CSV.
import { actionLabel, detailText, type AuditEntry, type AuditExportQuery, type AuditLog, type AuditQuery } from '@motcua/protocol';
import { dayStart, nextDay } from '../domain/business-day.ts';
import type { AuditRow } from '../store/audit.ts';
import type { Store } from '../store/index.ts';
import { assertRange, csvTable } from './reports.ts';

/** Entries answered at most: beyond, `truncated` asks for narrower filters. */
export const AUDIT_LIMIT = 5000;

export class AuditService {
  constructor(
    private readonly store: Pick<Store, 'audit'>,
    private readonly timeZone: () => string,
  ) {}

  search({ from, to, user, counter, action }: AuditQuery): AuditLog {
    assertRange(from, to);
    const zone = this.timeZone();
    const rows = this.store.audit.search({
      from: dayStart(from, zone).getTime(), to: dayStart(nextDay(to), zone).getTime(), user, counter, action, limit: AUDIT_LIMIT + 1,
    });
    return { entries: rows.slice(0, AUDIT_LIMIT).map(toEntry), truncated: rows.length > AUDIT_LIMIT };
  }
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    at: new Date(r.at).toISOString(),
    actor: r.username ?? r.deviceName ?? (r.action.startsWith('province.') ? 'province' : '?'),
    ...(r.username !== null && r.deviceName !== null ? { device: r.deviceName } : {}),
    action: r.action,
    ...(r.ticketNumber !== null ? { ticketNumber: String(r.ticketNumber) } : {}),
    ...(r.counterNumber !== null ? { counterNumber: r.counterNumber } : {}),
    detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {},
  };
}

/**
 * CSV with a BOM: one line per entry, the action's code and the particulars as JSON text (where tools
 * read them), then both in words in the language asked for, as the Nhật ký page words them.
 */
export function auditCsv(query: AuditExportQuery, log: AuditLog): string {
  const lang = query.lang ?? 'vi';
  const head = [
    'Thời điểm / At', 'Người thực hiện / Actor', 'Thiết bị / Device', 'Thao tác / Action', 'Số phiếu / Ticket', 'Quầy / Counter', 'Chi tiết / Detail',
    'Thao tác (diễn giải) / Action (words)', 'Chi tiết (diễn giải) / Detail (words)',
  ];
  const rows = log.entries.map((e) => [
    e.at, e.actor, e.device ?? null, e.action, e.ticketNumber ?? null, e.counterNumber ?? null, JSON.stringify(e.detail),
    actionLabel(e.action)[lang], detailText(e.detail, lang),
  ]);
  return `\uFEFF${csvTable([[`Nhật ký / Audit log ${query.from} – ${query.to}`], head, ...rows])}\r\n`;
}
