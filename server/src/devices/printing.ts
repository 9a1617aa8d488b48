// Printing issued tickets on the kiosk's printer, in this process (the one-box site and the demo).
// The ticket is already durable when printing starts: a printer fault never fails it; the outcome
// is recorded on the ticket and reaches the issuing kiosk as print:status.
import { createPrinter, encodeTicket, renderTicket, type TicketPrinter, type TicketPrintData } from '@motcua/drivers';
import { PRIORITY_LABELS, type PrintStatus, type Ticket } from '../protocol/index.ts';
import type { RealtimeHub } from '../realtime/hub.ts';
import type { Actor, QueueService } from '../services/queue.ts';
import type { Printing } from '../http/context.ts';

export interface PrintingOptions {
  /** MOTCUA_PRINTER: file:<dir>, tcp://host:port, a device path, usb://vid:pid. None: no printing. */
  printer?: string;
}

export interface PrintingService extends Printing {
  close(): Promise<void>;
}

/** What the printed ticket shows, in the language the citizen chose. */
export function printData(queue: QueueService, ticket: Ticket, lang: 'vi' | 'en', origin: string): TicketPrintData {
  const { center } = queue.settings;
  const service = queue.catalog.service(ticket.serviceId);
  const department = queue.catalog.department(ticket.departmentId);
  return {
    centerName: center.name[lang],
    departmentName: department.name[lang],
    serviceName: service.name[lang],
    number: ticket.number,
    priorityLabel: ticket.priority ? PRIORITY_LABELS[ticket.priority][lang] : undefined,
    peopleAhead: Math.max(0, (ticket.position ?? 1) - 1),
    etaMinutes: ticket.etaMinutes ?? 0,
    issuedAt: ticket.issuedAt,
    timeZone: center.timeZone,
    counterNumbers: queue.catalog.countersServing(ticket.serviceId).map((c) => c.number),
    trackUrl: `${origin}/t/${ticket.trackCode}`,
    lang,
  };
}

export function createPrinting(queue: QueueService, hub: RealtimeHub, options: PrintingOptions): PrintingService {
  const printer: TicketPrinter | null = options.printer ? createPrinter(options.printer) : null;
  const pending = new Set<Promise<void>>();

  async function print(ticket: Ticket, kiosk: Actor, lang: 'vi' | 'en', origin: string): Promise<void> {
    let status: PrintStatus;
    try {
      const rendered = renderTicket(printData(queue, ticket, lang, origin));
      const result = await printer!.print({ number: ticket.number, png: rendered.png, escpos: encodeTicket(rendered.raster) });
      status = result.status === 'printed'
        ? { ticketId: ticket.id, number: ticket.number, status: 'printed' }
        : { ticketId: ticket.id, number: ticket.number, status: 'failed', reason: result.reason };
    } catch (e) {
      status = { ticketId: ticket.id, number: ticket.number, status: 'failed', reason: `io_error: ${(e as Error).message}` };
    }
    queue.recordPrint(ticket.id, status.status, status.reason ?? null);
    if (kiosk.deviceId !== null) hub.printStatus(kiosk.deviceId, status);
  }

  return {
    submit(ticket, kiosk, lang, origin) {
      if (!printer) return { status: 'none' };
      const job = print(ticket, kiosk, lang, origin).finally(() => pending.delete(job));
      pending.add(job);
      return { status: 'pending' };
    },
    async close() {
      await Promise.all(pending);
      await printer?.close();
    },
  };
}
