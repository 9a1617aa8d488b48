// The device agent's protocol. An agent (key of kind `agent`) runs on the PC a printer, keypad or
// rating box is plugged into. It connects over Socket.IO with its key, says `device:hello` with its
// devices, reports `device:status` when they change (and every 30 s), and prints the `print:job`s
// of the kiosks an admin bound to it (devices[].printsThrough), answering each with `print:result`.
import Type, { type Static } from 'typebox';
import { DeviceState, Lang, literals, Nullable } from './common.ts';
import { BookedSlot } from './tickets.ts';

const Text = (maxLength: number) => Type.String({ maxLength });
const MAX_DEVICES = 32;

/** What a printed ticket shows, in the citizen's language: the agent renders it for its own paper (80 or 58 mm). */
export const TicketPrintContent = Type.Object({
  centerName: Type.String(),
  departmentName: Type.String(),
  serviceName: Type.String(),
  procedureName: Type.Optional(Type.String({ description: 'The procedure the ticket was issued for (chosen in the kiosk\'s search, booked, or of the dossier whose result is collected), printed under the service; omitted for a ticket for a service' })),
  number: Type.String(),
  priorityLabel: Type.Optional(Type.String({ description: 'The declared priority group, e.g. "Người có công với cách mạng"; omitted for a normal ticket' })),
  appointment: Type.Optional(BookedSlot),
  peopleAhead: Type.Integer(),
  etaMinutes: Type.Optional(Type.Integer({ description: 'Omitted when no open counter serves the service: the ticket then says no counter is open yet' })),
  issuedAt: Type.String({ format: 'date-time', description: 'Printed as the center\'s wall clock in `timeZone`' }),
  timeZone: Type.String({ description: 'IANA zone of the center, e.g. "Asia/Ho_Chi_Minh"' }),
  counterNumbers: Type.Array(Type.Integer()),
  trackUrl: Type.String(),
  footer: Type.Optional(Type.String()),
  lang: Lang,
});
export type TicketPrintContent = Static<typeof TicketPrintContent>;

/** `print:job`, server to agent (room `device:<agentId>`): print this ticket. */
export const PrintJobRequest = Type.Object({
  jobId: Type.String(),
  ticketId: Type.Integer(),
  number: Type.String(),
  kioskId: Nullable(Type.Integer(), { description: 'The kiosk that issued the ticket, if any' }),
  reprint: Type.Boolean({ description: 'A printout asked again (POST /api/tickets/:id/reprint)' }),
  startWithinMs: Type.Integer({ description: 'Start printing within this many ms of receiving the job, or answer failed (timeout) without printing: by then the kiosk shows the ticket on screen' }),
  content: TicketPrintContent,
});
export type PrintJobRequest = Static<typeof PrintJobRequest>;

/** `print:result`, agent to server, acknowledged with `{ ok }` once recorded; an agent resends it until acknowledged. On failure `reason` is "<code>: <message>", e.g. "paper_out: …". */
export const PrintJobResult = Type.Object({
  jobId: Text(100),
  ticketId: Type.Integer({ minimum: 1 }),
  status: Type.Union([Type.Literal('printed'), Type.Literal('failed')]),
  reason: Type.Optional(Text(500)),
}, { additionalProperties: false });
export type PrintJobResult = Static<typeof PrintJobResult>;

/** A device an agent drives, as it reports it: its printer, keypads and rating boxes. */
export const AgentDevice = Type.Object({
  kind: Type.Union([Type.Literal('printer'), Type.Literal('keypad'), Type.Literal('rating')]),
  name: Type.String({ minLength: 1, maxLength: 200, description: 'The printer\'s description (e.g. "network printer 10.0.0.5:9100") or the HID device\'s configured name' }),
  state: DeviceState,
  since: Type.String({ maxLength: 40, description: 'ISO time since this state holds' }),
  detail: Type.Optional(Type.String({ maxLength: 500, description: 'What is wrong (paper out, cover open, …) or which device, in words' })),
}, { additionalProperties: false });
export type AgentDevice = Static<typeof AgentDevice>;
const AgentDevices = Type.Array(AgentDevice, { maxItems: MAX_DEVICES });

/** `device:hello`, agent to server on each (re)connection. */
export const AgentHello = Type.Object({
  version: Text(40),
  hostname: Text(200),
  devices: AgentDevices,
}, { additionalProperties: false });
export type AgentHello = Static<typeof AgentHello>;

/** The answer to `device:hello`: who the server knows the agent as, and what it serves. */
export const AgentWelcome = Type.Object({
  agentId: Type.Integer(),
  name: Type.String(),
  kiosks: Type.Array(Type.String(), { description: 'Names of the kiosks whose tickets it prints' }),
  counterId: Nullable(Type.Integer(), { description: 'The counter its keypads and rating boxes act for, if bound to one' }),
});
export type AgentWelcome = Static<typeof AgentWelcome>;

/** `device:status`, agent to server: every device's state now. */
export const AgentStatus = Type.Object({ devices: AgentDevices }, { additionalProperties: false });
export type AgentStatus = Static<typeof AgentStatus>;

/** The printer a kiosk prints on, as the kiosk shows it before a citizen taps (pushed as `printer:state`). */
export const KioskPrinterState = Type.Object({
  state: literals(['ready', 'paper_out', 'cover_open', 'offline', 'none'] as const, {
    description: '`ready`; `paper_out`, `cover_open` or `offline`: the ticket is shown on screen and by QR code instead; `none`: no printer prints for this kiosk',
  }),
  detail: Type.Optional(Type.String({ description: 'What the printer said, in words' })),
});
export type KioskPrinterState = Static<typeof KioskPrinterState>;
