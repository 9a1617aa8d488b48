// Issuing tickets (kiosks), the actions on a ticket in an officer's hand, and counter commands
// (/api/tickets/**, /api/counters/**, /api/keypad).
import Type from 'typebox';
import { IdParams, Ok } from '../shapes/common.ts';
import { ReturnTicketRequest } from '../shapes/procedures.ts';
import { KeypadAction, KeypadRequest } from '../shapes/queue.ts';
import {
  CallNumberRequest, CallResponse, CloseCounterRequest, CounterQueue, PriorityChange, CounterResponse, IssueTicketBody, PauseRequest, PrintStatus, RatingRequest, Ticket, TicketResponse, TransferRequest,
} from '../shapes/tickets.ts';
import { defineRoutes } from './spec.ts';

const OFFICERS = ['officer', 'supervisor', 'admin'] as const;
const OFFICER_OR_KEYPAD = [...OFFICERS, 'agent'] as const;
const officer = { roles: OFFICERS, tags: ['officer'], params: IdParams, refusals: [404, 409] } as const;
const inHand = { ...officer, answer: TicketResponse } as const;
const atCounter = { ...officer, roles: OFFICER_OR_KEYPAD } as const;
/** A kiosk retrying a request sends the same key: the ticket is issued once. */
const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) });

export const ticketRoutes = defineRoutes({
  'POST /api/tickets': {
    roles: ['kiosk'], tags: ['kiosk'],
    summary: 'Issue a ticket (kiosk key). Send an Idempotency-Key header so that a retried request never issues two tickets',
    description: 'The ticket is stored durably before the answer. `print.status` is `pending` while the kiosk printer works; the outcome follows as `print:status` on the kiosk socket. A printer fault never fails the ticket. Rate-limited per kiosk key (MOTCUA_RATE_LIMIT per minute).',
    headers: IdempotencyHeaders,
    body: IssueTicketBody, status: 201, answer: Ticket, refusals: [404, 409, 429],
  },
  'POST /api/tickets/return': {
    roles: ['kiosk'], tags: ['kiosk'],
    summary: "Collect a result: the receipt's QR text (`qr`) or the typed `dossierCode`; the dossier system says whether the result is ready",
    description: [
      'Ready: 201, a ticket in the line of the dossier\'s procedure (its service in that department), with `dossierCode` and `procedureCode`.',
      'Not ready: 409 `result_not_ready` with `dueDate` (YYYY-MM-DD); already collected: 409 `result_already_returned`; not accepted: 409 `dossier_rejected`.',
      'Unknown: 404 `dossier_not_found`; no dossier code in the text: 400 `bad_dossier_code`; the dossier system slow (over 3 s) or failing: 503 `dossier_system_unavailable`.',
      'The QR text may be the dossier code alone, or fields joined by `|`, `;`, `,`, tabs or new lines, `key=value` pairs, JSON, or a link with the code in its query:',
      'the field shaped like a dossier code (office-YYMMDD-serial) is taken; a citizen ID number in it is ignored, never stored nor shown. Rate-limited with POST /api/tickets.',
    ].join(' '),
    headers: IdempotencyHeaders, body: ReturnTicketRequest, status: 201, answer: Ticket, refusals: [404, 409, 429, 503],
  },
  'GET /api/tickets/:id': { ...officer, summary: 'One ticket, in full', answer: TicketResponse, refusals: [404] },
  'POST /api/tickets/:id/serve': { ...inHand, summary: 'Start serving a called ticket (officer holding it)' },
  'POST /api/tickets/:id/finish': { ...inHand, summary: 'Finish a ticket (called or serving); a rating may follow (officer holding it)' },
  'POST /api/tickets/:id/no-show': { ...inHand, summary: 'Mark a called or parked ticket as no-show (officer holding it)' },
  'POST /api/tickets/:id/park': { ...inHand, summary: 'Set a ticket aside (the citizen fetches a document); call it back by number or resume it (officer holding it)' },
  'POST /api/tickets/:id/resume': { ...inHand, summary: 'Take a parked ticket back into service at this counter (officer holding it)' },
  'POST /api/tickets/:id/transfer': {
    ...inHand,
    summary: 'Transfer a ticket in hand to another service and/or counter, of any department',
    description: 'The old ticket becomes `transferred`; the answer is the new waiting ticket, with the same number and tracking code, keeping its original arrival time unless `toBack`.',
    body: TransferRequest,
  },
  'POST /api/tickets/:id/rating': {
    roles: ['officer', 'supervisor', 'admin', 'display', 'agent', 'kiosk'], tags: ['rating'],
    summary: 'Rate a finished ticket once: officer at that counter, or a rating box / tablet key bound to it',
    params: IdParams, body: RatingRequest, answer: Ok, refusals: [404, 409],
  },
  'POST /api/tickets/:id/priority': {
    roles: ['supervisor', 'admin'], tags: ['supervisor'],
    summary: 'Change the priority group of a waiting ticket (a citizen who declared none at the kiosk, or a wrong one), with the reason',
    description: 'Only a waiting ticket (409 not_waiting otherwise). The reason is audited (`ticket.priority`) and the call\'s `reason` of that ticket says so.',
    params: IdParams, body: PriorityChange, answer: TicketResponse, refusals: [404, 409],
  },
  'POST /api/tickets/:id/reprint': {
    roles: ['supervisor', 'admin', 'kiosk'], tags: ['kiosk', 'supervisor'],
    summary: 'Print a ticket again on its kiosk\'s printer (supervisor, admin, or the kiosk that issued it)',
    description: 'Only a ticket still waiting, called, being served or parked. Answers once the printer has (within about 10 s); a fault is an answer `failed` with its reason, not an error. The kiosk also gets `print:status`.',
    params: IdParams, answer: PrintStatus, refusals: [404, 409],
  },

  'POST /api/counters/:id/open': {
    ...officer, answer: CounterResponse,
    summary: 'Open a counter and work at it (an officer opens only counters of their own department)',
    description: 'An officer works at one counter at a time: opening another one closes the previous one (which must hold no ticket).',
  },
  'POST /api/counters/:id/close': {
    ...officer, answer: CounterResponse, body: CloseCounterRequest,
    summary: 'Close the counter: the officer working there at the end of work (no ticket in hand, no body), or a supervisor closing a counter its officer left open',
    description: 'A supervisor (or admin) closes any open or paused counter: its officer is signed out of it, and the ticket in hand, if any, goes back to waiting at the front of its line (`{ "ticket": "requeue" }`) or is finished (`"finish"`); without a choice a counter holding a ticket is refused (409 counter_busy). Tickets parked there stay parked for whoever opens it next. Audited as `supervisor.close-counter`.',
  },
  'POST /api/counters/:id/pause': { ...atCounter, answer: CounterResponse, body: PauseRequest, summary: 'Pause with a reason (lunch, meeting, other); no calls until resumed', description: 'The optional `note` (what the officer typed) is kept until the resume or close: the officer\'s desk (`GET /api/counters/:id/queue` `pauseNote`) and the dashboard\'s counter show it; screens never get it (it is not in `CounterView`).' },
  'POST /api/counters/:id/resume': { ...atCounter, answer: CounterResponse, summary: 'Resume a paused counter' },
  'POST /api/counters/:id/call-next': {
    ...atCounter, answer: CallResponse,
    summary: 'Call the next ticket by the call policy; `reason` says why it was chosen ({ ticket: null } when none waits)',
    description: 'Refused with 409 while the counter is paused or still has a ticket in hand. Two counters never receive the same ticket.',
  },
  'POST /api/counters/:id/recall': {
    ...atCounter, answer: TicketResponse,
    summary: 'Announce the called ticket again; past the recall limit (default 3) it becomes no-show instead',
  },
  'POST /api/counters/:id/call': {
    ...atCounter, answer: TicketResponse, body: CallNumberRequest,
    summary: 'Call a specific live number (a waiting ticket, or one parked at this counter); 404 if no live ticket has it',
  },
  'GET /api/counters/:id/queue': {
    ...officer, answer: CounterQueue,
    summary: 'The counter, the tickets in hand or parked there, and the waiting tickets it may call',
  },

  'POST /api/keypad': {
    roles: ['agent'], tags: ['devices'],
    summary: "A call keypad's key, done as the officer working at the counter the agent key is bound to",
    description: '`call-next`; `call` with the typed `number`; `recall`; `finish` and `no-show` of the ticket in hand (a no-show asks first: the first press records nothing and answers `asksAgainWithinSeconds`, the same key again within 5 s for the same ticket records it, any other key forgets the question); `transfer` (the console opens its transfer dialog for the ticket in hand); `pause` (reason other), or resume when paused. Needs an officer working at the counter. Whether done or refused, `keypad:action` goes to room `counter:<id>` and to the officer there, so the console shows what the keypad did.',
    body: KeypadRequest, answer: KeypadAction, refusals: [404, 409],
  },
});
