// Printing issued tickets: on the printer of the device agent a kiosk is bound to (configuration
// devices[].printsThrough), or in this process on MOTCUA_PRINTER (the one-box site and the demo).
// The ticket is already durable when printing starts: a printer fault never fails it; the outcome
// is recorded on the ticket and reaches the issuing kiosk as print:status. An agent's answer that
// comes late (after the timeout, or from before a server restart) is recorded and sent as well.
// Tickets printed here are drawn in the render pool's threads, never on the event loop.
import { createPrinter, createRenderPool, printTicket, type RenderPoolOptions, type TicketPrinter } from '@motcua/drivers';
import type { Clock } from '../domain/business-day.ts';
import { conflict, forbidden, notFound } from '../domain/errors.ts';
import { PRIORITY_LABELS, type Lang, type PrintStatus, type Ticket, type TicketPrintContent, type TicketStatus } from '@motcua/protocol';
import type { RealtimeHub } from '../realtime/hub.ts';
import type { Actor, QueueService } from '../services/queue.ts';
import type { Printing } from '../http/context.ts';
import type { DeviceHub, PrintOutcome } from './hub.ts';

export interface PrintingOptions {
  /** MOTCUA_PRINTER: file:<dir>, tcp://host:port, a device path, usb://vid:pid. None: no printing in this process. */
  printer?: string;
  /** Tests only: makes the render thread fail the job of some content (see RenderPoolOptions). */
  testFault?: RenderPoolOptions['testFault'];
}

export interface PrintingService extends Printing {
  close(): Promise<void>;
}

/** Where a kiosk's tickets print: through an agent, on this process's printer, or nowhere. */
type Route = { agentId: number; agentName: string } | 'local' | null;

/** A ticket is printed again only while the citizen still needs it. */
const REPRINTABLE: readonly TicketStatus[] = ['waiting', 'called', 'serving', 'parked'];

/** What the printed ticket shows, in the language the citizen chose. */
export function printData(queue: QueueService, ticket: Ticket, lang: Lang, origin: string): TicketPrintContent {
  const { center } = queue.settings;
  const service = queue.catalog.service(ticket.serviceId);
  const department = queue.catalog.department(ticket.departmentId);
  return {
    centerName: center.name[lang],
    departmentName: department.name[lang],
    serviceName: service.name[lang],
    number: ticket.number,
    ...(ticket.priority ? { priorityLabel: PRIORITY_LABELS[ticket.priority][lang] } : {}),
    peopleAhead: Math.max(0, (ticket.position ?? 1) - 1),
    etaMinutes: ticket.etaMinutes ?? 0,
    issuedAt: ticket.issuedAt,
    timeZone: center.timeZone,
    counterNumbers: queue.catalog.countersServing(ticket.serviceId).map((c) => c.number),
    trackUrl: `${origin}/t/${ticket.trackCode}`,
    lang,
  };
}

export function createPrinting(queue: QueueService, hub: RealtimeHub, devices: DeviceHub, options: PrintingOptions, clock: Clock): PrintingService {
  const printer: TicketPrinter | null = options.printer ? createPrinter(options.printer) : null;
  const renderer = printer && createRenderPool({ testFault: options.testFault });
  const pending = new Set<Promise<unknown>>();

  function routeOf(kioskId: number | null): Route {
    const agent = kioskId === null ? undefined : queue.store.admin.printAgentOf(kioskId);
    if (agent) return { agentId: agent.id, agentName: agent.name };
    return printer ? 'local' : null;
  }

  async function printHere(content: TicketPrintContent): Promise<PrintOutcome> {
    const result = await printTicket(printer!, renderer!, content);
    return result.status === 'printed' ? result : { status: 'failed', reason: result.reason };
  }

  function record(ticket: Ticket, kioskId: number | null, outcome: PrintOutcome): PrintStatus {
    const status: PrintStatus = { ticketId: ticket.id, number: ticket.number, ...outcome };
    queue.recordPrint(ticket.id, status.status, status.reason ?? null);
    if (kioskId !== null) hub.printStatus(kioskId, status);
    return status;
  }

  function print(ticket: Ticket, kioskId: number | null, route: Exclude<Route, null>, lang: Lang, origin: string, reprint: boolean): Promise<PrintStatus> {
    const content = printData(queue, ticket, lang, origin);
    const work = (route === 'local'
      ? printHere(content)
      : devices.print(route.agentId, route.agentName, { ticketId: ticket.id, number: ticket.number, kioskId, reprint, content })
    ).then((outcome) => record(ticket, kioskId, outcome));
    pending.add(work);
    void work.finally(() => pending.delete(work));
    return work;
  }

  // An agent's answer to a job that already settled counts if the ticket's kiosk prints through it.
  devices.onLateResult((agentId, result) => {
    const t = queue.store.tickets.get(result.ticketId);
    const route = t ? routeOf(t.kioskId) : null;
    if (!t || route === null || route === 'local' || route.agentId !== agentId) return;
    record(queue.view(t), t.kioskId, result.status === 'printed' ? { status: 'printed' } : { status: 'failed', reason: result.reason ?? 'io_error: no reason given' });
  });

  return {
    submit(ticket, kiosk, lang, origin) {
      const route = routeOf(kiosk.deviceId);
      if (!route) return { status: 'none' };
      void print(ticket, kiosk.deviceId, route, lang, origin, false);
      return { status: 'pending' };
    },
    async reprint(ticketId: number, actor: Actor, origin: string): Promise<PrintStatus> {
      const t = queue.store.tickets.get(ticketId);
      if (!t) throw notFound('unknown_ticket', `No ticket with id ${ticketId}.`);
      if (actor.role === 'kiosk' && t.kioskId !== actor.deviceId) throw forbidden('not_this_kiosk', 'A kiosk prints again only the tickets it issued.');
      const ticket = queue.view(t);
      if (!REPRINTABLE.includes(t.status)) {
        throw conflict('not_reprintable', `Ticket ${ticket.number} is ${t.status}: only a ticket still waiting or at a counter is printed again.`, `Phiếu ${ticket.number} đã kết thúc: chỉ in lại phiếu đang chờ hoặc đang ở quầy.`);
      }
      const route = routeOf(t.kioskId);
      if (!route) throw conflict('no_printer', 'No printer prints this ticket: its kiosk prints through no device agent and the server has none (MOTCUA_PRINTER). Bind the kiosk to an agent in the administration.');
      queue.store.audit.record({ at: clock().getTime(), userId: actor.userId, deviceId: actor.deviceId, action: 'ticket.reprint', counterId: null, ticketId, detail: null });
      return print(ticket, t.kioskId, route, t.lang, origin, true);
    },
    async close() {
      devices.close();
      await Promise.all(pending);
      await Promise.all([printer?.close(), renderer?.close()]);
    },
  };
}
