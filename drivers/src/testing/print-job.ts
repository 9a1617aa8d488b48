import { encodeTicket } from '../escpos/encode.ts';
import type { PrintJob } from '../printer/types.ts';
import { renderTicket } from '../ticket/render.ts';
import type { PaperWidth, Raster, TicketPrintData } from '../ticket/types.ts';

/** A print job for a ticket, with the raster it was encoded from to compare what a printer got. */
export function ticketJob(data: TicketPrintData, width: PaperWidth = 576): PrintJob & { raster: Raster } {
  const { png, raster } = renderTicket(data, { width });
  return { number: data.number, png, escpos: encodeTicket(raster), raster };
}
