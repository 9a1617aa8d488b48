// What kiosks, displays and consoles know of the center: departments, services, counters, and the
// center's settings that a kiosk needs (names, notice line, business hours).
import Type, { type Static } from 'typebox';
import { HHMM, LocalizedText, RatingScale } from './common.ts';

export const BusinessHours = Type.Object({
  days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true, description: 'ISO weekdays: 1 = Monday … 7 = Sunday' }),
  opens: HHMM,
  closes: HHMM,
  windows: Type.Optional(Type.Array(Type.Object({ opens: HHMM, closes: HHMM }, { additionalProperties: false }), {
    minItems: 1, maxItems: 6, description: 'The windows of a day citizens are received in (e.g. 07:00–11:30 and 13:30–17:00): appointment slots are cut from them; none = opens–closes',
  })),
  holidays: Type.Optional(Type.Array(Type.String({ format: 'date' }), { maxItems: 100, description: 'Closed days (Tết, public holidays), YYYY-MM-DD: no appointment slots' })),
}, { additionalProperties: false, description: 'When the kiosk issues tickets; absent = always' });
export type BusinessHours = Static<typeof BusinessHours>;

export const CenterInfo = Type.Object({
  name: LocalizedText,
  timeZone: Type.String(),
  kioskPriorityStep: Type.Boolean({ description: 'Whether the kiosk asks for a priority group' }),
  notice: LocalizedText,
  businessHours: Type.Optional(BusinessHours),
  issuingOpen: Type.Optional(Type.Boolean({ description: 'Whether POST /api/tickets issues now (409 outside business hours)' })),
  opensAt: Type.Optional(Type.String({ format: 'date-time', description: 'When issuing opens next, while it is closed' })),
  publicUrl: Type.Optional(Type.String({ description: 'The base of links and QR codes for citizens\' phones (a ticket\'s phone page is <publicUrl>/t/<trackCode>)' })),
  ratingScale: Type.Optional(RatingScale),
});
export type CenterInfo = Static<typeof CenterInfo>;

export const CatalogService = Type.Object({
  id: Type.Integer(), code: Type.String(), name: LocalizedText,
  counterNumbers: Type.Optional(Type.Array(Type.Integer(), { description: 'The counters that serve it' })),
});
export type CatalogService = Static<typeof CatalogService>;

export const CatalogDepartment = Type.Object({
  id: Type.Integer(), code: Type.String(), name: LocalizedText,
  services: Type.Array(CatalogService),
  waiting: Type.Optional(Type.Integer({ description: 'Tickets waiting now' })),
});
export type CatalogDepartment = Static<typeof CatalogDepartment>;

export const CatalogCounter = Type.Object({ id: Type.Integer(), number: Type.Integer(), name: Type.String(), departmentId: Type.Integer() });
export type CatalogCounter = Static<typeof CatalogCounter>;

export const Catalog = Type.Object({
  departments: Type.Array(CatalogDepartment),
  counters: Type.Array(CatalogCounter),
  center: Type.Optional(CenterInfo),
});
export type Catalog = Static<typeof Catalog>;
