// /api/me and /api/rating: what the officer console and the rating tablet read beyond the counter
// commands: who I am and where I work, my day so far, and the ticket a counter's tablet asks about.
import { RATING_WINDOW_MINUTES } from '@motcua/protocol';
import { conflict, notFound } from '../../domain/errors.ts';
import { OfficerStore } from '../../store/officer.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

export function meHandlers(ctx: RouteContext): Handlers<'GET /api/me' | 'GET /api/me/day' | 'GET /api/rating/prompt'> {
  const store = new OfficerStore(ctx.queue.store.db);
  return {
    'GET /api/me': async (request) => {
      const userId = actorOf(request).userId!;
      const user = store.user(userId);
      if (!user) throw notFound('unknown_user', 'Your account no longer exists. Sign in again.', 'Tài khoản của bạn không còn tồn tại. Vui lòng đăng nhập lại.');
      return {
        user: { id: user.id, username: user.username, role: user.role, displayName: user.displayName ?? user.username, departmentId: user.departmentId },
        counterId: ctx.queue.store.catalog.counterOfOfficer(userId) ?? null,
        recallLimit: ctx.queue.policy.recallLimit,
      };
    },
    'GET /api/me/day': async (request) => {
      const userId = actorOf(request).userId!;
      const businessDay = ctx.queue.today();
      const byScore = store.ratings(businessDay, userId);
      const count = byScore[1] + byScore[2] + byScore[3] + byScore[4];
      const sum = byScore[1] + 2 * byScore[2] + 3 * byScore[3] + 4 * byScore[4];
      return { businessDay, ...store.day(businessDay, userId), ratings: { count, average: count === 0 ? null : sum / count, byScore } };
    },
    'GET /api/rating/prompt': async (request) => {
      const counterId = actorOf(request).deviceCounterId;
      if (counterId === null) throw conflict('device_not_bound', 'This device is not bound to a counter. Ask an administrator to bind it to the counter it stands at.', 'Thiết bị này chưa gắn với quầy nào. Đề nghị quản trị viên gắn thiết bị với quầy nơi nó được đặt.');
      const counter = ctx.queue.catalog.counter(counterId);
      const last = store.lastFinished(ctx.queue.today(), counterId);
      const fresh = last !== undefined && !last.rated && ctx.clock().getTime() - last.finishedAt < RATING_WINDOW_MINUTES * 60_000;
      return {
        counter: { id: counter.id, number: counter.number, name: counter.name },
        prompt: fresh ? { ticketId: last.id, number: String(last.number), counterId, counterNumber: counter.number, finishedAt: new Date(last.finishedAt).toISOString() } : null,
      };
    },
  };
}
