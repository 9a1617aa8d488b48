// Supervision (supervisor, admin): the live dashboard and device states (/api/dashboard,
// /api/devices/status), reports with exports (/api/reports/**), the contract's /api/stats, and the
// audit log (/api/audit, also as CSV).
import Type from 'typebox';
import { AppointmentReport } from '../shapes/appointments.ts';
import { Ok } from '../shapes/common.ts';
import { AuditExportQuery, AuditLog, AuditQuery, Dashboard, DayRange, DeviceStatusList, HelpRequest, HelpRequestParams, HelpRequestQuery, Report, ReportExportQuery, Stats } from '../shapes/supervision.ts';
import { defineRoutes } from './spec.ts';

const managers = { roles: ['supervisor', 'admin'], tags: ['supervisor'] } as const;
const reports = { ...managers, tags: ['reports'], query: DayRange } as const;

export const supervisionRoutes = defineRoutes({
  'GET /api/dashboard': {
    ...managers, answer: Dashboard,
    summary: 'Live figures per department and service (waiting, longest wait, over target, served and no-shows today), counters with officers and pause reasons, alerts over target, devices',
  },
  'POST /api/kiosk/help': {
    roles: ['kiosk'], tags: ['kiosk'], status: 201, query: HelpRequestQuery, answer: HelpRequest, refusals: [404],
    summary: 'A citizen at the kiosk pressed "Gọi nhân viên / Call staff": an alert with the kiosk\'s name on every supervisor dashboard (`help:requested`) until dismissed. A kiosk has one open alert at a time: pressing again answers the same one. Alerts live in memory: the kiosk sends its open call again (`?again=<id>`) when its socket reconnects, so one a restart forgot is raised anew, and one dismissed meanwhile answers 404',
  },
  'POST /api/dashboard/help/:id/dismiss': {
    ...managers, params: HelpRequestParams, answer: Ok, refusals: [404],
    summary: 'Someone went to the kiosk: the alert leaves every dashboard, and the kiosk stops saying staff are on their way (`help:dismissed`)',
  },
  'GET /api/devices/status': {
    ...managers, answer: DeviceStatusList,
    summary: 'Every active device key and printer with its state (online, offline, error) and since when',
  },
  'GET /api/stats': {
    ...reports, answer: Stats,
    summary: 'Per department and service for business days from..to: issued, served, no-show, waits and service times (seconds, nearest-rank percentiles), ratings',
  },
  'GET /api/reports': {
    ...reports, answer: Report,
    summary: 'Report for business days from..to: by department, service, counter and officer, and by hour of day (center time zone); times in seconds',
  },
  'GET /api/reports/export': {
    ...reports, query: ReportExportQuery, file: true,
    answer: Type.Unsafe<string | Uint8Array>({ type: 'string', format: 'binary', description: 'The CSV or XLSX file' }),
    summary: 'The same report as a file: CSV (UTF-8 with BOM, times in seconds) or XLSX (times in minutes)',
  },
  'GET /api/reports/appointments': {
    ...reports, answer: AppointmentReport,
    summary: 'Appointments per business day and service for from..to: booked, cancelled, checked in, no-shows, and the wait from the slot\'s start to the call (seconds)',
  },
  'GET /api/audit': {
    ...managers, query: AuditQuery, answer: AuditLog,
    summary: 'The audit log of business days from..to, newest first: who did what, at which counter, to which ticket; filtered by username, counter number, action or its family',
  },
  'GET /api/audit/export': {
    ...managers, query: AuditExportQuery, file: true,
    answer: Type.Unsafe<string>({ type: 'string', format: 'binary', description: 'The CSV file' }),
    summary: 'The same audit log as CSV (UTF-8 with BOM; text that a spreadsheet would run as a formula is written as text)',
    description: 'Columns: at, actor, device, action (its code, e.g. `ticket.call`), ticket, counter, detail (JSON), then the action and the detail in words in `lang` (default `vi`: "Gọi số", "số: 4004 · từ: đang chờ"), as the Nhật ký page shows them. The code and JSON columns stay where they were, for tools that read the file.',
  },
});
