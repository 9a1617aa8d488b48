import type { TicketPrintContent } from '@motcua/protocol';
import type { RenderPool } from '../render/pool.ts';
import { issuedDay } from '../ticket/labels.ts';
import type { PaperWidth } from '../ticket/types.ts';
import { asFault } from './fault.ts';
import type { PrintJob, PrintResult, TicketPrinter } from './types.ts';

/**
 * Renders a ticket for the paper in the render pool, then prints it: what the server (one-box site)
 * and the device agent do with each ticket. Never rejects: a render that fails (an error, a thread
 * that died, a full queue) is a failed `io_error` result.
 */
export async function printTicket(printer: TicketPrinter, renderer: RenderPool, data: TicketPrintContent, width: PaperWidth = 576): Promise<PrintResult> {
  let rendered;
  try {
    rendered = await renderer.render(data, width);
  } catch (error) {
    return asFault(error, 'io_error').toResult();
  }
  // the job after the render only: a ticket turned away by a busy renderer costs the event loop nothing more
  return printer.print(printJob(data, rendered));
}

/** What a printer gets for a rendered ticket: its number and day (the file printer's file and folder) with the bytes. */
export function printJob(data: TicketPrintContent, rendered: Pick<PrintJob, 'png' | 'escpos'>): PrintJob {
  return { number: data.number, day: issuedDay(data.issuedAt, data.timeZone), png: rendered.png, escpos: rendered.escpos };
}
