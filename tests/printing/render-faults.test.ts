// Printing on the server's own printer when the render thread fails: a render that throws and a
// thread that dies in the middle of a job. Real server, real render pool and file printer; the
// fault is the pool's test seam (PrintingOptions.testFault), armed for the next ticket only.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NICE_INCREMENT, type TestFault } from '@motcua/drivers';
import type { PrintStatus, Ticket } from '@motcua/protocol';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, http, issue, login, next, startServer, type Running, type TestSocket } from '../support/server.ts';

const printouts = mkdtempSync(join(tmpdir(), 'motcua-printouts-'));
let fault: TestFault | undefined;
let server: Running;
let kiosk: TestSocket;
let officer: string;
const heard: PrintStatus[] = [];

beforeAll(async () => {
  server = await startServer({
    printing: {
      printer: `file:${printouts}`,
      testFault: () => {
        const armed = fault;
        fault = undefined;
        return armed;
      },
    },
  });
  kiosk = connect(server.url, 'demo-kiosk');
  kiosk.on('print:status', (status) => heard.push(status));
  await next(kiosk, 'queue:snapshot');
  officer = await login(server.url, 'officer01');
});
afterAll(async () => {
  kiosk.close();
  await server.close();
  rmSync(printouts, { recursive: true, force: true });
});

/** The print:status the kiosk hears for a ticket. */
async function statusOf(ticket: Ticket): Promise<PrintStatus> {
  await vi.waitFor(() => expect(heard.map((s) => s.ticketId)).toContain(ticket.id), { timeout: 15_000 });
  return heard.find((s) => s.ticketId === ticket.id)!;
}

describe.each<[TestFault, RegExp]>([
  ['throw', /^io_error: test fault: rendering ticket \d+ failed on purpose$/],
  ['exit', /^io_error: worker exited with code: 70$/],
])('a render thread that fails (%s)', (kind, reason) => {
  it('fails that print only: the ticket stays issued, the kiosk is told, the next ticket prints', async () => {
    fault = kind;
    const failed = await issue(server.url, 1);
    expect(failed.print).toEqual({ status: 'pending' });
    expect(await statusOf(failed)).toEqual({ ticketId: failed.id, number: failed.number, status: 'failed', reason: expect.stringMatching(reason) });
    const { status, body } = await http<{ ticket: Ticket }>(server.url, `/api/tickets/${failed.id}`, { token: officer });
    expect(status).toBe(200);
    expect(body.ticket.status).toBe('waiting');

    const printed = await issue(server.url, 1);
    expect(await statusOf(printed)).toEqual({ ticketId: printed.id, number: printed.number, status: 'printed' });
    expect(readdirSync(printouts).some((day) => existsSync(join(printouts, day, `${printed.number}.png`)))).toBe(true);
  });
});

describe.runIf(process.platform === 'linux')('render threads', () => {
  const nice = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  it('run at a lower priority than the event loop, which keeps its own', async () => {
    await issue(server.url, 1); // a render has run in a pool thread
    const own = nice(readFileSync('/proc/self/stat', 'utf8'));
    const threads = readdirSync('/proc/self/task').map((task) => nice(readFileSync(`/proc/self/task/${task}/stat`, 'utf8')));
    expect(threads).toContain(Math.min(19, own + NICE_INCREMENT));
    expect(own).toBe(getPriority());
  });
});
