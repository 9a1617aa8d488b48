// Requests take turns: at most REQUESTS_PER_TURN start in one turn of the event loop, the others
// wait for the next turns in the order they came. A burst (50 kiosks at once) then runs in slices
// of a few milliseconds, with timers, socket pushes and the group commit between them, instead of
// holding the loop for the whole burst (an officer's call would wait behind every ticket of it).
import type { FastifyInstance } from 'fastify';

/** About 4 ms of issuing (0.5 ms a ticket) per turn. */
export const REQUESTS_PER_TURN = 8;

export function takeTurns(app: FastifyInstance, perTurn = REQUESTS_PER_TURN): void {
  const waiting: (() => void)[] = [];
  let started = 0;
  let turnAhead = false;
  // Runs once per turn while requests come (setImmediate: after this turn's I/O, before the next
  // turn's timers): a new count, and the next requests in line.
  const nextTurn = () => {
    turnAhead = false;
    started = 0;
    while (started < perTurn && waiting.length > 0) {
      started++;
      waiting.shift()!();
    }
    if (started > 0) awaitTurn();
  };
  const awaitTurn = () => {
    if (turnAhead) return;
    turnAhead = true;
    setImmediate(nextTurn);
  };
  app.addHook('onRequest', (_request, _reply, done) => {
    awaitTurn();
    if (started < perTurn && waiting.length === 0) {
      started++;
      done();
    } else {
      waiting.push(done);
    }
  });
}
