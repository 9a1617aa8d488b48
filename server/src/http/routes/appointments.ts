// /api/appointments/**: slots, booking, a booking's page and cancelling (anyone), and the check-in
// at the kiosk (kiosk key).
import { actorOf } from '../auth.ts';
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

type AppointmentRoute = 'GET /api/appointments/slots' | 'POST /api/appointments' | 'GET /api/appointments/:code' | 'POST /api/appointments/:code/cancel' | 'POST /api/appointments/:code/check-in';

export function appointmentHandlers(ctx: RouteContext): Handlers<AppointmentRoute> {
  const { appointments } = ctx;
  return {
    'GET /api/appointments/slots': async (request) => appointments.slots(request.query.serviceId, request.query.date),
    'POST /api/appointments': async (request) => {
      const booked = appointments.book(request.body);
      return { ...appointments.view(booked), url: `${ctx.publicUrl(request)}/book/${booked.code}` };
    },
    'GET /api/appointments/:code': async (request) => {
      const booked = appointments.find(request.params.code);
      return { ...appointments.view(booked), url: `${ctx.publicUrl(request)}/book/${booked.code}` };
    },
    'POST /api/appointments/:code/cancel': async (request) => {
      appointments.cancel(request.params.code, request.body.idNumber);
      return { ok: true };
    },
    'POST /api/appointments/:code/check-in': async (request) => appointments.checkIn(request.params.code, actorOf(request), ctx.publicUrl(request)),
  };
}
