// The protocol of the supervisor's dashboard, the reports and the administration (counter-ui's
// /counter/supervisor and /counter/admin). Types and constants only, like ./index.ts.
import type { BusinessHoursView, CounterState, LocalizedText, PauseReason, PriorityGroup, Role } from './index.ts';

// ---------------------------------------------------------------- administration

export const DEVICE_KINDS = ['kiosk', 'display', 'agent'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export interface CenterSettings {
  name: LocalizedText;
  timeZone: string;
  dialect: 'north' | 'south';
  englishAnnouncements: boolean;
  kioskPriorityStep: boolean;
  /** The line the wall display shows under the calls. */
  notice?: LocalizedText;
  businessHours?: BusinessHoursView;
}

export interface CallPolicySettings { maxPriorityPerNormal: number; agingMinutes: number; recallLimit: number }

export interface AdminServiceView { id: number; code: string; name: LocalizedText; targetWaitMinutes: number; dailyCap: number | null; enabled: boolean }
export interface AdminDepartmentView { id: number; code: string; name: LocalizedText; block: { start: number; end: number }; services: AdminServiceView[] }
export interface WorkProfileEntry { serviceId: number; weight: number }
export interface AdminCounterView {
  id: number; number: number; name: string; departmentId: number; services: WorkProfileEntry[];
  state: CounterState;
  /** Who works there now (display name), if anyone. */
  officer: string | null;
}
export interface AdminUserView { id: number; username: string; displayName: string | null; role: Role; departmentId: number | null }
export interface AdminDeviceView {
  id: number; kind: DeviceKind; name: string; counterId: number | null; createdAt: string; revokedAt: string | null;
  /** Sockets open with this key now. */
  connected: boolean;
  /** For a kiosk: the agent whose printer prints its tickets; null: the server's own printer (MOTCUA_PRINTER). */
  printAgentId: number | null;
}

export interface AdminView {
  center: CenterSettings;
  policy: CallPolicySettings;
  departments: AdminDepartmentView[];
  counters: AdminCounterView[];
  users: AdminUserView[];
  devices: AdminDeviceView[];
}

export interface ServiceFields { name: LocalizedText; targetWaitMinutes: number; dailyCap: number | null; enabled: boolean }
export interface NewServiceBody extends ServiceFields { departmentId: number; code: string }
export interface DepartmentFields { name: LocalizedText; block: { start: number; end: number } }
export interface NewDepartmentBody extends DepartmentFields { code: string; firstService: ServiceFields & { code: string } }
export interface CounterFields { name: string; departmentId: number; services: WorkProfileEntry[] }
export interface NewCounterBody extends CounterFields { number: number }
export interface UserFields { displayName: string; role: Role; departmentId: number | null }
export interface NewUserBody extends UserFields { username: string; password: string }
export interface PasswordBody { password: string }
export interface NewDeviceBody { name: string; kind: DeviceKind; counterId: number | null }
/** PUT /api/admin/devices/:id/print-agent: a kiosk prints through this agent (null: the server's own printer). */
export interface PrintAgentBody { agentId: number | null }
/** The key is shown once, here: only its hash is stored. */
export interface DeviceCreated { device: AdminDeviceView; key: string }

// ---------------------------------------------------------------- dashboard

export type DeviceState = 'online' | 'offline' | 'error' | 'unknown';

/** One device as the dashboard shows it; fed by socket connections, printouts and the device hub (agents and their devices). */
export interface DeviceStatus {
  /** `device:<id>` for a keyed device, `printer:<name>` for a printer, `hid:<agentId>:<name>` for a keypad or rating box an agent drives. */
  key: string;
  kind: DeviceKind | 'printer' | 'keypad' | 'rating';
  name: string;
  state: DeviceState;
  /** Since when this state holds (ISO), when known. */
  since: string | null;
  /** What is wrong (paper out, cover open, …) or the last event, in words. */
  detail?: string;
}

export interface DashboardFigures {
  waiting: number;
  /** Seconds the longest-waiting ticket has waited. */
  longestWaitSeconds: number | null;
  /** Tickets waiting longer than their service's target. */
  overTarget: number;
  served: number;
  noShow: number;
}
export interface DashboardService extends DashboardFigures { id: number; code: string; name: LocalizedText; targetWaitMinutes: number }
export interface DashboardDepartment extends DashboardFigures {
  id: number; code: string; name: LocalizedText;
  countersOpen: number; countersPaused: number;
  services: DashboardService[];
}
export interface DashboardCounter {
  id: number; number: number; name: string; departmentId: number; state: CounterState; pauseReason: PauseReason | null;
  officer: string | null;
  /** The number in hand. */
  current: string | null;
}
export interface WaitAlert {
  ticketId: number; number: string; departmentCode: string; serviceId: number; serviceName: LocalizedText;
  priority: PriorityGroup | null; waitedSeconds: number; targetMinutes: number;
}
export interface Dashboard {
  serverTime: string;
  businessDay: string;
  total: DashboardFigures;
  departments: DashboardDepartment[];
  counters: DashboardCounter[];
  /** Tickets over their target, longest wait first. */
  alerts: WaitAlert[];
  devices: DeviceStatus[];
}

// ---------------------------------------------------------------- reports

export interface RatingCounts { '1': number; '2': number; '3': number; '4': number }

export interface ReportFigures {
  /** Tickets issued at a kiosk (transfers not counted again). */
  issued: number;
  /** Tickets called at a counter (first calls and transferred tickets). */
  called: number;
  served: number;
  noShow: number;
  transferred: number;
  expired: number;
  /** Seconds from joining the line to the call: nearest-rank percentiles and maximum. */
  waitP50: number | null;
  waitP90: number | null;
  waitMax: number | null;
  /** Seconds from the start of service (or the call) to the finish. */
  serviceP50: number | null;
  serviceP90: number | null;
  /** Share (0–1) of served tickets called within their service's target wait. */
  withinTarget: number | null;
  ratings: RatingCounts;
  /** Mean rating mapped to 0–100 (1 → 0, 4 → 100), one decimal. */
  satisfaction: number | null;
}

export interface ReportRow extends ReportFigures {
  id: number;
  /** Department or service code, counter number, or username. */
  code: string;
  label: LocalizedText;
  departmentId: number | null;
}

export interface ReportHour {
  /** Hour of day in the center's time zone, 0–23. */
  hour: number;
  arrivals: number;
  /** Waits of the tickets that joined a line in this hour. */
  waitP50: number | null;
  waitP90: number | null;
}

export const REPORT_GROUPS = ['departments', 'services', 'counters', 'officers'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export interface Report extends Record<ReportGroup, ReportRow[]> {
  from: string;
  to: string;
  timeZone: string;
  total: ReportFigures;
  hours: ReportHour[];
}
