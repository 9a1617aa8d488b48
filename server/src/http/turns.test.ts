import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { takeTurns } from './turns.ts';

describe('requests taking turns', () => {
  const app = Fastify();
  takeTurns(app, 3);
  // one count per turn of the event loop (an immediate that schedules itself runs once a turn)
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const started: { id: number; turn: number }[] = [];
  app.get('/work/:id', async (request) => {
    const id = Number((request.params as { id: string }).id);
    started.push({ id, turn });
    return { id };
  });
  afterAll(async () => {
    ticking = false;
    await app.close();
  });

  it('starts at most 3 in one turn, in the order they came, and answers them all', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => app.inject({ method: 'GET', url: `/work/${i}` })));
    expect(answers.map((a) => a.json<{ id: number }>().id)).toEqual([...Array(10).keys()]);
    expect(started.map((s) => s.id)).toEqual([...Array(10).keys()]);
    const perTurn = new Map<number, number>();
    for (const s of started) perTurn.set(s.turn, (perTurn.get(s.turn) ?? 0) + 1);
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(3);
    expect(perTurn.size).toBeGreaterThanOrEqual(4);
  });
});
