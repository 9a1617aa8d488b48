import { isStatusByte, parseStatus, StatusRequest, statusFault, statusRequest } from '../escpos/status.ts';
import { asFault, type PrinterFault } from './fault.ts';
import type { PrinterLink } from './link.ts';
import type { PrinterStatus, PrinterTimeouts, PrintResult, TicketPrinter } from './types.ts';

export const NO_STATUS_REASON = 'no_status: the printer answers no status request (DLE EOT), so faults go unseen';

async function ask(link: PrinterLink, request: StatusRequest, timeoutMs: number): Promise<number | undefined> {
  await link.write(statusRequest(request));
  const byte = await link.readByte(timeoutMs);
  return byte !== undefined && isStatusByte(byte) ? byte : undefined;
}

/** Asks `DLE EOT 1`, then 2 and 4 if the printer answered the first. */
async function queryStatus(link: PrinterLink, timeoutMs: number): Promise<PrinterStatus> {
  const printer = link.twoWay ? await ask(link, StatusRequest.printer, timeoutMs) : undefined;
  if (printer === undefined) return { online: true, reason: NO_STATUS_REASON };
  const offlineCause = await ask(link, StatusRequest.offlineCause, timeoutMs);
  const paperSensor = await ask(link, StatusRequest.paperSensor, timeoutMs);
  return parseStatus({ printer, offlineCause, paperSensor });
}

/**
 * An ESC/POS printer behind any link: each job opens the link, checks status, sends the bytes and
 * closes it again, so a printer switched off and on between tickets needs nothing special.
 */
export function createEscposPrinter(
  kind: string,
  description: string,
  openLink: () => Promise<PrinterLink>,
  timeouts: PrinterTimeouts,
): TicketPrinter {
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs use on a fresh link, one session at a time; any fault, opening included, goes to onFault. */
  function session<T>(use: (link: PrinterLink) => Promise<T>, onFault: (fault: PrinterFault) => T): Promise<T> {
    const run = queue.then(async () => {
      let link: PrinterLink;
      try {
        link = await openLink();
      } catch (error) {
        return onFault(asFault(error, 'unreachable'));
      }
      try {
        return await use(link);
      } catch (error) {
        return onFault(asFault(error, 'io_error'));
      } finally {
        await link.close();
      }
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    kind,
    describe: () => description,
    print: (job) =>
      session<PrintResult>(
        async (link) => {
          const fault = statusFault(await queryStatus(link, timeouts.statusMs));
          if (fault) return fault.toResult();
          await link.write(job.escpos);
          return { status: 'printed' };
        },
        (fault) => fault.toResult(),
      ),
    status: () =>
      session<PrinterStatus>(
        (link) => queryStatus(link, timeouts.statusMs),
        (fault) => ({ online: false, reason: fault.reason }),
      ),
    close: async () => {
      await queue;
    },
  };
}
