// The supervisor's live dashboard and device states, the reports, and GET /api/stats.
import Type, { type Static } from 'typebox';
import { BookedHours } from './appointments.ts';
import { Day, DeviceKind, Lang, DeviceState, literals, LocalizedText, Nullable, PauseReason, PriorityGroup, RatingCounts, CounterState } from './common.ts';

const Seconds = Nullable(Type.Integer());

/** One device as the dashboard shows it; fed by socket connections, printouts and the device hub (agents and their devices). */
export const DeviceStatus = Type.Object({
  key: Type.String({ description: '`device:<id>` for a keyed device, `printer:<name>` for a printer, `hid:<agentId>:<name>` for a keypad or rating box an agent drives' }),
  kind: Type.Union([DeviceKind, literals(['printer', 'keypad', 'rating'] as const)]),
  name: Type.String(),
  state: DeviceState,
  since: Nullable(Type.String(), { description: 'Since when this state holds (ISO), when known' }),
  detail: Type.Optional(Type.String({ description: 'What is wrong (paper out, cover open, …) or the last event, in words' })),
});
export type DeviceStatus = Static<typeof DeviceStatus>;
export const DeviceStatusList = Type.Object({ devices: Type.Array(DeviceStatus) });
export type DeviceStatusList = Static<typeof DeviceStatusList>;

const dashboardFigures = {
  waiting: Type.Integer(),
  longestWaitSeconds: Nullable(Type.Integer(), { description: 'Seconds the longest-waiting ticket has waited' }),
  overTarget: Type.Integer({ description: 'Tickets waiting longer than their service target' }),
  served: Type.Integer(), noShow: Type.Integer(),
};
export const DashboardFigures = Type.Object(dashboardFigures);
export type DashboardFigures = Static<typeof DashboardFigures>;
export const DashboardService = Type.Object({ id: Type.Integer(), code: Type.String(), name: LocalizedText, targetWaitMinutes: Type.Integer(), ...dashboardFigures });
export type DashboardService = Static<typeof DashboardService>;
export const DashboardDepartment = Type.Object({
  id: Type.Integer(), code: Type.String(), name: LocalizedText, ...dashboardFigures, countersOpen: Type.Integer(), countersPaused: Type.Integer(),
  services: Type.Array(DashboardService),
});
export type DashboardDepartment = Static<typeof DashboardDepartment>;
export const DashboardCounter = Type.Object({
  id: Type.Integer(), number: Type.Integer(), name: Type.String(), departmentId: Type.Integer(), state: CounterState,
  pauseReason: Nullable(PauseReason), officer: Nullable(Type.String()), current: Nullable(Type.String(), { description: 'The number in hand' }),
  pauseNote: Type.Optional(Type.String({ description: 'While paused: the note the officer typed with the reason' })),
});
export type DashboardCounter = Static<typeof DashboardCounter>;
export const WaitAlert = Type.Object({
  ticketId: Type.Integer(), number: Type.String(), departmentCode: Type.String(), serviceId: Type.Integer(), serviceName: LocalizedText,
  priority: Nullable(PriorityGroup), waitedSeconds: Type.Integer(), targetMinutes: Type.Integer(),
});
export type WaitAlert = Static<typeof WaitAlert>;
export const StaffingHour = Type.Object({
  hour: Type.Integer({ minimum: 0, maximum: 23, description: 'Hour of the day in the center\'s time zone' }),
  arrivals: Type.Number({ description: 'Tickets expected in that hour: the same weekday of the last 4 weeks, scaled by how today is going' }),
  countersNeeded: Type.Integer({ description: 'Counters that keep the p90 wait under the target at that load (Erlang C)' }),
});
export type StaffingHour = Static<typeof StaffingHour>;
export const StaffingAdvice = Type.Object({
  departmentId: Type.Integer(), code: Type.String(),
  targetWaitMinutes: Type.Integer({ description: 'The strictest service target of the department' }),
  meanServiceSeconds: Type.Integer({ description: 'Mean service time of the department over the same weeks (300 s when none was measured)' }),
  countersOpen: Type.Integer(),
  hours: Type.Array(StaffingHour, { description: 'From the hour under way, for up to 6 hours' }),
});
export type StaffingAdvice = Static<typeof StaffingAdvice>;
export const HelpRequest = Type.Object({
  id: Type.Integer(),
  deviceId: Type.Integer(),
  device: Type.String({ description: 'The kiosk\'s name, as the administrator named its key' }),
  at: Type.String({ format: 'date-time' }),
});
export type HelpRequest = Static<typeof HelpRequest>;
export const HelpRequestParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const HelpRequestQuery = Type.Object({
  again: Type.Optional(Type.Integer({ minimum: 1, description: 'The id of the call the kiosk still shows, sent again after its socket reconnected: 404 `help_request_not_found` when this server had it dismissed meanwhile; a call from before a restart (ids grow across restarts) is raised anew' })),
}, { additionalProperties: false });
export const Dashboard = Type.Object({
  serverTime: Type.String(), businessDay: Type.String(),
  total: DashboardFigures,
  departments: Type.Array(DashboardDepartment),
  counters: Type.Array(DashboardCounter),
  alerts: Type.Array(WaitAlert, { description: 'Tickets over their target, longest wait first' }),
  devices: Type.Array(DeviceStatus),
  staffing: Type.Array(StaffingAdvice, { description: 'Per department, the counters needed in the hours ahead beside those open now' }),
  helpRequests: Type.Array(HelpRequest, { description: 'Citizens at a kiosk who pressed "Gọi nhân viên / Call staff", oldest first, until a supervisor dismisses them' }),
  diskFullSince: Type.Optional(Type.String({ format: 'date-time', description: 'The server\'s disk is full since then: writes fail with 507 disk_full until space is freed' })),
  bookedHours: Type.Optional(BookedHours),
});
export type Dashboard = Static<typeof Dashboard>;

export const DayRange = Type.Object({ from: Day, to: Day }, { additionalProperties: false });
export type DayRange = Static<typeof DayRange>;
export const ReportExportQuery = Type.Object({ from: Day, to: Day, format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]) }, { additionalProperties: false });

const reportFigures = {
  issued: Type.Integer({ description: 'Tickets issued at a kiosk (transfers not counted again)' }),
  called: Type.Integer({ description: 'Tickets called at a counter (first calls and transferred tickets)' }),
  served: Type.Integer(), noShow: Type.Integer(), transferred: Type.Integer(), expired: Type.Integer(),
  waitP50: Nullable(Type.Integer(), { description: 'Seconds from joining the line to the call: nearest-rank percentiles and maximum' }),
  waitP90: Seconds, waitMax: Seconds,
  serviceP50: Nullable(Type.Integer(), { description: 'Seconds from the start of service (or the call) to the finish' }),
  serviceP90: Seconds,
  withinTarget: Nullable(Type.Number({ description: 'Share 0–1 of served tickets called within the service target' })),
  ratings: RatingCounts,
  ratingsFive: Type.Optional(Type.Object({ 1: Type.Integer(), 2: Type.Integer(), 3: Type.Integer(), 4: Type.Integer(), 5: Type.Integer() }, { description: 'Ratings given on the 5-level scale (5 = rất hài lòng), when any; `ratings` counts those of the 4-level scale' })),
  ratingsByCitizens: Type.Integer({ description: 'Ratings entered on the citizen\'s rating box or tablet' }),
  ratingsByOfficers: Type.Integer({ description: 'Ratings an officer entered on the console: left out of the satisfaction index unless the center setting officerRatingsInIndex' }),
  satisfaction: Nullable(Type.Number({ description: 'Mean rating mapped to 0–100 (the lowest level → 0, the highest → 100, on each rating\'s scale), one decimal; officer-entered ratings only with officerRatingsInIndex' })),
};
export const ReportFigures = Type.Object(reportFigures);
export type ReportFigures = Static<typeof ReportFigures>;
export const ReportRow = Type.Object({
  id: Type.Integer(),
  code: Type.String({ description: 'Department or service code, counter number, or username' }),
  label: LocalizedText, departmentId: Nullable(Type.Integer()), ...reportFigures,
});
export type ReportRow = Static<typeof ReportRow>;
export const ReportHour = Type.Object({
  hour: Type.Integer({ description: 'Hour of day in the center\'s time zone, 0–23' }),
  arrivals: Type.Integer(),
  waitP50: Nullable(Type.Integer(), { description: 'Waits of the tickets that joined a line in this hour' }),
  waitP90: Seconds,
});
export type ReportHour = Static<typeof ReportHour>;
export const ReportStaffingHour = Type.Object({
  hour: Type.Integer({ minimum: 0, maximum: 23, description: 'Hour of day in the center\'s time zone' }),
  arrivals: Type.Number({ description: 'Tickets issued at the kiosks in that hour (transfers left out), mean per day of the range with tickets' }),
  forecastArrivals: Type.Number({ description: 'What the staffing advice expected before the day began: the same weekday of the 4 weeks before, mean per day' }),
  countersNeeded: Type.Number({ description: 'Counters that keep the p90 wait under the target at the forecast arrivals (Erlang C), mean per day' }),
  countersOpen: Type.Number({ description: 'Counters actually open (with an officer, not paused) through the hour, mean per day' }),
});
export type ReportStaffingHour = Static<typeof ReportStaffingHour>;
export const ReportStaffing = Type.Object({
  departmentId: Type.Integer(), code: Type.String(), label: LocalizedText,
  targetWaitMinutes: Type.Integer({ description: 'The strictest service target of the department' }),
  meanServiceSeconds: Type.Integer({ description: 'Mean service time of the department over the range (300 s when none was measured)' }),
  hours: Type.Array(ReportStaffingHour, { description: 'The hours of day with tickets, a forecast or a counter open on any day of the range' }),
});
export type ReportStaffing = Static<typeof ReportStaffing>;
export const REPORT_GROUPS = ['departments', 'services', 'counters', 'officers', 'kinds', 'procedures'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];
export const Report = Type.Object({
  from: Type.String(), to: Type.String(), timeZone: Type.String(),
  total: ReportFigures,
  departments: Type.Array(ReportRow), services: Type.Array(ReportRow), counters: Type.Array(ReportRow), officers: Type.Array(ReportRow),
  kinds: Type.Array(ReportRow, { description: 'By kind of visit (code submit, return, guidance; service: chosen by service without a procedure)' }),
  procedures: Type.Array(ReportRow, { description: 'The 20 procedures with the most tickets issued (code: the national procedure code)' }),
  hours: Type.Array(ReportHour),
  staffing: Type.Array(ReportStaffing, { description: 'Staffing advice against what was open: per department and hour of day, the arrivals forecast, the counters needed and the counters actually open' }),
});
export type Report = Static<typeof Report>;

const statsFigures = {
  issued: Type.Integer(), served: Type.Integer(), noShow: Type.Integer(), transferred: Type.Integer(), expired: Type.Integer(),
  waitP50: Nullable(Type.Integer(), { description: 'seconds from joining the line to the call, nearest-rank' }),
  waitP90: Seconds, waitMax: Seconds,
  serviceP50: Nullable(Type.Integer(), { description: 'seconds from the call (or start of service) to finish' }),
  serviceP90: Seconds,
  ratings: RatingCounts,
};
export const Stats = Type.Object({
  from: Type.String(), to: Type.String(),
  departments: Type.Array(Type.Object({
    departmentId: Type.Integer(), code: Type.String(), name: LocalizedText, ...statsFigures,
    services: Type.Array(Type.Object({ serviceId: Type.Integer(), code: Type.String(), name: LocalizedText, ...statsFigures })),
  })),
});
export type Stats = Static<typeof Stats>;

// ---------------------------------------------------------------- the audit log

export const AuditQuery = Type.Object({
  from: Day, to: Day,
  user: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'A username: what that user did (at the console, or by the keypad of their counter)' })),
  counter: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999, description: 'A counter number' })),
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z][a-z.-]*$', description: 'An action (`ticket.call`) or its family (`ticket`, `counter`, `auth`, `admin`, `supervisor`)' })),
}, { additionalProperties: false });
export type AuditQuery = Static<typeof AuditQuery>;
export const AuditExportQuery = Type.Object({
  ...AuditQuery.properties,
  lang: Type.Optional(Lang),
}, { additionalProperties: false, description: 'The audit query, and the language of the words columns (default vi)' });
export type AuditExportQuery = Static<typeof AuditExportQuery>;
export const AuditEntry = Type.Object({
  at: Type.String({ format: 'date-time' }),
  actor: Type.String({ description: 'Who did it: the username, or the device\'s name for a device alone; a keypad\'s action is the officer\'s at that counter' }),
  device: Type.Optional(Type.String({ description: 'The device it was done on (keypad, rating box, kiosk), when one' })),
  action: Type.String({ description: 'What was done, e.g. `ticket.call`, `counter.close`, `ticket.priority`, `auth.login.failed`' }),
  ticketNumber: Type.Optional(Type.String()),
  counterNumber: Type.Optional(Type.Integer()),
  detail: Type.Record(Type.String(), Type.Unknown(), { description: 'The action\'s particulars (the state it left, a reason, a score)' }),
});
export type AuditEntry = Static<typeof AuditEntry>;
export const AuditLog = Type.Object({
  entries: Type.Array(AuditEntry, { description: 'Newest first, at most 5,000' }),
  truncated: Type.Boolean({ description: 'More entries matched than were answered: narrow the filters' }),
});
export type AuditLog = Static<typeof AuditLog>;
