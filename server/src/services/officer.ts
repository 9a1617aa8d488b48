// What the officer console and the rating tablet read beyond the counter commands: who I am and
// where I work, my day so far, and the ticket a counter's tablet asks about.
import type { RouteAnswer } from '@motcua/protocol';
import type { Clock } from '../domain/business-day.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { stillAsking } from '../domain/rating.ts';
import type { OfficerStore } from '../store/officer.ts';
import type { QueueService } from './queue/index.ts';

export class OfficerService {
  constructor(
    private readonly store: OfficerStore,
    private readonly queue: QueueService,
    private readonly clock: Clock,
  ) {}

  me(userId: number): RouteAnswer<'GET /api/me'> {
    const user = this.store.user(userId);
    if (!user) throw notFound('unknown_user', 'Your account no longer exists. Sign in again.', 'Tài khoản của bạn không còn tồn tại. Vui lòng đăng nhập lại.');
    return {
      user: { id: user.id, username: user.username, role: user.role, displayName: user.displayName ?? user.username, departmentId: user.departmentId },
      counterId: this.queue.views.counterOf(userId) ?? null,
      recallLimit: this.queue.policy.recallLimit,
    };
  }

  day(userId: number): RouteAnswer<'GET /api/me/day'> {
    const businessDay = this.queue.today();
    const byScore = this.store.ratings(businessDay, userId);
    const count = byScore[1] + byScore[2] + byScore[3] + byScore[4];
    const sum = byScore[1] + 2 * byScore[2] + 3 * byScore[3] + 4 * byScore[4];
    return { businessDay, ...this.store.day(businessDay, userId), ratings: { count, average: count === 0 ? null : sum / count, byScore } };
  }

  /** The counter a rating device stands at, and the ticket it asks the citizen about, if any. */
  ratingPrompt(counterId: number | null): RouteAnswer<'GET /api/rating/prompt'> {
    if (counterId === null) throw conflict('device_not_bound', 'This device is not bound to a counter. Ask an administrator to bind it to the counter it stands at.', 'Thiết bị này chưa gắn với quầy nào. Đề nghị quản trị viên gắn thiết bị với quầy nơi nó được đặt.');
    const counter = this.queue.catalog.counter(counterId);
    const last = this.store.lastFinished(this.queue.today(), counterId);
    return {
      counter: { id: counter.id, number: counter.number, name: counter.name },
      prompt: last && stillAsking(last, this.clock())
        ? { ticketId: last.id, number: String(last.number), counterId, counterNumber: counter.number, finishedAt: new Date(last.finishedAt).toISOString() }
        : null,
    };
  }
}
