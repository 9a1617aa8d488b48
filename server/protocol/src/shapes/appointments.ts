// Appointments on the wire: the free slots of a service on a day, a booking and its answer, the
// public view of a booking (its page /book/<code>: no personal data), cancelling it.
import Type, { type Static } from 'typebox';
import { Day, Id, Lang, LocalizedText } from './common.ts';

const Clock = Type.String({ pattern: '^([01][0-9]|2[0-4]):[0-5][0-9]$', description: 'Local time of the center, HH:MM' });
/** A booking code: 8 letters and digits as printed under its QR code; check-in also takes the 12-digit ID number. */
export const AppointmentCode = Type.String({ pattern: '^[A-Za-z0-9]{6,12}$', description: 'The booking code (or, at check-in, the 12-digit citizen ID number)' });
export const AppointmentParams = Type.Object({ code: AppointmentCode });

export const SlotsQuery = Type.Object({ serviceId: Id, date: Type.Optional(Day) }, { additionalProperties: false, description: 'No `date`: the first day open for booking' });
export const SlotList = Type.Object({
  date: Type.Optional(Day),
  slots: Type.Array(Type.Object({ start: Clock, end: Clock, free: Type.Integer({ minimum: 0, description: 'Places left' }) })),
  days: Type.Optional(Type.Array(Day, { description: 'The days open for booking: today (when a working day) and the next working days' })),
});
export type SlotList = Static<typeof SlotList>;

const Contact = {
  date: Day, start: Clock,
  phone: Type.String({ minLength: 1, maxLength: 30, description: 'A Vietnamese mobile number: reminders and "your turn is near" go there; erased the day after the appointment' }),
  idNumber: Type.String({ minLength: 1, maxLength: 30, description: 'The 12-digit citizen ID number (CCCD): kept only as a keyed hash, to enforce the limits and to check in' }),
  lang: Type.Optional(Lang),
};
export const BookingRequest = Type.Union([
  Type.Object({ serviceId: Id, ...Contact }, { additionalProperties: false }),
  Type.Object({ procedureId: Id, ...Contact }, { additionalProperties: false }),
]);
export type BookingRequest = Static<typeof BookingRequest>;

export const Appointment = Type.Object({
  code: Type.String(),
  date: Day, start: Clock, end: Type.Optional(Clock),
  serviceId: Type.Integer(),
  status: Type.Union([Type.Literal('booked'), Type.Literal('checked_in'), Type.Literal('cancelled'), Type.Literal('no_show')]),
  serviceName: Type.Optional(LocalizedText),
  departmentName: Type.Optional(LocalizedText),
  procedureCode: Type.Optional(Type.String()),
  checkInFrom: Type.Optional(Type.String({ format: 'date-time', description: 'Check-in at the kiosk opens…' })),
  checkInUntil: Type.Optional(Type.String({ format: 'date-time', description: '…and closes' })),
  url: Type.Optional(Type.String({ description: 'The booking\'s page /book/<code>, the text of its QR code' })),
}, { description: 'A booking, without personal data' });
export type Appointment = Static<typeof Appointment>;

export const CancelRequest = Type.Object({ idNumber: Type.String({ minLength: 1, maxLength: 30, description: 'The ID number the booking was made with' }) }, { additionalProperties: false });

const Seconds = Type.Union([Type.Integer(), Type.Null()]);
export const AppointmentReport = Type.Object({
  rows: Type.Array(Type.Object({
    day: Day, serviceId: Type.Integer(), departmentCode: Type.String(), serviceName: LocalizedText,
    booked: Type.Integer({ description: 'Bookings for that day, cancelled ones included' }),
    cancelled: Type.Integer(), checkedIn: Type.Integer(), noShow: Type.Integer({ description: 'Bookings never checked in before their window closed' }),
    waitFromSlotP50: Seconds, waitFromSlotP90: Type.Union([Type.Integer(), Type.Null()], { description: 'Seconds from the slot\'s start to the call (nearest-rank; a call before the start counts as 0)' }),
  })),
}, { description: 'Appointments per business day and service' });
export type AppointmentReport = Static<typeof AppointmentReport>;

/** Today's bookings by hour of their slot's start (center time), for the dashboard. */
export const BookedHours = Type.Array(Type.Object({ hour: Type.Integer({ minimum: 0, maximum: 23 }), booked: Type.Integer(), checkedIn: Type.Integer() }));
export type BookedHours = Static<typeof BookedHours>;
