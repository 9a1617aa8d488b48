// The call policy: which waiting ticket a counter gets next, and why.
import { PRIORITY_LABELS, type LocalizedText, type PriorityGroup } from '@motcua/protocol';

export interface CallPolicy {
  /** At most this many priority calls in a row at a counter while normal tickets wait. */
  maxPriorityPerNormal: number;
  /** A normal ticket waiting at least this long goes before newer normal tickets (never before a priority group). */
  agingMinutes: number;
  /** Recalls allowed; the next recall marks the ticket no-show. */
  recallLimit: number;
}

export const DEFAULT_POLICY: CallPolicy = { maxPriorityPerNormal: 2, agingMinutes: 45, recallLimit: 3 };

/** The head of one line a counter could call from (the store gives at most a few of these). */
export interface Candidate {
  ticketId: number;
  number: string;
  serviceName: LocalizedText;
  priority: PriorityGroup | null;
  /** When it joined its line (ms since epoch). */
  arrivalAt: number;
  /** The counter's weight for this ticket's service (work profile); higher is preferred. */
  weight: number;
  /** Sent to this counter by a transfer. */
  targeted: boolean;
  /** A checked-in appointment: callable from its slot's start (ms; `label` "HH:MM"), then ahead of normal and aged tickets. */
  appointment?: { at: number; label: string } | null;
}

export interface Choice {
  ticketId: number;
  /** Why, in English (the contract's `reason`) … */
  reason: string;
  /** … and in Vietnamese. */
  reasonVi: string;
  /** The counter's run of priority calls after this one. */
  priorityStreak: number;
}

function minutesWaited(c: Candidate, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - c.arrivalAt) / 60_000));
}

/** Whether `c` beats `than`: the longer wait scaled by the counter's weight, then the lower id. */
function beats(c: Candidate, than: Candidate | undefined, now: number): boolean {
  if (!than) return true;
  const score = Math.max(1, now - c.arrivalAt) * c.weight;
  const other = Math.max(1, now - than.arrivalAt) * than.weight;
  return score > other || (score === other && c.ticketId < than.ticketId);
}

export type Why = 'priority' | 'appointment' | 'aged' | 'interleave' | 'normal';

function describe(c: Candidate, now: Date, policy: CallPolicy, why: Why): { en: string; vi: string } {
  const m = minutesWaited(c, now);
  const target = c.targeted ? { en: ', transferred to this counter', vi: ', được chuyển đến quầy này' } : { en: '', vi: '' };
  const waited = { en: `waited ${m} min`, vi: `đã chờ ${m} phút` };
  switch (why) {
    case 'priority': {
      const group = PRIORITY_LABELS[c.priority!];
      return { en: `priority: ${group.en.toLowerCase()}, ${waited.en}${target.en}`, vi: `ưu tiên: ${group.vi.toLowerCase()}, ${waited.vi}${target.vi}` };
    }
    case 'appointment':
      return { en: `appointment ${c.appointment!.label}, ${waited.en}${target.en}`, vi: `lịch hẹn ${c.appointment!.label}, ${waited.vi}${target.vi}` };
    case 'aged':
      return {
        en: `${waited.en}, over the ${policy.agingMinutes} min aging threshold (${c.serviceName.en})${target.en}`,
        vi: `${waited.vi}, quá ngưỡng ${policy.agingMinutes} phút (${c.serviceName.vi})${target.vi}`,
      };
    case 'interleave':
      return {
        en: `normal turn after ${policy.maxPriorityPerNormal} priority calls: oldest normal ticket for ${c.serviceName.en}, ${waited.en}${target.en}`,
        vi: `lượt thường sau ${policy.maxPriorityPerNormal} lượt ưu tiên: phiếu thường chờ lâu nhất của ${c.serviceName.vi}, ${waited.vi}${target.vi}`,
      };
    case 'normal':
      return { en: `oldest normal ticket for ${c.serviceName.en}, ${waited.en}${target.en}`, vi: `phiếu thường chờ lâu nhất của ${c.serviceName.vi}, ${waited.vi}${target.vi}` };
  }
}

/** What the policy picked, before it is put in words. */
export interface Pick<C extends Candidate = Candidate> {
  candidate: C;
  why: Why;
  priorityStreak: number;
}

/**
 * Picks the next ticket among the heads of the lines a counter serves. Declared priority groups go
 * first, but after `maxPriorityPerNormal` priority calls in a row a waiting normal ticket gets its
 * turn. Among normal tickets, one waiting past the aging threshold goes before newer ones (aging
 * never lifts a normal ticket above a declared priority group). Within a line the longest wait,
 * scaled by the counter's weight for the service, wins. A checked-in appointment is callable from its
 * slot's start and then takes the normal turn ahead of aged and normal tickets (earliest slot first);
 * declared priority groups interleave with it as with any normal ticket. Only the first `count`
 * candidates are read (a caller may reuse one array).
 */
export function pickNext<C extends Candidate>(candidates: readonly C[], priorityStreak: number, policy: CallPolicy, at: number, count = candidates.length): Pick<C> | null {
  const agingMs = policy.agingMinutes * 60_000;
  let priority: C | undefined;
  let booked: C | undefined;
  let aged: C | undefined;
  let normal: C | undefined;
  for (let i = 0; i < count; i++) {
    const c = candidates[i]!;
    if (c.appointment) {
      const start = c.appointment.at;
      if (start <= at && (!booked || start < booked.appointment!.at || (start === booked.appointment!.at && c.ticketId < booked.ticketId))) booked = c;
    } else if (c.priority !== null) {
      if (beats(c, priority, at)) priority = c;
    } else if (at - c.arrivalAt >= agingMs) {
      if (beats(c, aged, at)) aged = c;
    } else if (beats(c, normal, at)) normal = c;
  }
  const normalTurn = booked ?? aged ?? normal;
  if (priority && (!normalTurn || priorityStreak < policy.maxPriorityPerNormal)) {
    return { candidate: priority, why: 'priority', priorityStreak: normalTurn ? priorityStreak + 1 : 0 };
  }
  if (!normalTurn) return null;
  const why: Why = booked ? 'appointment' : aged ? 'aged' : priority ? 'interleave' : 'normal';
  return { candidate: normalTurn, why, priorityStreak: 0 };
}

/**
 * The next `count` tickets in the order the policy calls them, if none arrives meanwhile: at one
 * counter serving every line given with equal weight, starting with no priority streak, the "next
 * up" a display shows; with a counter's weights and streak, what its console lists. An appointment
 * before its slot is not in the order (nothing calls it yet). The policy takes the tickets of one
 * kind (priority or not) and weight in one order, longest wait first, and appointments by slot, so
 * only the first of each such group is weighed at each step: 400 waiting cost 400 × a few heads, not 400².
 */
export function callOrder<C extends Candidate>(candidates: readonly C[], policy: CallPolicy, now: Date, count: number, priorityStreak = 0): C[] {
  const at = now.getTime();
  const groups = new Map<string, C[]>();
  for (const c of candidates) {
    const key = c.appointment ? 'appointment' : `${c.priority === null ? 'normal' : 'priority'} ${c.weight}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  // bookings by slot, then id (as pickNext takes them); the others as `beats` ranks them (ties by id)
  const byTurn = (a: C, b: C) => (a.appointment ? a.appointment.at - b.appointment!.at || a.ticketId - b.ticketId : beats(a, b, at) ? -1 : 1);
  const lines = [...groups.values()].map((group) => group.sort(byTurn));
  const taken = lines.map(() => 0);
  const heads = lines.map((line) => line[0]!);
  const order: C[] = [];
  let streak = priorityStreak;
  while (order.length < count) {
    const pick = pickNext(heads, streak, policy, at);
    if (!pick) break;
    order.push(pick.candidate);
    streak = pick.priorityStreak;
    const i = heads.indexOf(pick.candidate);
    taken[i]! += 1;
    const next = lines[i]![taken[i]!];
    if (next) heads[i] = next;
    else [heads, lines, taken].forEach((list) => list.splice(i, 1));
  }
  return order;
}

/** The next ticket for a counter, with the reason in English and Vietnamese (see pickNext). */
export function chooseNext(candidates: readonly Candidate[], priorityStreak: number, policy: CallPolicy, now: Date): Choice | null {
  const pick = pickNext(candidates, priorityStreak, policy, now.getTime());
  return pick && choice(pick.candidate, describe(pick.candidate, now, policy, pick.why), pick.priorityStreak);
}

function choice(c: Candidate, reason: { en: string; vi: string }, priorityStreak: number): Choice {
  return { ticketId: c.ticketId, reason: reason.en, reasonVi: reason.vi, priorityStreak };
}

/** What a recall does: announce again, or, past the limit, mark the ticket no-show. */
export function recallOutcome(recallsSoFar: number, policy: CallPolicy): 'recall' | 'no_show' {
  return recallsSoFar >= policy.recallLimit ? 'no_show' : 'recall';
}
