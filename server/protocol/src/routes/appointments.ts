// Appointments (/api/appointments/**): slots and booking from a phone (anyone), cancelling with the
// ID number, and the check-in at the kiosk, which issues a ticket called at the slot.
import { Ok } from '../shapes/common.ts';
import { Appointment, AppointmentParams, BookingRequest, CancelRequest, SlotList, SlotsQuery } from '../shapes/appointments.ts';
import { Ticket } from '../shapes/tickets.ts';
import { defineRoutes } from './spec.ts';

export const appointmentRoutes = defineRoutes({
  'GET /api/appointments/slots': {
    roles: 'anyone', tags: ['appointments'],
    summary: 'The slots of a service on a day (center time) with the places left; none on a closed day or beyond the days open for booking',
    query: SlotsQuery, answer: SlotList, refusals: [404],
  },
  'POST /api/appointments': {
    roles: 'anyone', tags: ['appointments'],
    summary: 'Book a slot for a service (or a procedure: its service) with a phone number and the citizen ID number (CCCD)',
    description: [
      '400 `bad_id_number` (12 digits, a province code first), 400 `bad_phone`, 400 `no_such_slot`; 409 `slot_passed` (already begun), 409 `slot_full`,',
      '409 `booking_limit_reached` (per ID number: 2 a day, 1 per service by default). The ID number is kept only as a keyed hash; the phone until the day after.',
      'Bookings for the last place of a slot are decided in one transaction: never more than its capacity. Rate-limited per address with POST /api/tickets (MOTCUA_RATE_LIMIT a minute).',
    ].join(' '),
    body: BookingRequest, status: 201, answer: Appointment, refusals: [404, 409, 429],
  },
  'GET /api/appointments/:code': {
    roles: 'anyone', tags: ['appointments'],
    summary: 'A booking by its code (its page /book/<code>): service, day, slot, status, check-in window; no personal data',
    params: AppointmentParams, answer: Appointment, refusals: [404],
  },
  'POST /api/appointments/:code/cancel': {
    roles: 'anyone', tags: ['appointments'],
    summary: 'Cancel a booking, with the ID number it was made with (403 not_your_appointment otherwise); the place is free again',
    params: AppointmentParams, body: CancelRequest, answer: Ok, refusals: [404, 409],
  },
  'POST /api/appointments/:code/check-in': {
    roles: ['kiosk'], tags: ['kiosk', 'appointments'],
    summary: 'Check in at the kiosk with the booking code (its QR code) or the ID number: a ticket called at the slot, ahead of normal tickets',
    description: 'From 30 minutes before the slot until 15 minutes after its start (center settings): 201, the ticket with `appointment`. Earlier: 409 `too_early` with `from`; later: 409 `too_late` with `serviceId` (take a normal ticket). Checking in again answers the same ticket.',
    params: AppointmentParams, status: 201, answer: Ticket, refusals: [404, 409],
  },
});
