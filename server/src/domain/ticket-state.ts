// The ticket state machine: only these transitions are legal; anything else is a 409.
import type { TicketStatus } from '../protocol/index.ts';
import { conflict } from './errors.ts';

export type TicketAction = 'call' | 'recall' | 'serve' | 'finish' | 'no_show' | 'transfer' | 'park' | 'resume' | 'expire';

const LEGAL: Record<TicketAction, readonly TicketStatus[]> = {
  call: ['waiting', 'parked'],
  recall: ['called'],
  serve: ['called'],
  finish: ['called', 'serving'],
  no_show: ['called', 'parked'],
  transfer: ['called', 'serving', 'parked'],
  park: ['called', 'serving'],
  resume: ['parked'],
  expire: ['waiting', 'called', 'parked'],
};

export const RESULT: Record<TicketAction, TicketStatus> = {
  call: 'called',
  recall: 'called',
  serve: 'serving',
  finish: 'done',
  no_show: 'no_show',
  transfer: 'transferred',
  park: 'parked',
  resume: 'serving',
  expire: 'expired',
};

const ACTION_WORDS: Record<TicketAction, string> = {
  call: 'called', recall: 'recalled', serve: 'served', finish: 'finished', no_show: 'marked no-show',
  transfer: 'transferred', park: 'parked', resume: 'resumed', expire: 'expired',
};

const STATUS_WORDS: Record<TicketStatus, string> = {
  waiting: 'is still waiting', called: 'has been called', serving: 'is being served', parked: 'is parked',
  done: 'is already finished', no_show: 'was marked no-show', transferred: 'was transferred', expired: 'expired at the end of its day',
};

export function canApply(status: TicketStatus, action: TicketAction): boolean {
  return LEGAL[action].includes(status);
}

/** The status after `action`, or a 409 that says why the action cannot be done. */
export function transition(number: string, status: TicketStatus, action: TicketAction): TicketStatus {
  if (!canApply(status, action)) {
    throw conflict('illegal_transition', `Ticket ${number} ${STATUS_WORDS[status]}, so it cannot be ${ACTION_WORDS[action]}.`);
  }
  return RESULT[action];
}

export const LIVE_STATUSES: readonly TicketStatus[] = ['waiting', 'called', 'serving', 'parked'];
