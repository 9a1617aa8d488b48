// /api/dashboard and /api/devices/status: the supervisor's live figures and the state of devices;
// kiosks' calls for staff, raised at a kiosk and dismissed from the dashboard.
import { actorOf } from '../auth.ts';
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

export function dashboardHandlers(ctx: RouteContext): Handlers<'GET /api/dashboard' | 'GET /api/devices/status' | 'POST /api/kiosk/help' | 'POST /api/dashboard/help/:id/dismiss'> {
  return {
    'GET /api/dashboard': async () => {
      const diskFullSince = ctx.health.diskFullSince;
      return { ...ctx.dashboard.view(), bookedHours: ctx.appointments.bookedHours(), ...(diskFullSince ? { diskFullSince: diskFullSince.toISOString() } : {}) };
    },
    'POST /api/kiosk/help': async (request) => ctx.dashboard.help.request(actorOf(request).deviceId!, request.query.again),
    'POST /api/dashboard/help/:id/dismiss': async (request) => {
      ctx.dashboard.help.dismiss(request.params.id);
      return { ok: true };
    },
    'GET /api/devices/status': async () => ({ devices: ctx.devices.list(ctx.queue.today()) }),
  };
}
