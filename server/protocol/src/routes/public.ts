// Routes anyone may call (health, catalog, the phone page's ticket view, announcement previews),
// signing in, and what officers and rating tablets read about themselves (/api/me, /api/rating).
import { Ok } from '../shapes/common.ts';
import { Catalog } from '../shapes/catalog.ts';
import { LoginRequest, LoginResponse, MeView, OfficerDay, RatingTabletState } from '../shapes/people.ts';
import { AnnouncementPreview, AnnouncementQuery, TicketReadingQuery } from '../shapes/queue.ts';
import { NewTicketWaits, PushKey, PushSubscriptionBody, TrackParams, TrackView } from '../shapes/tickets.ts';
import { defineRoutes } from './spec.ts';

const OFFICERS = ['officer', 'supervisor', 'admin'] as const;
/** A finished ticket stays on its counter's rating tablet this long (or until rated or the next finish). */
export const RATING_WINDOW_MINUTES = 10;

export const publicRoutes = defineRoutes({
  'GET /api/health': {
    roles: 'anyone', tags: ['public'], answer: Ok, refusals: [503],
    summary: 'Liveness: { ok: true }, or 503 { ok: false, diskFullSince, error: { code: "disk_full", message, messageVi } } while the disk is full (since a write failed for lack of space, until one succeeds)',
  },
  'GET /api/catalog': {
    roles: 'anyone', tags: ['public'],
    summary: 'Departments with their services on offer (enabled, and in some counter\'s work profile), counters, and the center settings a kiosk needs',
    answer: Catalog,
  },
  'GET /api/waits': {
    roles: 'anyone', tags: ['public'],
    summary: 'The wait a ticket issued now would get, per service (normal and priority) and per department (the range over its services), for kiosks to show before the tap',
    description: 'From the forecast that runs the call policy forward over the live queue, with the open counters and recent service times (the same as a ticket\'s etaMinutes).',
    answer: NewTicketWaits,
  },
  'GET /api/push/key': {
    roles: 'anyone', tags: ['public'], answer: PushKey,
    summary: 'The server\'s VAPID public key for Web Push (made at its first start)',
  },
  'POST /api/tickets/track/:trackCode/push': {
    roles: 'anyone', tags: ['public'], params: TrackParams, body: PushSubscriptionBody, answer: Ok, refusals: [404, 409],
    summary: 'The phone page asks to be told by Web Push when its ticket is near its turn (and only then; nothing else is sent)',
  },
  'GET /api/tickets/track/:trackCode': {
    roles: 'anyone', tags: ['public'],
    summary: 'The public view of one ticket, for the phone page /t/<trackCode> (url: its full address); tracking codes are erased after the retention period',
    params: TrackParams, answer: TrackView, refusals: [404],
  },
  'GET /api/announcements/preview': {
    roles: 'anyone', tags: ['public'],
    summary: 'The words and audio clips (under /audio/) a display plays for a call, in the center\'s dialect',
    query: AnnouncementQuery, answer: AnnouncementPreview,
  },
  'GET /api/announcements/ticket': {
    roles: 'anyone', tags: ['public'],
    summary: 'The words and clips that read a ticket number to the citizen who just took it (the kiosk\'s "Nghe số / Hear the number"): chime and the number in the center\'s dialect, then "ticket number" and its digits in English',
    query: TicketReadingQuery, answer: AnnouncementPreview,
  },
  'POST /api/auth/login': {
    roles: 'anyone', tags: ['auth'],
    summary: 'Sign in; the token goes in Authorization: Bearer <token> and ends after a while unused or at the latest after the absolute lifetime (operations settings: 2 h idle, 12 h by default)',
    description: 'After 5 wrong passwords for one username, or 20 from one address, within 15 minutes: 429 too_many_attempts with retryAfter (seconds) and a Retry-After header.',
    body: LoginRequest, answer: LoginResponse, refusals: [429],
  },
  'POST /api/auth/logout': { roles: 'anyone', tags: ['auth'], summary: 'End this session: the token stops working and the user\'s sockets are disconnected', answer: Ok },
  'GET /api/me': {
    roles: OFFICERS, tags: ['officer'],
    summary: 'The signed-in user, the counter they work at now, and the recall limit of the call policy',
    answer: MeView, refusals: [404],
  },
  'GET /api/me/day': {
    roles: OFFICERS, tags: ['officer'],
    summary: "The signed-in officer's business day so far: tickets served, no-shows, transfers, average service time, ratings",
    answer: OfficerDay,
  },
  'GET /api/rating/prompt': {
    roles: ['display', 'agent'], tags: ['rating'],
    summary: "A rating tablet's start: its counter, and the ticket finished there last if it still waits for a rating",
    description: `With the key of a device bound to a counter. The prompt lasts ${RATING_WINDOW_MINUTES} minutes after the finish; later ones arrive as \`rating:open\` on the device's socket (room \`counter:<id>\`), and \`rating:closed\` once rated.`,
    answer: RatingTabletState, refusals: [409],
  },
});
