// Asking the server for a ticket, safely: one Idempotency-Key per tap, the same key on every retry,
// so a request that reached the server before the network or the server dropped never issues a
// second ticket. Network faults and 5xx are retried up to a time limit; refusals (4xx) are not.
import { ApiError, call } from '@motcua/protocol/client';
import type { RouteBody, Ticket } from '@motcua/protocol';
import type { LangValue } from '@motcua/ui-kit';

/** A ticket for a service or procedure, or a return ticket from a receipt (its QR text or dossier code). */
export type TicketRequest = { [K in IssuingRoute]: { route: K; body: RouteBody<K>; idempotencyKey: string } }[IssuingRoute];
type IssuingRoute = 'POST /api/tickets' | 'POST /api/tickets/return';

const ATTEMPT_TIMEOUT_MS = 8000;
/**
 * How long the kiosk keeps asking for one tap's ticket before it stops and says no number came
 * (`?issueLimit=<seconds>` sets another). A restart of the server takes seconds, so a tap made
 * meanwhile still gets its ticket; a citizen watching a spinner much longer than a minute walks
 * away, and a ticket printed after that prints for nobody.
 */
export const ISSUE_TIME_LIMIT_MS = 60_000;
const BACKOFF_MS = [300, 700, 1500, 2500];

/** The time limit passed without an answer: the kiosk stopped asking. */
export class IssueTimedOut extends ApiError {
  constructor(readonly limitMs: number) {
    super(0, 'network', `No answer from the server within ${limitMs / 1000} s: the kiosk stopped asking.`);
  }
}

/** A new key for a new ticket; crypto.randomUUID needs https, so plain-http LANs build one. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Worth another try with the same key: the server was not reached or failed inside (not: the dossier system is down, an answer already). */
export function isTransient(error: ApiError): boolean {
  return error.status === 0 || (error.status >= 500 && error.code !== 'dossier_system_unavailable');
}

/**
 * Issues the ticket, retrying transient faults with the same key; `onRetry` fires before each retry.
 * No attempt runs past `limitMs` from the start: then it throws IssueTimedOut and asks no more.
 */
export async function requestTicket(token: string, request: TicketRequest, onRetry: () => void, limitMs = ISSUE_TIME_LIMIT_MS): Promise<Ticket> {
  const deadline = Date.now() + limitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(request.route, {
        body: request.body, token, idempotencyKey: request.idempotencyKey, signal: AbortSignal.timeout(Math.max(1, Math.min(ATTEMPT_TIMEOUT_MS, deadline - Date.now()))),
      });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
      if (!isTransient(error)) throw error;
      const pause = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
      if (Date.now() + pause >= deadline) throw new IssueTimedOut(limitMs);
      onRetry();
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** What the citizen reads when no ticket came: what happened and what to do next. */
export function problemText(error: ApiError, { t }: LangValue): { title: string; advice: string } {
  if (error instanceof IssueTimedOut) {
    // "Try again" sends the same Idempotency-Key: had a request reached the server after all, the
    // citizen gets that ticket, never a second one.
    const seconds = Math.round(error.limitMs / 1000);
    return {
      title: t('Chưa cấp được số cho bạn', 'No number was issued to you'),
      advice: t(
        `Máy chủ không trả lời trong ${seconds} giây nên máy đã ngừng thử. Bấm “Thử lại”: nếu máy chủ đã kịp cấp số, bạn nhận đúng số đó, không bị cấp hai số. Hoặc hỏi nhân viên hướng dẫn.`,
        `The server did not answer for ${seconds} seconds, so the kiosk stopped trying. Tap “Try again”: if the server issued a number after all, you get that same number, never two. Or ask the staff at the desk.`,
      ),
    };
  }
  if (error.status === 429) {
    return { title: t('Máy đang bận', 'The kiosk is busy'), advice: t('Vui lòng chờ một phút rồi bấm “Thử lại”.', 'Please wait a minute, then tap “Try again”.') };
  }
  if (error.code === 'outside_business_hours') {
    return {
      title: t('Đã hết giờ lấy số', 'Ticket issuing is closed'),
      advice: t('Vui lòng quay lại trong giờ làm việc (xem giờ ở cuối màn hình).', 'Please come back during opening hours (shown at the bottom of the screen).'),
    };
  }
  if (error.code === 'daily_cap_reached') {
    return {
      title: t('Hôm nay đã hết số cho dịch vụ này', 'No more numbers today for this service'),
      advice: t('Vui lòng quay lại vào ngày làm việc tiếp theo, hoặc hỏi nhân viên hướng dẫn.', 'Please come back on the next working day, or ask the staff at the desk.'),
    };
  }
  if (error.status === 404 || error.status === 409) {
    return {
      title: t('Dịch vụ này đang tạm ngừng', 'This service is not available now'),
      advice: t('Vui lòng chọn dịch vụ khác hoặc hỏi nhân viên hướng dẫn.', 'Please choose another service, or ask the staff at the desk.'),
    };
  }
  if (error.status === 401 || error.status === 403) {
    return {
      title: t('Máy lấy số chưa được cấp quyền', 'This kiosk is not authorised'),
      advice: t('Vui lòng báo nhân viên hướng dẫn.', 'Please tell the staff at the desk.'),
    };
  }
  return {
    title: t('Chưa lấy được số', 'Could not get a number'),
    advice: t('Máy chủ chưa trả lời. Bấm “Thử lại”, hoặc hỏi nhân viên hướng dẫn.', 'The server is not answering. Tap “Try again”, or ask the staff at the desk.'),
  };
}
