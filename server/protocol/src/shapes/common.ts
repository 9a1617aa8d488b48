// The small shapes every other one is built of: ids, bilingual text, and the closed sets of names
// (priority groups, ticket statuses, roles, counter states, pause reasons) with their labels.
import Type, { type Static, type TSchema } from 'typebox';

/** A schema for one of a closed list of strings, typed as their union. */
export const literals = <T extends string>(values: readonly T[], options: { description?: string } = {}) => Type.Unsafe<T>(Type.Enum([...values], options));
export const Nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) => Type.Union([schema, Type.Null()], options);

export const Id = Type.Integer({ minimum: 1, maximum: 2 ** 31 });
export const IdParams = Type.Object({ id: Id });
export const Ok = Type.Object({ ok: Type.Boolean() });
export type Ok = Static<typeof Ok>;
export const Day = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A business day, YYYY-MM-DD (a real calendar date)' });
/** A local time on the 24-hour clock, HH:MM (also the pattern of the forms that take one). */
export const HHMM_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
export const HHMM = Type.String({ pattern: HHMM_PATTERN, description: 'Local time, HH:MM' });
export const IsoTime = Type.String({ format: 'date-time' });
/** The pattern of a name people read: some character other than a space. */
export const NOT_BLANK_PATTERN = '\\S';
/** A name people read (a center, service, counter, user): not blank, not only spaces. */
export const NameText = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: NOT_BLANK_PATTERN, description: 'Not blank' });

export const LANGS = ['vi', 'en'] as const;
export const Lang = literals(LANGS);
export type Lang = Static<typeof Lang>;
export const LocalizedText = Type.Object({ vi: Type.String(), en: Type.String() });
export type LocalizedText = Static<typeof LocalizedText>;

export const PRIORITY_GROUPS = ['elderly', 'disabled', 'pregnant', 'small_child', 'merit'] as const;
export const PriorityGroup = literals(PRIORITY_GROUPS, { description: 'A declared priority group (merit: người có công với cách mạng)' });
export type PriorityGroup = Static<typeof PriorityGroup>;

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'parked', 'done', 'no_show', 'transferred', 'expired'] as const;
export const TicketStatus = literals(TICKET_STATUSES);
export type TicketStatus = Static<typeof TicketStatus>;

/** Who signs in with a password. */
export const ROLES = ['officer', 'supervisor', 'admin'] as const;
export const Role = literals(ROLES);
export type Role = Static<typeof Role>;

export const DEVICE_KINDS = ['kiosk', 'display', 'agent'] as const;
export const DeviceKind = literals(DEVICE_KINDS);
export type DeviceKind = Static<typeof DeviceKind>;

/** Whoever may call a route: a signed-in user's role, or a device key's kind. */
export type ActorRole = Role | DeviceKind;

export const COUNTER_STATES = ['closed', 'open', 'paused'] as const;
export const CounterState = literals(COUNTER_STATES);
export type CounterState = Static<typeof CounterState>;

export const PAUSE_REASONS = ['lunch', 'meeting', 'other'] as const;
export const PauseReason = literals(PAUSE_REASONS);
export type PauseReason = Static<typeof PauseReason>;

export const RatingScore = Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(4), Type.Literal(5)], {
  description: 'On the 4-level scale 4 = rất hài lòng … 1 = không hài lòng; on the official 5-level scale 5 = rất hài lòng … 1 = rất không hài lòng',
});
export type RatingScore = Static<typeof RatingScore>;
/** How many levels a rating has: 4 (rất hài lòng … không hài lòng) or the official 5 (… rất không hài lòng). */
export const RatingScale = Type.Union([Type.Literal(4), Type.Literal(5)], { description: 'Levels of the rating scale: 4, or the official 5 (Rất hài lòng … Rất không hài lòng)' });
export type RatingScale = Static<typeof RatingScale>;
export const RatingCounts = Type.Object({ 1: Type.Integer(), 2: Type.Integer(), 3: Type.Integer(), 4: Type.Integer(), 5: Type.Optional(Type.Integer({ description: 'On the 5-level scale only' })) });
export type RatingCounts = Static<typeof RatingCounts>;

export const DEVICE_STATES = ['online', 'offline', 'error', 'unknown'] as const;
export const DeviceState = literals(DEVICE_STATES);
export type DeviceState = Static<typeof DeviceState>;

/** Labels of the priority groups, as the kiosk and console show them. */
export const PRIORITY_LABELS: Record<PriorityGroup, LocalizedText> = {
  elderly: { vi: 'Người cao tuổi', en: 'Elderly person' },
  disabled: { vi: 'Người khuyết tật', en: 'Person with a disability' },
  pregnant: { vi: 'Phụ nữ mang thai', en: 'Pregnant woman' },
  small_child: { vi: 'Người có con nhỏ', en: 'Parent with a small child' },
  merit: { vi: 'Người có công với cách mạng', en: 'Person with revolutionary merit' },
};

/** Labels of the reasons a counter pauses, as the console, the dashboard and the audit log show them. */
export const PAUSE_LABELS: Record<PauseReason, LocalizedText> = {
  lunch: { vi: 'Nghỉ trưa', en: 'Lunch break' },
  meeting: { vi: 'Họp', en: 'Meeting' },
  other: { vi: 'Việc khác', en: 'Other' },
};

/** Rating scores of the 4-level scale: 4 = rất hài lòng … 1 = không hài lòng. */
export const RATING_LABELS: Record<1 | 2 | 3 | 4, LocalizedText> = {
  4: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  3: { vi: 'Hài lòng', en: 'Satisfied' },
  2: { vi: 'Bình thường', en: 'Neutral' },
  1: { vi: 'Không hài lòng', en: 'Dissatisfied' },
};

/** The official 5-level scale: 5 = rất hài lòng … 1 = rất không hài lòng. */
const RATING_LABELS_5: Record<RatingScore, LocalizedText> = {
  5: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  4: { vi: 'Hài lòng', en: 'Satisfied' },
  3: { vi: 'Bình thường', en: 'Neutral' },
  2: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  1: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
};

/** The label of a score on its scale. */
export function ratingLabel(score: RatingScore, scale: RatingScale): LocalizedText {
  return scale === 5 || score === 5 ? RATING_LABELS_5[score] : RATING_LABELS[score];
}

/** The scores of a scale, best first (the order buttons show them in). */
export function ratingScores(scale: RatingScale): RatingScore[] {
  return scale === 5 ? [5, 4, 3, 2, 1] : [4, 3, 2, 1];
}
