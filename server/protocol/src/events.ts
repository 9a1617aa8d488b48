// Every Socket.IO event (path /socket.io, one namespace), as schemas: who receives it, and its
// payload. Screens, kiosks and consoles follow the public queue stream (`seq` + 1 with each push;
// a gap asks `queue:resync`); other pushes go to one room and carry no `seq`.
import Type, { type Static, type TSchema } from 'typebox';
import { ErrorBody } from './errors.ts';
import { Ok } from './shapes/common.ts';
import { AgentHello, AgentStatus, AgentWelcome, KioskPrinterState, PrintJobRequest, PrintJobResult } from './shapes/devices.ts';
import { DeviceStatus, HelpRequest } from './shapes/supervision.ts';
import { Call, CatalogChanged, CounterChanged, KeypadAction, QueueChanged, QueueSnapshot, RatingClosed, RatingPrompt } from './shapes/queue.ts';
import { PrintStatus } from './shapes/tickets.ts';

type Audience = 'stream' | 'connection' | 'kiosk' | 'counter' | 'agent' | 'supervisors';
interface ServerEventSpec { to: Audience; payload: TSchema; description: string }
interface ClientEventSpec { from: 'anyone' | 'agent'; payload: TSchema | null; ack?: TSchema; description: string }

export const SERVER_EVENTS = {
  'queue:snapshot': { to: 'connection', payload: QueueSnapshot, description: 'The whole public queue state, on every connect and on `queue:resync`' },
  'ticket:called': { to: 'stream', payload: Call, description: 'A ticket was called or recalled at a counter: the counter now holds that ticket (no counter:changed follows a call)' },
  'queue:changed': { to: 'stream', payload: QueueChanged, description: 'Waiting counts changed' },
  'counter:changed': { to: 'stream', payload: CounterChanged, description: 'A counter opened, closed, paused or resumed, or its ticket in hand was finished, parked, transferred or marked no-show (a call says itself)' },
  'catalog:changed': { to: 'stream', payload: CatalogChanged, description: 'An admin changed the catalog or center settings: refetch GET /api/catalog' },
  'print:status': { to: 'kiosk', payload: PrintStatus, description: 'To the issuing kiosk, once its printer has answered (or timed out)' },
  'rating:open': { to: 'counter', payload: RatingPrompt, description: 'To room `counter:<id>` (its rating tablet): a ticket there was just finished' },
  'rating:closed': { to: 'counter', payload: RatingClosed, description: 'To the counter\'s tablet and the officer who served it: the ticket was rated' },
  'keypad:action': { to: 'counter', payload: KeypadAction, description: 'To room `counter:<id>` and its officer: what the counter\'s call keypad did or was refused' },
  'printer:state': { to: 'kiosk', payload: KioskPrinterState, description: 'To a kiosk, on connect and whenever it changes: the state of the printer its tickets print on (the server asks its own every few seconds; agents report theirs)' },
  'device:changed': { to: 'supervisors', payload: DeviceStatus, description: 'To the room `supervisors` (signed-in supervisors and admins): a device or printer changed state, so the dashboard refetches at once' },
  'help:requested': { to: 'supervisors', payload: HelpRequest, description: 'To the room `supervisors`: a citizen at a kiosk asks for staff (the kiosk\'s name in `device`)' },
  'help:dismissed': { to: 'supervisors', payload: HelpRequest, description: 'To the room `supervisors`, and to the kiosk that asked (room `device:<id>`): a supervisor dismissed a kiosk\'s call for staff, so the kiosk stops saying staff are on their way' },
  'print:job': { to: 'agent', payload: PrintJobRequest, description: 'To a device agent (room `device:<agentId>`): print a ticket of a kiosk bound to it; answer with `print:result`' },
} as const satisfies Record<string, ServerEventSpec>;

export const CLIENT_EVENTS = {
  'queue:resync': { from: 'anyone', payload: null, description: 'Ask for a fresh `queue:snapshot` (after a gap in `seq`)' },
  'device:hello': { from: 'agent', payload: AgentHello, ack: Type.Union([AgentWelcome, ErrorBody]), description: 'An agent\'s devices, on each (re)connection; answered with who the server knows it as, or the error' },
  'device:status': { from: 'agent', payload: AgentStatus, description: 'Every device\'s state now (on change and every 30 s)' },
  'print:result': { from: 'agent', payload: PrintJobResult, ack: Ok, description: 'The outcome of a `print:job`; resent until acknowledged' },
} as const satisfies Record<string, ClientEventSpec>;

export type ServerEvent = keyof typeof SERVER_EVENTS;
export type ServerToClientEvents = { [E in ServerEvent]: (payload: Static<(typeof SERVER_EVENTS)[E]['payload']>) => void };

type ClientHandler<S> = S extends { payload: infer P extends TSchema; ack: infer A extends TSchema }
  ? (payload: Static<P>, ack: (answer: Static<A>) => void) => void
  : S extends { payload: infer P extends TSchema } ? (payload: Static<P>) => void : () => void;
export type ClientEvent = keyof typeof CLIENT_EVENTS;
export type ClientToServerEvents = { [E in ClientEvent]: ClientHandler<(typeof CLIENT_EVENTS)[E]> };

