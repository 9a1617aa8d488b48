// Reports for a date range: figures by department, service, counter, officer, kind of visit and
// procedure (the top 20), and by hour of day (GET /api/reports), the figures of GET /api/stats;
// exported as CSV (UTF-8 with BOM, so spreadsheets keep Vietnamese) or XLSX.
import type { Clock } from '../domain/business-day.ts';
import { invalid } from '../domain/errors.ts';
import { byHour, reportFigures, type ReportFact } from '../domain/reports.ts';
import { figures, groupBy } from '../domain/stats.ts';
import { PROCEDURE_KINDS, REPORT_GROUPS, VISIT_KIND_LABELS, type LocalizedText, type Report, type ReportFigures, type ReportGroup, type ReportRow, type RouteAnswer } from '@motcua/protocol';
import type { Store } from '../store/index.ts';
import type { QueueService } from './queue/index.ts';
import { staffingReport } from './staffing-report.ts';

export const MAX_REPORT_DAYS = 366;
/** How many procedures a report lists: those with the most tickets issued. */
export const TOP_PROCEDURES = 20;
/** Kinds of visit as report rows 1–4: the procedure kinds, then tickets chosen by service. */
const VISIT_KINDS = [...PROCEDURE_KINDS, 'service'] as const;

export class ReportService {
  constructor(
    private readonly store: Pick<Store, 'stats' | 'admin' | 'procedures' | 'audit'>,
    private readonly queue: QueueService,
    private readonly clock: Clock,
  ) {}

  /** GET /api/stats: the figures of the domain, grouped by department and service of the catalog. */
  stats(from: string, to: string): RouteAnswer<'GET /api/stats'> {
    assertRange(from, to);
    const facts = this.store.stats.facts(from, to);
    const byDepartment = groupBy(facts, (f) => f.departmentId);
    const byService = groupBy(facts, (f) => f.serviceId);
    const { departments, services } = this.queue.catalog.data;
    return {
      from, to,
      departments: departments.map((d) => ({
        departmentId: d.id, code: d.code, name: d.name, ...figures(byDepartment.get(d.id) ?? []),
        services: services.filter((s) => s.departmentId === d.id).map((s) => ({ serviceId: s.id, code: s.code, name: s.name, ...figures(byService.get(s.id) ?? []) })),
      })),
    };
  }

  report(from: string, to: string): Report {
    assertRange(from, to);
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_REPORT_DAYS) throw invalid('range_too_long', `A report covers at most ${MAX_REPORT_DAYS} days: choose a shorter range.`);
    const facts = this.store.stats.facts(from, to);
    const names = this.store.admin.reportNames();
    const { departments, services } = this.queue.catalog.data;
    const timeZone = this.queue.settings.center.timeZone;
    const rule = { officerRatingsInIndex: this.queue.settings.center.officerRatingsInIndex ?? false };

    /** One row per id: the catalog's first (even without tickets), then any other id with tickets. */
    const rows = (key: (f: ReportFact) => number | null, current: number[], describe: (id: number) => Omit<ReportRow, keyof ReportFigures | 'id'>): ReportRow[] => {
      const groups = groupBy(facts.filter((f) => key(f) !== null), (f) => key(f)!);
      const ids = [...new Set([...current, ...[...groups.keys()].sort((a, b) => a - b)])];
      return ids.map((id) => ({ id, ...describe(id), ...reportFigures(groups.get(id) ?? [], rule) }));
    };
    const procedureOf = new Map([...new Set(facts.map((f) => f.procedureCode))].flatMap((code) => {
      const p = code === null ? undefined : this.store.procedures.byCode(code);
      return p ? [[p.code, p] as const] : [];
    }));
    const procedureIds = new Map([...procedureOf.values()].map((p) => [p.id, p]));
    const departmentLabel = (id: number) => departments.find((d) => d.id === id)?.name ?? { vi: `Phòng ban ${id}`, en: `Department ${id}` };

    return {
      from, to, timeZone,
      total: reportFigures(facts, rule),
      departments: rows((f) => f.departmentId, departments.map((d) => d.id), (id) => ({
        code: departments.find((d) => d.id === id)?.code ?? String(id), label: departmentLabel(id), departmentId: id,
      })),
      services: rows((f) => f.serviceId, services.map((s) => s.id), (id) => {
        const s = names.services.get(id);
        return { code: s?.code ?? String(id), label: s?.name ?? { vi: `Lĩnh vực ${id}`, en: `Service ${id}` }, departmentId: s?.departmentId ?? null };
      }),
      counters: rows((f) => f.counterId, [], (id) => {
        const c = names.counters.get(id);
        const number = c?.number ?? id;
        return { code: String(number), label: { vi: `Quầy ${number}`, en: `Counter ${number}` }, departmentId: c?.departmentId ?? null };
      }),
      officers: rows((f) => f.officerId, [], (id) => {
        const u = names.users.get(id);
        const name = u?.displayName ?? u?.username ?? `#${id}`;
        return { code: u?.username ?? String(id), label: { vi: name, en: name }, departmentId: null };
      }),
      kinds: rows((f) => VISIT_KINDS.indexOf(f.kind ?? 'service') + 1, VISIT_KINDS.map((_, i) => i + 1), (id) => ({
        code: VISIT_KINDS[id - 1]!, label: VISIT_KIND_LABELS[VISIT_KINDS[id - 1]!], departmentId: null,
      })),
      procedures: rows((f) => (f.procedureCode === null ? null : procedureOf.get(f.procedureCode)?.id ?? null), [], (id) => {
        const p = procedureIds.get(id)!;
        return { code: p.code, label: p.name, departmentId: p.departmentId };
      }).sort((a, b) => b.issued - a.issued || a.code.localeCompare(b.code)).slice(0, TOP_PROCEDURES),
      hours: byHour(facts, timeZone),
      staffing: staffingReport(this.store, this.queue, from, to, this.clock().getTime()),
    };
  }
}

export function assertRange(from: string, to: string): void {
  if (from > to) throw invalid('bad_range', `"from" (${from}) is after "to" (${to}).`);
}

// ---------------------------------------------------------------- exports

type Kind = 'count' | 'seconds' | 'share' | 'index';
interface Column { header: LocalizedText; kind: Kind; value(r: ReportFigures): number | null }

const COLUMNS: Column[] = [
  { header: { vi: 'Số phát ra', en: 'Issued' }, kind: 'count', value: (r) => r.issued },
  { header: { vi: 'Đã gọi', en: 'Called' }, kind: 'count', value: (r) => r.called },
  { header: { vi: 'Đã phục vụ', en: 'Served' }, kind: 'count', value: (r) => r.served },
  { header: { vi: 'Vắng mặt', en: 'No-show' }, kind: 'count', value: (r) => r.noShow },
  { header: { vi: 'Chuyển', en: 'Transferred' }, kind: 'count', value: (r) => r.transferred },
  { header: { vi: 'Hết hạn', en: 'Expired' }, kind: 'count', value: (r) => r.expired },
  { header: { vi: 'Chờ P50', en: 'Wait P50' }, kind: 'seconds', value: (r) => r.waitP50 },
  { header: { vi: 'Chờ P90', en: 'Wait P90' }, kind: 'seconds', value: (r) => r.waitP90 },
  { header: { vi: 'Chờ lâu nhất', en: 'Wait max' }, kind: 'seconds', value: (r) => r.waitMax },
  { header: { vi: 'Phục vụ P50', en: 'Service P50' }, kind: 'seconds', value: (r) => r.serviceP50 },
  { header: { vi: 'Phục vụ P90', en: 'Service P90' }, kind: 'seconds', value: (r) => r.serviceP90 },
  { header: { vi: 'Trong chỉ tiêu', en: 'Within target' }, kind: 'share', value: (r) => r.withinTarget },
  { header: { vi: 'Rất hài lòng', en: 'Very satisfied' }, kind: 'count', value: (r) => r.ratings['4'] },
  { header: { vi: 'Hài lòng', en: 'Satisfied' }, kind: 'count', value: (r) => r.ratings['3'] },
  { header: { vi: 'Bình thường', en: 'Neutral' }, kind: 'count', value: (r) => r.ratings['2'] },
  { header: { vi: 'Không hài lòng', en: 'Dissatisfied' }, kind: 'count', value: (r) => r.ratings['1'] },
  { header: { vi: 'Chỉ số hài lòng (0–100)', en: 'Satisfaction index (0–100)' }, kind: 'index', value: (r) => r.satisfaction },
];

export const GROUP_LABELS: Record<ReportGroup | 'total', LocalizedText> = {
  total: { vi: 'Toàn trung tâm', en: 'Whole center' },
  departments: { vi: 'Phòng ban', en: 'Department' },
  services: { vi: 'Lĩnh vực', en: 'Service' },
  counters: { vi: 'Quầy', en: 'Counter' },
  officers: { vi: 'Cán bộ', en: 'Officer' },
  kinds: { vi: 'Loại lượt đến', en: 'Kind of visit' },
  procedures: { vi: 'Thủ tục', en: 'Procedure' },
};

interface Line { group: ReportGroup | 'total'; code: string; label: LocalizedText; figures: ReportFigures }

function lines(report: Report): Line[] {
  return [
    { group: 'total', code: '', label: GROUP_LABELS.total, figures: report.total },
    ...REPORT_GROUPS.flatMap((group) => report[group].map((r) => ({ group, code: r.code, label: r.label, figures: r }))),
  ];
}

const bilingual = (t: LocalizedText) => (t.vi === t.en ? t.vi : `${t.vi} / ${t.en}`);
const secondsUnit = (c: Column) => (c.kind === 'seconds' ? ' (giây / s)' : c.kind === 'share' ? ' (%)' : '');

/**
 * One CSV cell. Text starting with = + - @, a tab or a carriage return would run as a formula in a
 * spreadsheet (=HYPERLINK(…), @SUM(…)): it is prefixed with an apostrophe, so it reads as text.
 */
function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\r\n;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a BOM: the groups' table, a blank line, then the hours' table. Times in seconds. */
export function reportCsv(report: Report): string {
  const head = ['Nhóm / Group', 'Mã / Code', 'Tên / Name', ...COLUMNS.map((c) => bilingual(c.header) + secondsUnit(c))];
  const body = lines(report).map((l) => [bilingual(GROUP_LABELS[l.group]), l.code, l.label.vi, ...COLUMNS.map((c) => {
    const v = c.value(l.figures);
    return c.kind === 'share' && v !== null ? Math.round(v * 1000) / 10 : v;
  })]);
  const hours = [['Giờ / Hour', 'Lượt đến / Arrivals', 'Chờ P50 / Wait P50 (giây / s)', 'Chờ P90 / Wait P90 (giây / s)'],
    ...report.hours.map((h) => [h.hour, h.arrivals, h.waitP50, h.waitP90])];
  return `\uFEFF${csvTable([[`Báo cáo / Report ${report.from} – ${report.to}`], head, ...body])}\r\n\r\n${csvTable(hours)}\r\n\r\n${csvTable(staffingRows(report))}\r\n`;
}

const STAFFING_HEAD = ['Phòng ban / Department', 'Giờ / Hour', 'Lượt đến / Arrivals', 'Dự báo lượt đến / Forecast arrivals', 'Số quầy cần / Counters needed', 'Số quầy mở / Counters open'];

/** The staffing table: a row per department and hour (means per day of the range). */
function staffingRows(report: Report): (string | number)[][] {
  return [STAFFING_HEAD, ...report.staffing.flatMap((d) => d.hours.map((h) => [d.code, h.hour, h.arrivals, h.forecastArrivals, h.countersNeeded, h.countersOpen]))];
}

/** Rows of CSV cells, CRLF between them. */
export function csvTable(rows: (string | number | null)[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
}

/** Durations in an XLSX are minutes (seconds / 60, unrounded), shown with one decimal. */
const XLSX_MINUTES = '0.0';
const minutes = (seconds: number | null) => (seconds === null ? null : seconds / 60);

/** An XLSX workbook: sheet "Báo cáo" (every group) and sheet "Theo giờ" (hours). */
export async function reportXlsx(report: Report): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use: it weighs about 28 MB
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const sheet = wb.addWorksheet('Báo cáo');
  sheet.addRow([`Báo cáo / Report ${report.from} – ${report.to} (${report.timeZone})`]).font = { bold: true, size: 14 };
  const head = sheet.addRow(['Nhóm / Group', 'Mã / Code', 'Tên / Name', ...COLUMNS.map((c) => bilingual(c.header) + (c.kind === 'seconds' ? ' (phút / min)' : ''))]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  for (const l of lines(report)) {
    const row = sheet.addRow([bilingual(GROUP_LABELS[l.group]), l.code, l.label.vi, ...COLUMNS.map((c) => {
      const v = c.value(l.figures);
      return c.kind === 'seconds' ? minutes(v) : v;
    })]);
    COLUMNS.forEach((c, i) => {
      const cell = row.getCell(4 + i);
      if (c.kind === 'seconds') cell.numFmt = XLSX_MINUTES;
      if (c.kind === 'share') cell.numFmt = '0.0%';
    });
  }
  sheet.columns.forEach((col, i) => {
    col.width = i === 2 ? 36 : i < 2 ? 16 : 13;
  });
  sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: 2 }];

  const hours = wb.addWorksheet('Theo giờ');
  hours.addRow(['Giờ / Hour', 'Lượt đến / Arrivals', 'Chờ P50 / Wait P50 (phút / min)', 'Chờ P90 / Wait P90 (phút / min)']).font = { bold: true };
  for (const h of report.hours) {
    const row = hours.addRow([h.hour, h.arrivals, minutes(h.waitP50), minutes(h.waitP90)]);
    row.getCell(3).numFmt = XLSX_MINUTES;
    row.getCell(4).numFmt = XLSX_MINUTES;
  }
  hours.columns.forEach((col) => {
    col.width = 20;
  });

  const staffing = wb.addWorksheet('Số quầy');
  const [staffingHead, ...staffingBody] = staffingRows(report);
  staffing.addRow(staffingHead!).font = { bold: true };
  for (const row of staffingBody) staffing.addRow(row);
  staffing.columns.forEach((col) => {
    col.width = 22;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
