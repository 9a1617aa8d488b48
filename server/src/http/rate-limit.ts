// Ticket issuing is limited per kiosk key (MOTCUA_RATE_LIMIT tickets a minute) with
// @fastify/rate-limit: enough to stop a stuck or abused kiosk. Over the limit: 429 rate_limited
// with retryAfter and a Retry-After header. Counted after the role check, so per kiosk, not per IP.
// Booking an appointment (anyone) is limited the same way per address, so that one client cannot
// take every slot of a day.
import rateLimit from '@fastify/rate-limit';
import type { App } from './context.ts';
import { RetryLater } from '../security/throttle.ts';

/** Issuing a ticket for a service or procedure, and a return ticket from a receipt. */
const ISSUE_URLS = new Set(['/api/tickets', '/api/tickets/return', '/api/appointments']);
const BOOKING_URL = '/api/appointments';

export async function limitIssuing(app: App, perMinute: number): Promise<void> {
  if (perMinute <= 0) return;
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => (request.routeOptions.url === BOOKING_URL ? `book:${request.ip}` : `kiosk:${request.actor?.deviceId ?? request.ip}`),
    allowList: (request) => request.method !== 'POST' || !ISSUE_URLS.has(request.routeOptions.url ?? ''),
    errorResponseBuilder: (request, context) => {
      const retryAfter = Math.max(1, Math.ceil(context.ttl / 1000));
      return request.routeOptions.url === BOOKING_URL
        ? new RetryLater('rate_limited', `${perMinute} bookings came from this address in the last minute. Please wait a moment and try again.`,
          'Có quá nhiều lượt đặt lịch từ địa chỉ này trong một phút. Vui lòng chờ giây lát rồi thử lại.', retryAfter)
        : new RetryLater('rate_limited', `This kiosk has issued ${perMinute} tickets in the last minute. Please wait a moment and try again.`,
          'Máy lấy số đã cấp quá nhiều phiếu trong một phút. Vui lòng chờ giây lát rồi thử lại.', retryAfter);
    },
  });
}
