// Printing issued tickets: on the printer of the device agent a kiosk is bound to (configuration
// devices[].printsThrough), or in this process on MOTCUA_PRINTER (the one-box site and the demo).
// The ticket is already durable when printing starts: a printer fault never fails it; the outcome
// is recorded on the ticket and reaches the issuing kiosk as print:status. An agent's answer that
// comes late (after the timeout, or from before a server restart) is recorded and sent as well.
// Tickets printed here are drawn in the render pool's threads, never on the event loop.
import { createPrinter, createRenderPool, printTicket, type PrinterStatus, type RenderPoolOptions, type TicketPrinter } from '@motcua/drivers';
import type { Actor } from '../domain/actor.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { assertReprintable } from '../domain/reprint.ts';
import { PRIORITY_LABELS, type Lang, type PrintStatus, type Ticket, type TicketPrintContent } from '@motcua/protocol';
import type { RealtimeHub } from '../realtime/hub.ts';
import type { Printing, QueueService } from '../services/queue/index.ts';
import type { Store } from '../store/index.ts';
import type { DeviceHub, PrintOutcome } from './hub.ts';

export interface PrintingOptions {
  /** MOTCUA_PRINTER: file:<dir>, tcp://host:port, a device path, usb://vid:pid. None: no printing in this process. */
  printer?: string;
  /** Tests only: makes the render thread fail the job of some content (see RenderPoolOptions). */
  testFault?: RenderPoolOptions['testFault'];
}

export interface PrintingService extends Printing {
  /** Where a kiosk's tickets print now. */
  routeOf(kioskId: number | null): Route;
  /** What this process's own printer says of itself (null: it has none). */
  localStatus(): Promise<PrinterStatus> | null;
  close(): Promise<void>;
}

/** Where a kiosk's tickets print: through an agent, on this process's printer, or nowhere. */
export type Route = { agentId: number; agentName: string } | 'local' | null;

/** What the printed ticket shows, in the language the citizen chose. */
export function printData(queue: QueueService, ticket: Ticket, lang: Lang, origin: string): TicketPrintContent {
  const { center } = queue.settings;
  const service = queue.catalog.service(ticket.serviceId);
  const department = queue.catalog.department(ticket.departmentId);
  return {
    centerName: center.name[lang],
    departmentName: department.name[lang],
    serviceName: service.name[lang],
    ...(ticket.procedureName ? { procedureName: ticket.procedureName[lang] } : {}),
    number: ticket.number,
    ...(ticket.priority ? { priorityLabel: PRIORITY_LABELS[ticket.priority][lang] } : {}),
    ...(ticket.appointment ? { appointment: ticket.appointment } : {}),
    peopleAhead: Math.max(0, (ticket.position ?? 1) - 1),
    ...(ticket.etaMinutes !== undefined ? { etaMinutes: ticket.etaMinutes } : {}),
    issuedAt: ticket.issuedAt,
    timeZone: center.timeZone,
    counterNumbers: queue.catalog.countersServing(ticket.serviceId).map((c) => c.number),
    trackUrl: `${origin}/t/${ticket.trackCode}`,
    lang,
  };
}

export function createPrinting(queue: QueueService, hub: RealtimeHub, devices: DeviceHub, options: PrintingOptions, store: Pick<Store, 'admin' | 'grouped' | 'afterCommit'>): PrintingService {
  const printer: TicketPrinter | null = options.printer ? createPrinter(options.printer) : null;
  const renderer = printer && createRenderPool({ testFault: options.testFault });
  const pending = new Set<Promise<unknown>>();

  function routeOf(kioskId: number | null): Route {
    const agent = kioskId === null ? undefined : store.admin.printAgentOf(kioskId);
    if (agent) return { agentId: agent.id, agentName: agent.name };
    return printer ? 'local' : null;
  }

  async function printHere(content: TicketPrintContent): Promise<PrintOutcome> {
    const result = await printTicket(printer!, renderer!, content);
    return result.status === 'printed' ? result : { status: 'failed', reason: result.reason };
  }

  function record(ticket: Ticket, kioskId: number | null, outcome: PrintOutcome): PrintStatus {
    const status: PrintStatus = { ticketId: ticket.id, number: ticket.number, ...outcome };
    // outcomes share the group commit of their turn (one fsync for a burst, not one each), and the
    // kiosk hears one once it is durable
    store.grouped(() => queue.issuing.recordPrint(ticket.id, status.status, status.reason ?? null));
    if (kioskId !== null) store.afterCommit(`print:${ticket.id}`, () => hub.printStatus(kioskId, status));
    return status;
  }

  function print(ticket: Ticket, kioskId: number | null, route: Exclude<Route, null>, lang: Lang, origin: string, reprint: boolean): Promise<PrintStatus> {
    const content = printData(queue, ticket, lang, origin);
    const work = (route === 'local'
      ? printHere(content)
      : devices.print(route.agentId, route.agentName, { ticketId: ticket.id, number: ticket.number, kioskId, reprint, content })
    ).then((outcome) => record(ticket, kioskId, outcome));
    // Recording can fail (a full disk): the print itself is done, and a reprint's caller hears the
    // error; nothing may be left unhandled (it would stop the process).
    const settled = work.then(() => undefined, () => undefined);
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
    return work;
  }

  // An agent's answer to a job that already settled counts if the ticket's kiosk prints through it.
  devices.onLateResult((agentId, result) => {
    const issued = queue.views.issued(result.ticketId);
    const route = issued ? routeOf(issued.kioskId) : null;
    if (!issued || route === null || route === 'local' || route.agentId !== agentId) return;
    record(issued.ticket, issued.kioskId, result.status === 'printed' ? { status: 'printed' } : { status: 'failed', reason: result.reason ?? 'io_error: no reason given' });
  });

  return {
    routeOf,
    localStatus: () => printer?.status() ?? null,
    submit(ticket, kiosk, lang, origin) {
      const route = routeOf(kiosk.deviceId);
      if (!route) return { status: 'none' };
      print(ticket, kiosk.deviceId, route, lang, origin, false).catch(() => undefined);
      return { status: 'pending' };
    },
    async reprint(ticketId: number, actor: Actor, origin: string): Promise<PrintStatus> {
      const issued = queue.views.issued(ticketId);
      if (!issued) throw notFound('unknown_ticket', `No ticket with id ${ticketId}.`, `Không có phiếu mang mã ${ticketId}.`);
      const { ticket, kioskId, lang } = issued;
      assertReprintable({ number: ticket.number, status: ticket.status, kioskId }, actor);
      const route = routeOf(kioskId);
      if (!route) throw conflict('no_printer', 'No printer prints this ticket: its kiosk prints through no device agent and the server has none (MOTCUA_PRINTER). Bind the kiosk to an agent in the administration.', 'Không có máy in cho phiếu này: máy lấy số không in qua máy trạm thiết bị nào và máy chủ không có máy in. Hãy gắn máy lấy số với một máy trạm (trang Điều hành hoặc Quản trị).');
      queue.issuing.recordReprint(ticketId, actor);
      return print(ticket, kioskId, route, lang, origin, true);
    },
    async close() {
      devices.close();
      await Promise.all(pending);
      await Promise.all([printer?.close(), renderer?.close()]);
    },
  };
}
