// A ticket on the wire, the bodies of the commands on tickets and counters, and the public view of
// the phone page.
import Type, { type Static } from 'typebox';
import { CounterView } from './queue.ts';
import { Lang, literals, LocalizedText, Nullable, PauseReason, PriorityGroup, RatingScale, RatingScore, TicketStatus, Id } from './common.ts';

export const PRINT_OUTCOMES = ['printed', 'failed', 'pending', 'none'] as const;
export const PrintOutcome = Type.Object({
  status: Type.Union([Type.Literal('printed'), Type.Literal('failed'), Type.Literal('pending'), Type.Literal('none')]),
  reason: Type.Optional(Type.String()),
}, { description: 'The printout: pending until the printer answers (then print:status on the kiosk socket)' });
export type PrintOutcome = Static<typeof PrintOutcome>;

/** The p10–p90 range of a forecast wait, in minutes. */
export const WaitRange = Type.Object({ low: Type.Integer(), high: Type.Integer() }, { description: 'The forecast wait\'s p10–p90 range, minutes' });
export type WaitRange = Static<typeof WaitRange>;
const NewTicketWait = Type.Object({ etaMinutes: Type.Integer(), etaRange: WaitRange });
export const ServiceWait = Type.Object({
  serviceId: Type.Integer(),
  normal: Type.Optional(NewTicketWait),
  priority: Type.Optional(Type.Object({ ...NewTicketWait.properties }, { description: 'A ticket of a declared priority group' })),
}, { description: 'The forecast wait of a ticket issued now for the service; absent while no open counter serves it' });
export type ServiceWait = Static<typeof ServiceWait>;
export const DepartmentWait = Type.Object({
  code: Type.String(),
  low: Type.Optional(Type.Integer({ description: 'The shortest wait of a normal ticket among its services, minutes' })),
  high: Type.Optional(Type.Integer({ description: 'The longest, minutes' })),
});
export type DepartmentWait = Static<typeof DepartmentWait>;
export const NewTicketWaits = Type.Object({ departments: Type.Array(DepartmentWait), services: Type.Array(ServiceWait) });
export type NewTicketWaits = Static<typeof NewTicketWaits>;

/** A checked-in booking's day (YYYY-MM-DD) and slot start (HH:MM), the center's wall clock. */
export const BookedSlot = Type.Object({ date: Type.String(), start: Type.String() }, { description: 'A checked-in appointment: its day and slot start (HH:MM); called from then ahead of normal tickets' });
export type BookedSlot = Static<typeof BookedSlot>;

export const Ticket = Type.Object({
  id: Type.Integer(),
  number: Type.String({ description: 'The ticket number as printed, e.g. "1023"' }),
  departmentId: Type.Integer(),
  departmentCode: Type.String(),
  serviceId: Type.Integer(),
  priority: Type.Union([PriorityGroup, Type.Null()]),
  status: TicketStatus,
  issuedAt: Type.String({ format: 'date-time' }),
  calledAt: Type.Optional(Type.String({ format: 'date-time' })),
  counterId: Type.Optional(Type.Integer()),
  trackCode: Type.String({ description: 'Follow the ticket at /t/<trackCode>' }),
  position: Type.Optional(Type.Integer({ description: 'Place in line while waiting: 1 = next to be called' })),
  etaMinutes: Type.Optional(Type.Integer({ description: 'Forecast wait: the call policy run forward over the waiting tickets, the open counters and their recent service times' })),
  etaRange: Type.Optional(WaitRange),
  noOpenCounter: Type.Optional(Type.Literal(true, { description: 'Waiting, and no open counter serves its service now: no wait is forecast (no `etaMinutes`) until one opens' })),
  counterNumber: Type.Optional(Type.Integer()),
  serviceName: Type.Optional(LocalizedText),
  recalls: Type.Optional(Type.Integer()),
  callReason: Type.Optional(Type.String({ description: 'Why the call policy chose this ticket' })),
  callReasonVi: Type.Optional(Type.String({ description: 'The same in Vietnamese' })),
  targetCounterId: Type.Optional(Type.Integer({ description: 'Set when the ticket waits for one counter only (a transfer to a counter)' })),
  print: Type.Optional(PrintOutcome),
  procedureCode: Type.Optional(Type.String({ description: 'The national code of the procedure the citizen came for' })),
  procedureName: Type.Optional(LocalizedText),
  dossierCode: Type.Optional(Type.String({ description: 'A return ticket: the dossier whose result is collected' })),
  appointment: Type.Optional(BookedSlot),
});
export type Ticket = Static<typeof Ticket>;

export const TicketResponse = Type.Object({ ticket: Ticket });
export type TicketResponse = Static<typeof TicketResponse>;

export const IssueTicketRequest = Type.Object({
  serviceId: Id,
  priority: Type.Optional(PriorityGroup),
  lang: Type.Optional(Lang),
}, { additionalProperties: false });
export type IssueTicketRequest = Static<typeof IssueTicketRequest>;
export const ProcedureTicketRequest = Type.Object({
  procedureId: Id,
  priority: Type.Optional(PriorityGroup),
  lang: Type.Optional(Lang),
}, { additionalProperties: false, description: 'A ticket for a procedure: it joins the line of the procedure\'s service' });
export type ProcedureTicketRequest = Static<typeof ProcedureTicketRequest>;
/** The body of POST /api/tickets: a service, or a procedure in its place. */
export const IssueTicketBody = Type.Union([IssueTicketRequest, ProcedureTicketRequest]);
export type IssueTicketBody = Static<typeof IssueTicketBody>;

export const TrackParams = Type.Object({ trackCode: Type.String({ pattern: '^[a-z0-9]{4,32}$' }) });
export const TrackView = Type.Object({
  number: Type.String(), status: TicketStatus, departmentCode: Type.String(),
  departmentId: Type.Integer({ description: 'Its department: the phone page follows `counter:changed` of that department\'s counters (one opening ends `noOpenCounter`)' }),
  counterNumber: Type.Optional(Type.Integer()),
  position: Type.Integer({ description: '1 = next to be called; 0 once called' }), etaMinutes: Type.Integer({ description: '0 when no wait is forecast (`noOpenCounter`, or no longer waiting)' }), etaRange: Type.Optional(WaitRange),
  noOpenCounter: Type.Optional(Type.Literal(true, { description: 'No open counter serves its service now: no wait is forecast until one opens' })),
  serviceName: Type.Optional(LocalizedText), departmentName: Type.Optional(LocalizedText),
  url: Type.Optional(Type.String({ description: 'The full address of this phone page (the center\'s public address + /t/<trackCode>)' })),
  timeZone: Type.Optional(Type.String({ description: 'The center\'s time zone (IANA): the phone page shows times in it, not in the phone\'s' })),
});
export type TrackView = Static<typeof TrackView>;

export const CallResponse = Type.Object({ ticket: Type.Union([Ticket, Type.Null()]), reason: Type.String(), reasonVi: Type.Optional(Type.String()) });
export type CallResponse = Static<typeof CallResponse>;
export const CallNumberRequest = Type.Object({
  number: Type.Union([Type.String({ pattern: '^[0-9]{1,5}$' }), Type.Integer({ minimum: 1, maximum: 99999 })]),
}, { additionalProperties: false });
export type CallNumberRequest = Static<typeof CallNumberRequest>;
export const TransferRequest = Type.Object({
  serviceId: Type.Optional(Id), counterId: Type.Optional(Id), toBack: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type TransferRequest = Static<typeof TransferRequest>;
export const PauseRequest = Type.Object({ reason: PauseReason, note: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
export type PauseRequest = Static<typeof PauseRequest>;

/** What becomes of the ticket in hand when a supervisor closes a counter its officer left open. */
export const CloseTicketChoice = literals(['requeue', 'finish'] as const, { description: '`requeue`: back to waiting at the front of its line; `finish`: done' });
export type CloseTicketChoice = Static<typeof CloseTicketChoice>;
/**
 * The body of POST /api/counters/:id/close: none for the officer working there; a supervisor closing
 * another's counter says what becomes of its ticket in hand. Absent (or null), or an object.
 */
export const CloseCounterRequest = Type.Unsafe<{ ticket?: CloseTicketChoice } | null | undefined>({
  properties: { ticket: CloseTicketChoice }, additionalProperties: false,
  not: { type: ['string', 'number', 'boolean', 'array'] },
  description: 'Optional. A supervisor closing a counter its officer left open: `{ ticket: "requeue" | "finish" }` for the ticket in hand',
});
export const PriorityChange = Type.Object({
  priority: Nullable(PriorityGroup, { description: 'The new priority group, or null for none' }),
  reason: Type.String({ minLength: 3, maxLength: 200, description: 'Why (the audit log keeps it and the call\'s reason gives it)' }),
}, { additionalProperties: false });
export type PriorityChange = Static<typeof PriorityChange>;
export const RatingRequest = Type.Object({
  score: RatingScore,
  scale: Type.Optional(RatingScale),
}, { additionalProperties: false, description: '`scale`: the scale the rating was given on (a 4-button rating box says 4); the center\'s scale when absent' });
export type RatingRequest = Static<typeof RatingRequest>;

export const CounterResponse = Type.Object({ counter: CounterView });
export type CounterResponse = Static<typeof CounterResponse>;
export const CounterQueue = Type.Object({
  counter: CounterView,
  held: Type.Array(Ticket, { description: 'Tickets called, being served or parked at this counter' }),
  waiting: Type.Array(Ticket, { description: 'Waiting tickets this counter may call, in the order its call-next takes them if none arrives meanwhile, then the checked-in bookings whose slot has not begun (at most 200 in all)' }),
  nextId: Type.Optional(Type.Integer({ description: 'The ticket call-next would call now (the first of `waiting`, unless only appointments before their slot wait)' })),
  pauseNote: Type.Optional(Type.String({ description: 'While paused: the note the officer typed with the reason (staff only, never in the public `counter`)' })),
});
export type CounterQueue = Static<typeof CounterQueue>;

export const PrintStatus = Type.Object({
  ticketId: Type.Integer(),
  number: Type.String(),
  status: Type.Union([Type.Literal('printed'), Type.Literal('failed')]),
  reason: Type.Optional(Type.String({ description: '"<code>: <message>", code one of paper_out, cover_open, offline, timeout, unreachable, io_error' })),
});
export type PrintStatus = Static<typeof PrintStatus>;

/** A browser's Web Push subscription (PushSubscription.toJSON()), for "near your turn" on the phone page. */
export const PushSubscriptionBody = Type.Object({
  endpoint: Type.String({ pattern: '^https?://', maxLength: 1000 }),
  expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  keys: Type.Object({ p256dh: Type.String({ minLength: 1, maxLength: 200 }), auth: Type.String({ minLength: 1, maxLength: 100 }) }),
}, { description: 'PushSubscription.toJSON() of the phone page' });
export type PushSubscriptionBody = Static<typeof PushSubscriptionBody>;
export const PushKey = Type.Object({ publicKey: Type.String({ description: 'The server\'s VAPID public key (base64url): PushManager.subscribe\'s applicationServerKey' }) });
