// TypeBox schemas of the REST bodies in ./index.ts: used by the routes to validate input and to
// describe every answer in the OpenAPI document. Each schema is checked against its type below.
import Type, { type Static } from 'typebox';
import { PAUSE_REASONS, PRIORITY_GROUPS, TICKET_STATUSES, type AnnouncementPreview, type Catalog, type CounterView, type Ticket, type TrackView, type UserView } from './index.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Unsafe<T>(Type.Enum([...values]));

export const Localized = Type.Object({ vi: Type.String(), en: Type.String() });
export const PriorityGroupSchema = literals(PRIORITY_GROUPS);
export const TicketStatusSchema = literals(TICKET_STATUSES);
export const PauseReasonSchema = literals(PAUSE_REASONS);
export const Id = Type.Integer({ minimum: 1, maximum: 2 ** 31 });

export const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), messageVi: Type.Optional(Type.String({ description: 'The message in Vietnamese' })) }),
}, { description: 'What went wrong and what to do next' });

export const IdParams = Type.Object({ id: Id });

export const TicketSchema = Type.Object({
  id: Type.Integer(),
  number: Type.String({ description: 'The ticket number as printed, e.g. "1023"' }),
  departmentId: Type.Integer(),
  departmentCode: Type.String(),
  serviceId: Type.Integer(),
  priority: Type.Union([PriorityGroupSchema, Type.Null()]),
  status: TicketStatusSchema,
  issuedAt: Type.String({ format: 'date-time' }),
  calledAt: Type.Optional(Type.String({ format: 'date-time' })),
  counterId: Type.Optional(Type.Integer()),
  trackCode: Type.String({ description: 'Follow the ticket at /t/<trackCode>' }),
  position: Type.Optional(Type.Integer({ description: 'Place in line while waiting: 1 = next to be called' })),
  etaMinutes: Type.Optional(Type.Integer({ description: 'Estimated wait from the recent service rate of the open counters' })),
  counterNumber: Type.Optional(Type.Integer()),
  serviceName: Type.Optional(Localized),
  recalls: Type.Optional(Type.Integer()),
  callReason: Type.Optional(Type.String({ description: 'Why the call policy chose this ticket' })),
  callReasonVi: Type.Optional(Type.String({ description: 'The same in Vietnamese' })),
  targetCounterId: Type.Optional(Type.Integer({ description: 'Set when the ticket was transferred to one counter' })),
  print: Type.Optional(Type.Object({
    status: Type.Union([Type.Literal('printed'), Type.Literal('failed'), Type.Literal('pending'), Type.Literal('none')]),
    reason: Type.Optional(Type.String()),
  }, { description: 'The printout: pending until the printer answers (then print:status on the kiosk socket)' })),
});

export const TicketResponseSchema = Type.Object({ ticket: TicketSchema });

export const CatalogSchema = Type.Object({
  departments: Type.Array(Type.Object({
    id: Type.Integer(), code: Type.String(), name: Localized, waiting: Type.Optional(Type.Integer()),
    services: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), name: Localized, counterNumbers: Type.Optional(Type.Array(Type.Integer())) })),
  })),
  counters: Type.Array(Type.Object({ id: Type.Integer(), number: Type.Integer(), name: Type.String(), departmentId: Type.Integer() })),
  center: Type.Optional(Type.Object({
    name: Localized, timeZone: Type.String(), kioskPriorityStep: Type.Boolean(), notice: Localized,
    businessHours: Type.Optional(Type.Object({ days: Type.Array(Type.Integer()), opens: Type.String(), closes: Type.String() }, { description: 'When the kiosk issues tickets (ISO weekdays, 1 = Monday); absent = always' })),
    issuingOpen: Type.Optional(Type.Boolean({ description: 'Whether POST /api/tickets issues now (409 outside business hours)' })),
    opensAt: Type.Optional(Type.String({ format: 'date-time', description: 'When issuing opens next, while it is closed' })),
  })),
});

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false });

export const UserSchema = Type.Object({
  id: Type.Integer(), username: Type.String(), role: literals(['officer', 'supervisor', 'admin'] as const),
  displayName: Type.Optional(Type.String()), departmentId: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
});
export const LoginResponseSchema = Type.Object({ token: Type.String(), user: UserSchema });

export const IssueTicketBody = Type.Object({
  serviceId: Id,
  priority: Type.Optional(PriorityGroupSchema),
  lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
}, { additionalProperties: false });

export const TrackParams = Type.Object({ trackCode: Type.String({ pattern: '^[a-z0-9]{4,32}$' }) });
export const TrackSchema = Type.Object({
  number: Type.String(), status: TicketStatusSchema, departmentCode: Type.String(), counterNumber: Type.Optional(Type.Integer()),
  position: Type.Integer({ description: '1 = next to be called; 0 once called' }), etaMinutes: Type.Integer(),
  serviceName: Type.Optional(Localized), departmentName: Type.Optional(Localized),
});

export const CallResponseSchema = Type.Object({ ticket: Type.Union([TicketSchema, Type.Null()]), reason: Type.String(), reasonVi: Type.Optional(Type.String()) });
export const CallNumberBody = Type.Object({
  number: Type.Union([Type.String({ pattern: '^[0-9]{1,5}$' }), Type.Integer({ minimum: 1, maximum: 99999 })]),
}, { additionalProperties: false });
export const TransferBody = Type.Object({
  serviceId: Type.Optional(Id), counterId: Type.Optional(Id), toBack: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export const PauseBody = Type.Object({ reason: PauseReasonSchema, note: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
export const RatingBody = Type.Object({
  score: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(4)], { description: '4 = rất hài lòng … 1 = không hài lòng' }),
}, { additionalProperties: false });

export const CounterViewSchema = Type.Object({
  id: Type.Integer(), number: Type.Integer(), name: Type.String(), departmentId: Type.Integer(),
  state: literals(['closed', 'open', 'paused'] as const),
  current: Type.Union([Type.Object({ number: Type.String(), ticketId: Type.Integer() }), Type.Null()]),
  pauseReason: Type.Optional(Type.Union([PauseReasonSchema, Type.Null()])),
});
export const CounterQueueSchema = Type.Object({
  counter: CounterViewSchema,
  held: Type.Array(TicketSchema, { description: 'Tickets called, being served or parked at this counter' }),
  waiting: Type.Array(TicketSchema, { description: 'Waiting tickets this counter may call, in call order (at most 200)' }),
});

export const StatsQuery = Type.Object({
  from: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  to: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
}, { additionalProperties: false });
const FiguresSchema = {
  issued: Type.Integer(), served: Type.Integer(), noShow: Type.Integer(), transferred: Type.Integer(), expired: Type.Integer(),
  waitP50: Type.Union([Type.Integer(), Type.Null()], { description: 'seconds from joining the line to the call, nearest-rank' }),
  waitP90: Type.Union([Type.Integer(), Type.Null()]),
  waitMax: Type.Union([Type.Integer(), Type.Null()]),
  serviceP50: Type.Union([Type.Integer(), Type.Null()], { description: 'seconds from the call (or start of service) to finish' }),
  serviceP90: Type.Union([Type.Integer(), Type.Null()]),
  ratings: Type.Object({ 1: Type.Integer(), 2: Type.Integer(), 3: Type.Integer(), 4: Type.Integer() }),
};
export const StatsSchema = Type.Object({
  from: Type.String(), to: Type.String(),
  departments: Type.Array(Type.Object({
    departmentId: Type.Integer(), code: Type.String(), name: Localized, ...FiguresSchema,
    services: Type.Array(Type.Object({ serviceId: Type.Integer(), code: Type.String(), name: Localized, ...FiguresSchema })),
  })),
});

export const AnnouncementQuery = Type.Object({
  number: Type.String({ pattern: '^[0-9]{1,6}$' }),
  counter: Type.Integer({ minimum: 1, maximum: 999 }),
}, { additionalProperties: false });
const AnnouncementPart = Type.Object({ text: Type.String(), clips: Type.Array(Type.String({ description: 'path under /audio/' })) });
export const AnnouncementSchema = Type.Object({ vi: AnnouncementPart, en: Type.Optional(AnnouncementPart) });

export const OkSchema = Type.Object({ ok: Type.Boolean() });

// Compile-time checks: each schema's static type must fit the protocol type of the same name.
export type Fits<A, B> = A extends B ? true : never;
export const schemaChecks: [
  Fits<Static<typeof TicketSchema>, Ticket>,
  Fits<Static<typeof CatalogSchema>, Catalog>,
  Fits<Static<typeof TrackSchema>, TrackView>,
  Fits<Static<typeof CounterViewSchema>, CounterView>,
  Fits<Static<typeof UserSchema>, UserView>,
  Fits<Static<typeof AnnouncementSchema>, AnnouncementPreview>,
] = [true, true, true, true, true, true];
