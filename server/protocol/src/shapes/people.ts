// Signing in, and what an officer's console and a counter's rating tablet read about themselves.
import Type, { type Static } from 'typebox';
import { Nullable, RatingCounts, Role } from './common.ts';
import { RatingPrompt } from './queue.ts';

export const LoginRequest = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false });
export type LoginRequest = Static<typeof LoginRequest>;

export const UserView = Type.Object({
  id: Type.Integer(), username: Type.String(), role: Role,
  displayName: Type.Optional(Type.String()), departmentId: Type.Optional(Nullable(Type.Integer())),
});
export type UserView = Static<typeof UserView>;
export const LoginResponse = Type.Object({ token: Type.String(), user: UserView });
export type LoginResponse = Static<typeof LoginResponse>;

/** GET /api/me: who is signed in, the counter they work at, and the policy figures a console shows. */
export const MeView = Type.Object({
  user: UserView,
  counterId: Nullable(Type.Integer(), { description: 'The counter this user works at now, if any' }),
  recallLimit: Type.Integer({ description: 'Recalls allowed before a further recall marks the ticket no-show (center policy)' }),
});
export type MeView = Static<typeof MeView>;

/** GET /api/me/day: an officer's business day so far. */
export const OfficerDay = Type.Object({
  businessDay: Type.String(),
  served: Type.Integer(), noShow: Type.Integer(), transferred: Type.Integer(),
  averageServiceSeconds: Nullable(Type.Number(), { description: 'Mean seconds from start of service (or call) to finish, over the tickets served; null before the first' }),
  ratings: Type.Object({ count: Type.Integer(), average: Nullable(Type.Number()), byScore: RatingCounts }),
});
export type OfficerDay = Static<typeof OfficerDay>;

/** GET /api/rating/prompt: the rating tablet's counter and the ticket it asks about, if any. */
export const RatingTabletState = Type.Object({
  counter: Type.Object({ id: Type.Integer(), number: Type.Integer(), name: Type.String() }),
  prompt: Nullable(RatingPrompt),
});
export type RatingTabletState = Static<typeof RatingTabletState>;
