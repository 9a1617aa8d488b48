import { describe, expect, it } from 'vitest';
import { TICKET_STATUSES, type TicketStatus } from '@motcua/protocol';
import { DomainError } from './errors.ts';
import { canApply, transition, type TicketAction } from './ticket-state.ts';

const ACTIONS: TicketAction[] = ['call', 'recall', 'serve', 'finish', 'no_show', 'transfer', 'park', 'resume', 'expire'];

const LEGAL: [TicketStatus, TicketAction, TicketStatus][] = [
  ['waiting', 'call', 'called'],
  ['parked', 'call', 'called'],
  ['called', 'recall', 'called'],
  ['called', 'serve', 'serving'],
  ['called', 'finish', 'done'],
  ['serving', 'finish', 'done'],
  ['called', 'no_show', 'no_show'],
  ['parked', 'no_show', 'no_show'],
  ['called', 'transfer', 'transferred'],
  ['serving', 'transfer', 'transferred'],
  ['parked', 'transfer', 'transferred'],
  ['called', 'park', 'parked'],
  ['serving', 'park', 'parked'],
  ['parked', 'resume', 'serving'],
  ['waiting', 'expire', 'expired'],
  ['called', 'expire', 'expired'],
  ['parked', 'expire', 'expired'],
];

describe('ticket state machine', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(transition('1001', from, action)).toBe(to);
  });

  const illegal = TICKET_STATUSES.flatMap((s) => ACTIONS.map((a) => [s, a] as const))
    .filter(([s, a]) => !LEGAL.some(([f, la]) => f === s && la === a));

  it('refuses every other transition with a conflict that names the ticket', () => {
    expect(illegal.length).toBe(TICKET_STATUSES.length * ACTIONS.length - LEGAL.length);
    for (const [status, action] of illegal) {
      expect(canApply(status, action)).toBe(false);
      let error: unknown;
      try {
        transition('1023', status, action);
      } catch (e) {
        error = e;
      }
      expect(error, `${status} --${action}-->`).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(409);
      expect((error as DomainError).message).toContain('1023');
    }
  });

  it('keeps finished tickets finished', () => {
    for (const done of ['done', 'no_show', 'transferred', 'expired'] as const) {
      for (const action of ACTIONS) expect(canApply(done, action)).toBe(false);
    }
  });
});
