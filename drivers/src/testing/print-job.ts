import type { TicketPrintContent } from '@motcua/protocol';
import { printJob } from '../printer/print-ticket.ts';
import type { PrintJob } from '../printer/types.ts';
import { renderJob } from '../render/worker.ts';
import type { PaperWidth, Raster } from '../ticket/types.ts';

/** A print job for a ticket, rendered in this thread, with the raster it was encoded from to compare what a printer got. */
export function ticketJob(data: TicketPrintContent, width: PaperWidth = 576): PrintJob & { raster: Raster } {
  const rendered = renderJob(data, width);
  return { ...printJob(data, rendered), raster: rendered.raster };
}
