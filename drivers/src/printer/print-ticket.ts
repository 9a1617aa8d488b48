import { encodeTicket } from '../escpos/encode.ts';
import { renderTicket } from '../ticket/render.ts';
import type { PaperWidth, TicketPrintData } from '../ticket/types.ts';
import { asFault } from './fault.ts';
import type { PrintResult, TicketPrinter } from './types.ts';

/**
 * Renders a ticket for the paper, encodes it and prints it: what the server (one-box site) and the
 * device agent do with each ticket. Never rejects: a rendering error is a failed `io_error` result.
 */
export async function printTicket(printer: TicketPrinter, data: TicketPrintData, width: PaperWidth = 576): Promise<PrintResult> {
  let job;
  try {
    const { png, raster } = renderTicket(data, { width });
    job = { number: data.number, png, escpos: encodeTicket(raster) };
  } catch (error) {
    return asFault(error, 'io_error').toResult();
  }
  return printer.print(job);
}
