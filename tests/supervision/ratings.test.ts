// Ratings nobody can game (issue 16 item 6), through the real server: each rating records who
// entered it (the counter's rating tablet, or the officer on the console); the satisfaction index
// leaves the officers' out unless the center counts them; the scale is 4 levels or the official 5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

let server: Running;
let officer: string;
let admin: string;
let day: string;

beforeAll(async () => {
  server = await startServer();
  officer = await officerAt(server.url, 'officer01', 1);
  admin = await login(server.url, 'admin', 'admin');
  day = server.queue.today();
});
afterAll(() => server.close());

/** A ticket served and finished at counter 1, ready for its rating. */
async function finished(): Promise<number> {
  const ticket = await issue(server.url, 1);
  await send(server.url, 'POST /api/counters/:id/call', { params: { id: 1 }, token: officer, body: { number: ticket.number } });
  await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: ticket.id }, token: officer });
  return ticket.id;
}
const report = async () => (await send(server.url, 'GET /api/reports', { token: admin, query: { from: day, to: day } })).body.total;
const setCenter = async (change: { ratingScale?: 4 | 5; officerRatingsInIndex?: boolean }) => {
  const { center } = (await send(server.url, 'GET /api/admin', { token: admin })).body;
  await send(server.url, 'PUT /api/admin/center', { token: admin, body: { ...center, ...change } });
};

describe('ratings', () => {
  it('record who entered them, and the index leaves the officer\'s out by default', async () => {
    await send(server.url, 'POST /api/tickets/:id/rating', { params: { id: await finished() }, token: officer, body: { score: 4 } });
    await send(server.url, 'POST /api/tickets/:id/rating', { params: { id: await finished() }, token: 'demo-rate-1', body: { score: 1 } });
    expect(await report()).toMatchObject({ ratingsByOfficers: 1, ratingsByCitizens: 1, satisfaction: 0, ratings: { 1: 1, 4: 1 } });
    const audit = (await send(server.url, 'GET /api/audit', { token: admin, query: { from: day, to: day, action: 'ticket.rate' } })).body.entries;
    expect(audit.map((e) => e.detail.enteredBy).sort()).toEqual(['device', 'officer']);

    await setCenter({ officerRatingsInIndex: true });
    expect((await report()).satisfaction).toBe(50);
    await setCenter({ officerRatingsInIndex: false });
  });

  it('take the official 5-level scale when the center sets it: the tablet learns it, score 5 is the top', async () => {
    await setCenter({ ratingScale: 5 });
    expect((await send(server.url, 'GET /api/catalog')).body.center?.ratingScale).toBe(5);
    await send(server.url, 'POST /api/tickets/:id/rating', { params: { id: await finished() }, token: 'demo-rate-1', body: { score: 5 } });
    const total = await report();
    expect(total.ratingsFive).toMatchObject({ 5: 1 });
    expect(total.satisfaction).toBe(50);
    // a 4-button rating box says its scale; 5 is beyond it
    const off = await refusal(server.url, 'POST /api/tickets/:id/rating', { params: { id: await finished() }, token: 'demo-rate-1', body: { score: 5, scale: 4 } });
    expect(off.body.error).toMatchObject({ code: 'score_off_scale', messageVi: expect.stringContaining('thang 4 mức') });
    await setCenter({ ratingScale: 4 });
  });
});
