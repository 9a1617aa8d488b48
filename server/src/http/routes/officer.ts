// What the officer console and the rating tablet read beyond the counter commands: who I am and
// where I work, my day so far, and the ticket a counter's rating tablet asks about.
import Type from 'typebox';
import { conflict, notFound } from '../../domain/errors.ts';
import type { MeView, OfficerDay, RatingTabletState } from '@motcua/protocol';
import { UserSchema } from '@motcua/protocol/schemas';
import { OfficerStore } from '../../store/officer.ts';
import { actorOf } from '../auth.ts';
import { errors, guard, OFFICERS, type App, type RouteContext } from '../context.ts';

/** A finished ticket stays on its counter's rating tablet this long (or until rated or the next finish). */
export const RATING_WINDOW_MINUTES = 10;

const Score = (description: string) => Type.Integer({ minimum: 0, description });
const RatingPromptSchema = Type.Object({
  ticketId: Type.Integer(), number: Type.String(), counterId: Type.Integer(), counterNumber: Type.Integer(), finishedAt: Type.String(),
});
const MeSchema = Type.Object({
  user: UserSchema,
  counterId: Type.Union([Type.Integer(), Type.Null()], { description: 'The counter this user works at now, if any' }),
  recallLimit: Type.Integer({ description: 'Recalls allowed before a further recall marks the ticket no-show (center policy)' }),
});
const DaySchema = Type.Object({
  businessDay: Type.String(),
  served: Type.Integer(), noShow: Type.Integer(), transferred: Type.Integer(),
  averageServiceSeconds: Type.Union([Type.Number(), Type.Null()]),
  ratings: Type.Object({
    count: Type.Integer(), average: Type.Union([Type.Number(), Type.Null()]),
    byScore: Type.Object({ 1: Score('không hài lòng'), 2: Score('bình thường'), 3: Score('hài lòng'), 4: Score('rất hài lòng') }),
  }),
});
const TabletSchema = Type.Object({
  counter: Type.Object({ id: Type.Integer(), number: Type.Integer(), name: Type.String() }),
  prompt: Type.Union([RatingPromptSchema, Type.Null()]),
});

export function officerRoutes(app: App, ctx: RouteContext): void {
  const store = new OfficerStore(ctx.queue.store.db);

  app.get('/api/me', {
    ...guard(ctx, OFFICERS),
    schema: { tags: ['officer'], summary: 'The signed-in user, the counter they work at now, and the recall limit of the call policy', response: { 200: MeSchema, ...errors(401, 403) } },
  }, async (request): Promise<MeView> => {
    const userId = actorOf(request).userId!;
    const user = store.user(userId);
    if (!user) throw notFound('unknown_user', 'Your account no longer exists. Sign in again.', 'Tài khoản của bạn không còn tồn tại. Vui lòng đăng nhập lại.');
    return {
      user: { id: user.id, username: user.username, role: user.role, displayName: user.displayName ?? user.username, departmentId: user.departmentId },
      counterId: ctx.queue.store.catalog.counterOfOfficer(userId) ?? null,
      recallLimit: ctx.queue.policy.recallLimit,
    };
  });

  app.get('/api/me/day', {
    ...guard(ctx, OFFICERS),
    schema: {
      tags: ['officer'],
      summary: "The signed-in officer's business day so far: tickets served, no-shows, transfers, average service time, ratings",
      response: { 200: DaySchema, ...errors(401, 403) },
    },
  }, async (request): Promise<OfficerDay> => {
    const userId = actorOf(request).userId!;
    const businessDay = ctx.queue.today();
    const byScore = store.ratings(businessDay, userId);
    const count = byScore[1] + byScore[2] + byScore[3] + byScore[4];
    const sum = byScore[1] + 2 * byScore[2] + 3 * byScore[3] + 4 * byScore[4];
    return { businessDay, ...store.day(businessDay, userId), ratings: { count, average: count === 0 ? null : sum / count, byScore } };
  });

  app.get('/api/rating/prompt', {
    ...guard(ctx, ['display', 'agent']),
    schema: {
      tags: ['rating'],
      summary: "A rating tablet's start: its counter, and the ticket finished there last if it still waits for a rating",
      description: `With the key of a device bound to a counter. The prompt lasts ${RATING_WINDOW_MINUTES} minutes after the finish; later ones arrive as \`rating:open\` on the device's socket (room \`counter:<id>\`), and \`rating:closed\` once rated.`,
      response: { 200: TabletSchema, ...errors(401, 403, 409) },
    },
  }, async (request): Promise<RatingTabletState> => {
    const counterId = actorOf(request).deviceCounterId;
    if (counterId === null) throw conflict('device_not_bound', 'This device is not bound to a counter. Ask an administrator to bind it to the counter it stands at.', 'Thiết bị này chưa gắn với quầy nào. Đề nghị quản trị viên gắn thiết bị với quầy nơi nó được đặt.');
    const counter = ctx.queue.catalog.counter(counterId);
    const last = store.lastFinished(ctx.queue.today(), counterId);
    const fresh = last !== undefined && !last.rated && ctx.clock().getTime() - last.finishedAt < RATING_WINDOW_MINUTES * 60_000;
    return {
      counter: { id: counter.id, number: counter.number, name: counter.name },
      prompt: fresh ? { ticketId: last.id, number: String(last.number), counterId, counterNumber: counter.number, finishedAt: new Date(last.finishedAt).toISOString() } : null,
    };
  });
}
