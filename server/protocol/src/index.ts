// The public protocol of motcua: REST bodies and Socket.IO events, shared by the server, every UI
// and the tests. Types and constants only: no Node imports, no runtime dependencies, so browsers
// can import it (`@motcua/server/protocol`). Validation schemas live in ./schemas.ts.
// Names follow ../../../CONTRACT.md (shared): extend, never rename.
import type { DeviceState } from './admin.ts';

export const PRIORITY_GROUPS = ['elderly', 'disabled', 'pregnant', 'small_child', 'merit'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const TICKET_STATUSES = [
  'waiting', 'called', 'serving', 'parked', 'done', 'no_show', 'transferred', 'expired',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const ROLES = ['officer', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const COUNTER_STATES = ['closed', 'open', 'paused'] as const;
export type CounterState = (typeof COUNTER_STATES)[number];

export const PAUSE_REASONS = ['lunch', 'meeting', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export type Lang = 'vi' | 'en';
export interface LocalizedText { vi: string; en: string }

/** Labels of the priority groups, as the kiosk and console show them. */
export const PRIORITY_LABELS: Record<PriorityGroup, LocalizedText> = {
  elderly: { vi: 'Người cao tuổi', en: 'Elderly person' },
  disabled: { vi: 'Người khuyết tật', en: 'Person with a disability' },
  pregnant: { vi: 'Phụ nữ mang thai', en: 'Pregnant woman' },
  small_child: { vi: 'Người có con nhỏ', en: 'Parent with a small child' },
  merit: { vi: 'Người có công với cách mạng', en: 'Person with revolutionary merit' },
};

/** Rating scores: 4 = rất hài lòng … 1 = không hài lòng. */
export const RATING_LABELS: Record<1 | 2 | 3 | 4, LocalizedText> = {
  4: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  3: { vi: 'Hài lòng', en: 'Satisfied' },
  2: { vi: 'Bình thường', en: 'Neutral' },
  1: { vi: 'Không hài lòng', en: 'Dissatisfied' },
};
export type RatingScore = 1 | 2 | 3 | 4;

// ---------------------------------------------------------------- REST

/** `message` in English; `messageVi` the same in Vietnamese where the server has it. */
export interface ErrorBody { error: { code: string; message: string; messageVi?: string } }

export interface Ticket {
  id: number;
  number: string;
  departmentId: number;
  departmentCode: string;
  serviceId: number;
  priority: PriorityGroup | null;
  status: TicketStatus;
  issuedAt: string;
  calledAt?: string;
  counterId?: number;
  trackCode: string;
  position?: number;
  etaMinutes?: number;
  // extensions
  counterNumber?: number;
  serviceName?: LocalizedText;
  recalls?: number;
  /** Why the call policy chose this ticket, when it was called. */
  callReason?: string;
  /** The same in Vietnamese. */
  callReasonVi?: string;
  /** Set when the ticket waits for one counter only (a transfer to a counter). */
  targetCounterId?: number;
  /** What happened to the printout: present on the answer to POST /api/tickets. */
  print?: PrintOutcome;
}

export interface PrintOutcome {
  status: 'printed' | 'failed' | 'pending' | 'none';
  reason?: string;
}

export interface CatalogService { id: number; code: string; name: LocalizedText; counterNumbers?: number[] }
export interface CatalogDepartment {
  id: number;
  code: string;
  name: LocalizedText;
  services: CatalogService[];
  waiting?: number;
}
export interface CatalogCounter { id: number; number: number; name: string; departmentId: number }
export interface Catalog {
  departments: CatalogDepartment[];
  counters: CatalogCounter[];
  center?: CenterInfo;
}
export interface CenterInfo {
  name: LocalizedText;
  timeZone: string;
  kioskPriorityStep: boolean;
  notice: LocalizedText;
  /** When the kiosk issues tickets (ISO weekdays 1 = Monday … 7 = Sunday); absent = always. */
  businessHours?: BusinessHoursView;
  /** Whether tickets are issued right now; when not, `opensAt` (ISO) says when issuing opens. */
  issuingOpen?: boolean;
  opensAt?: string;
}
export interface BusinessHoursView { days: number[]; opens: string; closes: string }

export interface LoginRequest { username: string; password: string }
export interface UserView {
  id: number;
  username: string;
  role: Role;
  displayName?: string;
  departmentId?: number | null;
}
export interface LoginResponse { token: string; user: UserView }

export interface IssueTicketRequest { serviceId: number; priority?: PriorityGroup; lang?: Lang }

export interface TrackView {
  number: string;
  status: TicketStatus;
  departmentCode: string;
  counterNumber?: number;
  position: number;
  etaMinutes: number;
  serviceName?: LocalizedText;
  departmentName?: LocalizedText;
}

export interface CallResponse { ticket: Ticket | null; reason: string; reasonVi?: string }
export interface TicketResponse { ticket: Ticket }
export interface TransferRequest { serviceId?: number; counterId?: number; toBack?: boolean }
export interface CallNumberRequest { number: string | number }
export interface PauseRequest { reason: PauseReason; note?: string }
export interface RatingRequest { score: RatingScore }

export interface AnnouncementPart { text: string; clips: string[] }
export interface AnnouncementPreview { vi: AnnouncementPart; en?: AnnouncementPart }

// ---------------------------------------------------------------- Socket.IO

/** A counter as every screen may see it: public fields only. */
export interface CounterView {
  id: number;
  number: number;
  name: string;
  departmentId: number;
  state: CounterState;
  current: { number: string; ticketId: number } | null;
  pauseReason?: PauseReason | null;
}

export interface Call {
  seq: number;
  ticketId: number;
  number: string;
  departmentCode: string;
  counterId: number;
  counterNumber: number;
  calledAt: string;
  recall: boolean;
  /** What a display says for this call: words and clip files (under /audio/), in the center's dialect. */
  announcement?: AnnouncementPreview;
}

export type WaitingCounts = Record<string, number>;

export interface QueueSnapshot {
  seq: number;
  counters: CounterView[];
  waiting: WaitingCounts;
  recentCalls: Call[];
  /** Server clock at the moment of the snapshot (ISO), for screens' clocks. */
  serverTime?: string;
  center?: CenterInfo;
}

export interface QueueChanged { seq: number; waiting: WaitingCounts }
export interface CounterChanged { seq: number; counter: CounterView }

/** An admin changed the catalog or the center settings: refetch GET /api/catalog (in the stream). */
export interface CatalogChanged { seq: number; center: CenterInfo }

/** A finished ticket the rating tablet of its counter asks the citizen to rate (`rating:open`). */
export interface RatingPrompt {
  ticketId: number;
  number: string;
  counterId: number;
  counterNumber: number;
  finishedAt: string;
}
/** A ticket was rated (`rating:closed`, to its counter's tablet and its officer). */
export interface RatingClosed { ticketId: number; number: string; score: RatingScore }

/** GET /api/me: who is signed in, the counter they work at, and the policy figures a console shows. */
export interface MeView { user: UserView; counterId: number | null; recallLimit: number }
/** GET /api/me/day: an officer's business day so far. */
export interface OfficerDay {
  businessDay: string;
  served: number;
  noShow: number;
  transferred: number;
  /** Mean seconds from start of service (or call) to finish, over the tickets served; null before the first. */
  averageServiceSeconds: number | null;
  ratings: { count: number; average: number | null; byScore: Record<RatingScore, number> };
}
/** GET /api/rating/prompt: the rating tablet's counter and the ticket it asks about, if any. */
export interface RatingTabletState {
  counter: { id: number; number: number; name: string };
  prompt: RatingPrompt | null;
}

/** What a call keypad asks (POST /api/keypad, with an agent key bound to the counter). `pause` pauses (reason other) or resumes a paused counter; `transfer` asks the console to open its transfer dialog. */
export const KEYPAD_ACTIONS = ['call-next', 'call', 'recall', 'no-show', 'finish', 'transfer', 'pause'] as const;
export type KeypadActionName = (typeof KEYPAD_ACTIONS)[number];
export interface KeypadRequest { action: KeypadActionName; number?: string }
/** What a counter's keypad did, or was refused (`keypad:action`, to its officer's console; also the answer to POST /api/keypad). */
export interface KeypadAction {
  counterId: number;
  /** The action done: the request's, except `resume` for a `pause` on a paused counter. */
  action: KeypadActionName | 'resume';
  ok: boolean;
  /** The ticket called, recalled, finished, marked no-show or to transfer; the typed number of a refused call. */
  number?: string;
  ticketId?: number;
  /** The refusal's error code, as in the HTTP error body. */
  code?: string;
  /** What happened, or why not and what to do, in English (like API errors)… */
  message: string;
  /** …and in Vietnamese (always when done; when refused, where the error has it). */
  messageVi?: string;
  at: string;
}

export interface PrintStatus {
  ticketId: number;
  number: string;
  status: 'printed' | 'failed';
  reason?: string;
}

// ---------------------------------------------------------------- device agents
// A device agent (key of kind `agent`) runs on the PC a printer, keypad or rating box is plugged
// into. It connects over Socket.IO with its key, says `device:hello` with its devices, reports
// `device:status` when they change (and every 30 s), and prints the `print:job`s of the kiosks an
// admin bound to it (devices[].printsThrough), answering each with `print:result`.

/** What a printed ticket shows, in the citizen's language: the agent renders it for its own paper (80 or 58 mm). */
export interface TicketPrintContent {
  centerName: string;
  departmentName: string;
  serviceName: string;
  number: string;
  /** The declared priority group, e.g. "Người có công với cách mạng"; omitted for a normal ticket. */
  priorityLabel?: string;
  peopleAhead: number;
  etaMinutes: number;
  /** ISO time of issue; printed as the center's wall clock in `timeZone`. */
  issuedAt: string;
  timeZone: string;
  counterNumbers: number[];
  trackUrl: string;
  footer?: string;
  lang: Lang;
}

/** `print:job`, server to agent (room `device:<agentId>`): print this ticket. */
export interface PrintJobRequest {
  jobId: string;
  ticketId: number;
  number: string;
  /** The kiosk that issued the ticket, if any. */
  kioskId: number | null;
  /** A printout asked again (POST /api/tickets/:id/reprint). */
  reprint: boolean;
  /** Start printing within this many ms of receiving the job, or answer failed (timeout) without printing: by then the kiosk shows the ticket on screen. */
  startWithinMs: number;
  content: TicketPrintContent;
}

/** `print:result`, agent to server, acknowledged with `{ ok }` once recorded; an agent resends it until acknowledged. On failure `reason` is "<code>: <message>", e.g. "paper_out: …". */
export interface PrintJobResult {
  jobId: string;
  ticketId: number;
  status: 'printed' | 'failed';
  reason?: string;
}

/** A device an agent drives, as it reports it: its printer, keypads and rating boxes. */
export interface AgentDevice {
  kind: 'printer' | 'keypad' | 'rating';
  /** The printer's description (e.g. "network printer 10.0.0.5:9100") or the HID device's configured name. */
  name: string;
  state: DeviceState;
  /** ISO time since this state holds. */
  since: string;
  /** What is wrong (paper out, cover open, …) or which device, in words. */
  detail?: string;
}

/** `device:hello`, agent to server on each (re)connection. */
export interface AgentHello {
  /** The agent's version and the PC it runs on, for the logs. */
  version: string;
  hostname: string;
  devices: AgentDevice[];
}

/** The answer to `device:hello`: who the server knows the agent as, and what it serves. */
export interface AgentWelcome {
  agentId: number;
  name: string;
  /** Names of the kiosks whose tickets it prints. */
  kiosks: string[];
  /** The counter its keypads and rating boxes act for, if bound to one. */
  counterId: number | null;
}

/** `device:status`, agent to server: every device's state now. */
export interface AgentStatus { devices: AgentDevice[] }

export interface ServerToClientEvents {
  'queue:snapshot': (snapshot: QueueSnapshot) => void;
  'ticket:called': (call: Call) => void;
  'queue:changed': (change: QueueChanged) => void;
  'counter:changed': (change: CounterChanged) => void;
  'print:status': (status: PrintStatus) => void;
  /** Outside the stream, to room `counter:<id>` (its rating tablet): a ticket there was just finished. */
  'rating:open': (prompt: RatingPrompt) => void;
  /** Outside the stream, to the counter's tablet and the officer who served it: the ticket was rated. */
  'rating:closed': (closed: RatingClosed) => void;
  'catalog:changed': (change: CatalogChanged) => void;
  /** Outside the stream, to room `counter:<id>` and its officer (`user:<id>`): what the counter's call keypad did or was refused. */
  'keypad:action': (action: KeypadAction) => void;
  /** To a device agent (room `device:<agentId>`): print a ticket of a kiosk bound to it; answer with `print:result`. */
  'print:job': (job: PrintJobRequest) => void;
}

export interface ClientToServerEvents {
  'queue:resync': () => void;
  /** Device agents only: their devices, on each (re)connection; the answer says who the server knows them as (or the error). */
  'device:hello': (hello: AgentHello, ack: (answer: AgentWelcome | ErrorBody) => void) => void;
  'device:status': (status: AgentStatus) => void;
  'print:result': (result: PrintJobResult, ack: (answer: { ok: boolean }) => void) => void;
}

/** The events that belong to the public, sequence-numbered queue stream. */
export const STREAM_EVENTS = ['ticket:called', 'queue:changed', 'counter:changed', 'catalog:changed'] as const;
export type StreamEvent = (typeof STREAM_EVENTS)[number];

export * from './admin.ts';
