// The call policy: which waiting ticket a counter gets next, and why.
import { PRIORITY_LABELS, type PriorityGroup } from '../protocol/index.ts';

export interface CallPolicy {
  /** At most this many priority calls in a row at a counter while normal tickets wait. */
  maxPriorityPerNormal: number;
  /** A ticket waiting at least this long is promoted to the priority line. */
  agingMinutes: number;
  /** Recalls allowed; the next recall marks the ticket no-show. */
  recallLimit: number;
}

export const DEFAULT_POLICY: CallPolicy = { maxPriorityPerNormal: 2, agingMinutes: 45, recallLimit: 3 };

/** The head of one line a counter could call from (the store gives at most a few of these). */
export interface Candidate {
  ticketId: number;
  number: string;
  serviceName: string;
  priority: PriorityGroup | null;
  arrivalAt: Date;
  /** The counter's weight for this ticket's service (work profile); higher is preferred. */
  weight: number;
  /** Sent to this counter by a transfer. */
  targeted: boolean;
}

export interface Choice {
  ticketId: number;
  reason: string;
  /** The counter's run of priority calls after this one. */
  priorityStreak: number;
}

function minutesWaited(c: Candidate, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - c.arrivalAt.getTime()) / 60_000));
}

function best(pool: Candidate[], now: Date): Candidate {
  let chosen = pool[0]!;
  let chosenScore = -1;
  for (const c of pool) {
    const score = Math.max(1, now.getTime() - c.arrivalAt.getTime()) * c.weight;
    if (score > chosenScore || (score === chosenScore && c.ticketId < chosen.ticketId)) {
      chosen = c;
      chosenScore = score;
    }
  }
  return chosen;
}

function describe(c: Candidate, now: Date, policy: CallPolicy, why: 'priority' | 'aged' | 'interleave' | 'normal'): string {
  const waited = `waited ${minutesWaited(c, now)} min`;
  const target = c.targeted ? ', transferred to this counter' : '';
  switch (why) {
    case 'priority':
      return `priority: ${PRIORITY_LABELS[c.priority!].en.toLowerCase()}, ${waited}${target}`;
    case 'aged':
      return `${waited}, over the ${policy.agingMinutes} min aging threshold (${c.serviceName})${target}`;
    case 'interleave':
      return `normal turn after ${policy.maxPriorityPerNormal} priority calls: oldest normal ticket for ${c.serviceName}, ${waited}${target}`;
    case 'normal':
      return `oldest normal ticket for ${c.serviceName}, ${waited}${target}`;
  }
}

/**
 * Picks the next ticket among the heads of the lines a counter serves. Priority tickets (and
 * tickets older than the aging threshold) go first, but after `maxPriorityPerNormal` priority
 * calls in a row a waiting normal ticket gets its turn. Within a line the longest wait, scaled by
 * the counter's weight for the service, wins.
 */
export function chooseNext(candidates: readonly Candidate[], priorityStreak: number, policy: CallPolicy, now: Date): Choice | null {
  if (candidates.length === 0) return null;
  const agingMs = policy.agingMinutes * 60_000;
  const aged = (c: Candidate) => c.priority === null && now.getTime() - c.arrivalAt.getTime() >= agingMs;
  const priorityLine = candidates.filter((c) => c.priority !== null || aged(c));
  const normalLine = candidates.filter((c) => c.priority === null && !aged(c));

  if (priorityLine.length > 0 && (normalLine.length === 0 || priorityStreak < policy.maxPriorityPerNormal)) {
    const c = best(priorityLine, now);
    return { ticketId: c.ticketId, reason: describe(c, now, policy, c.priority ? 'priority' : 'aged'), priorityStreak: normalLine.length > 0 ? priorityStreak + 1 : 0 };
  }
  const c = best(normalLine, now);
  return { ticketId: c.ticketId, reason: describe(c, now, policy, priorityLine.length > 0 ? 'interleave' : 'normal'), priorityStreak: 0 };
}

/** What a recall does: announce again, or, past the limit, mark the ticket no-show. */
export function recallOutcome(recallsSoFar: number, policy: CallPolicy): 'recall' | 'no_show' {
  return recallsSoFar >= policy.recallLimit ? 'no_show' : 'recall';
}
