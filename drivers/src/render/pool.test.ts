import { afterAll, describe, expect, it } from 'vitest';
import { justiceTicket, labourTicket, ticketJob } from '../testing/index.ts';
import { createRenderPool } from './pool.ts';

// Real worker threads: the content's number says which job the thread is told to fail.
const pool = createRenderPool({ threads: 1, testFault: (content) => ({ T: 'throw' as const, X: 'exit' as const })[content.number] });
afterAll(() => pool.close());

describe('render pool', () => {
  it('draws and encodes a ticket in a thread exactly as in this one', async () => {
    const job = await pool.render(labourTicket, 576);
    const here = ticketJob(labourTicket);
    expect(job.png.equals(here.png)).toBe(true);
    expect(job.escpos.equals(here.escpos)).toBe(true);
  });

  it('fails only the job whose render throws, and the next ticket renders', async () => {
    await expect(pool.render({ ...justiceTicket, number: 'T' }, 576)).rejects.toThrow(/rendering ticket T failed on purpose/);
    expect((await pool.render(justiceTicket, 384)).png.length).toBeGreaterThan(0);
  });

  it('fails only the job of a thread that dies in it, and a new thread renders the next ticket', async () => {
    const [died, next] = await Promise.allSettled([pool.render({ ...justiceTicket, number: 'X' }, 576), pool.render(justiceTicket, 576)]);
    expect(died).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/exited/) }) });
    expect(next.status).toBe('fulfilled');
  });

  it('refuses a ticket at once when its queue is full', async () => {
    const small = createRenderPool({ threads: 1, maxQueue: 1 });
    try {
      const jobs = Array.from({ length: 4 }, () => small.render(justiceTicket, 576));
      const outcomes = await Promise.allSettled(jobs);
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toContain('Error: the ticket printer is busy: 1 tickets are already waiting to be drawn');
      expect(outcomes[0]!.status).toBe('fulfilled');
    } finally {
      await small.close();
    }
  });
});
