// /api/dashboard and /api/devices/status: the supervisor's live figures and the state of devices.
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

export function dashboardHandlers(ctx: RouteContext): Handlers<'GET /api/dashboard' | 'GET /api/devices/status'> {
  return {
    'GET /api/dashboard': async () => {
      const diskFullSince = ctx.health.diskFullSince;
      return { ...ctx.dashboard.view(), bookedHours: ctx.appointments.bookedHours(), ...(diskFullSince ? { diskFullSince: diskFullSince.toISOString() } : {}) };
    },
    'GET /api/devices/status': async () => ({ devices: ctx.devices.list(ctx.queue.today()) }),
  };
}
