// The public queue state every screen follows (snapshot, then pushes numbered by `seq`), the
// announcement of a call, and what rating tablets and call keypads hear.
import Type, { type Static } from 'typebox';
import { CenterInfo } from './catalog.ts';
import { CounterState, literals, Nullable, PauseReason, RatingScore } from './common.ts';

/** A counter as every screen may see it: public fields only. */
export const CounterView = Type.Object({
  id: Type.Integer(), number: Type.Integer(), name: Type.String(), departmentId: Type.Integer(),
  state: CounterState,
  current: Nullable(Type.Object({ number: Type.String(), ticketId: Type.Integer() })),
  pauseReason: Type.Optional(Nullable(PauseReason)),
});
export type CounterView = Static<typeof CounterView>;

export const AnnouncementPart = Type.Object({ text: Type.String(), clips: Type.Array(Type.String({ description: 'path under /audio/' })) });
export type AnnouncementPart = Static<typeof AnnouncementPart>;
export const AnnouncementPreview = Type.Object({ vi: AnnouncementPart, en: Type.Optional(AnnouncementPart) });
export type AnnouncementPreview = Static<typeof AnnouncementPreview>;
export const AnnouncementQuery = Type.Object({
  number: Type.String({ pattern: '^[0-9]{1,6}$' }),
  counter: Type.Integer({ minimum: 1, maximum: 999 }),
}, { additionalProperties: false });
export const TicketReadingQuery = Type.Object({ number: Type.String({ pattern: '^[0-9]{1,6}$' }) }, { additionalProperties: false });

export const Call = Type.Object({
  seq: Type.Integer(),
  ticketId: Type.Integer(),
  number: Type.String(),
  departmentCode: Type.String(),
  counterId: Type.Integer(),
  counterNumber: Type.Integer(),
  calledAt: Type.String({ format: 'date-time' }),
  recall: Type.Boolean(),
  /** What a display says for this call: words and clip files (under /audio/), in the center's dialect. */
  announcement: Type.Optional(AnnouncementPreview),
});
export type Call = Static<typeof Call>;

export const WaitingCounts = Type.Record(Type.String(), Type.Integer(), { description: 'Tickets waiting, by department code' });
export type WaitingCounts = Static<typeof WaitingCounts>;

export const NextUp = Type.Record(Type.String(), Type.Array(Type.String()), {
  description: 'Per department code, the next waiting numbers (at most 3) in the order the call policy would call them',
});
export type NextUp = Static<typeof NextUp>;

export const QueueSnapshot = Type.Object({
  seq: Type.Integer(),
  streamId: Type.String({ description: 'Identifies this run of the server: `seq` restarts at 0 with a new `streamId`, so a client resets what it holds' }),
  counters: Type.Array(CounterView),
  waiting: WaitingCounts,
  recentCalls: Type.Array(Call),
  nextUp: Type.Optional(NextUp),
  serverTime: Type.Optional(Type.String({ format: 'date-time', description: 'Server clock at the moment of the snapshot, for screens\' clocks' })),
  center: Type.Optional(CenterInfo),
});
export type QueueSnapshot = Static<typeof QueueSnapshot>;

export const QueueChanged = Type.Object({ seq: Type.Integer(), waiting: WaitingCounts, nextUp: Type.Optional(NextUp) });
export type QueueChanged = Static<typeof QueueChanged>;
export const CounterChanged = Type.Object({ seq: Type.Integer(), counter: CounterView });
export type CounterChanged = Static<typeof CounterChanged>;
/** An admin changed the catalog or the center settings: refetch GET /api/catalog (in the stream). */
export const CatalogChanged = Type.Object({ seq: Type.Integer(), center: CenterInfo });
export type CatalogChanged = Static<typeof CatalogChanged>;

/** A finished ticket the rating tablet of its counter asks the citizen to rate (`rating:open`). */
export const RatingPrompt = Type.Object({
  ticketId: Type.Integer(), number: Type.String(), counterId: Type.Integer(), counterNumber: Type.Integer(), finishedAt: Type.String({ format: 'date-time' }),
});
export type RatingPrompt = Static<typeof RatingPrompt>;
/** A ticket was rated (`rating:closed`, to its counter's tablet and its officer). */
export const RatingClosed = Type.Object({ ticketId: Type.Integer(), number: Type.String(), score: RatingScore });
export type RatingClosed = Static<typeof RatingClosed>;

/** What a call keypad asks. `pause` pauses (reason other) or resumes a paused counter; `transfer` asks the console to open its transfer dialog. */
export const KEYPAD_ACTIONS = ['call-next', 'call', 'recall', 'no-show', 'finish', 'transfer', 'pause'] as const;
export const KeypadActionName = literals(KEYPAD_ACTIONS);
export type KeypadActionName = Static<typeof KeypadActionName>;
export const KeypadRequest = Type.Object({
  action: KeypadActionName,
  number: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$', description: 'The number typed, for `call`' })),
}, { additionalProperties: false });
export type KeypadRequest = Static<typeof KeypadRequest>;

/** What a counter's keypad did, or was refused (`keypad:action`, to its officer's console; also the answer to POST /api/keypad). */
export const KeypadAction = Type.Object({
  counterId: Type.Integer(),
  action: Type.Union([KeypadActionName, Type.Literal('resume')], { description: 'The action done: the request\'s, or `resume` for `pause` on a paused counter' }),
  ok: Type.Boolean(),
  number: Type.Optional(Type.String({ description: 'The ticket called, recalled, finished, marked no-show or to transfer; the typed number of a refused call' })),
  ticketId: Type.Optional(Type.Integer()),
  code: Type.Optional(Type.String({ description: 'The refusal\'s error code, as in the HTTP error body' })),
  message: Type.String({ description: 'What happened, or why not and what to do, in English' }),
  messageVi: Type.Optional(Type.String({ description: 'The same in Vietnamese' })),
  at: Type.String({ format: 'date-time' }),
  asksAgainWithinSeconds: Type.Optional(Type.Integer({ description: 'A `no-show` not done yet: the keypad asks for the same key again within this many seconds (the message says so); any other key forgets the question' })),
});
export type KeypadAction = Static<typeof KeypadAction>;
