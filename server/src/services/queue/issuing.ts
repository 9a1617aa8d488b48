// Issuing tickets at the kiosks: the next number of the department in this turn's group commit,
// answered only once durable, then printed on the kiosk's printer (the outcome reaches the kiosk
// as print:status), with each printout's outcome and each reprint recorded on the ticket.
import type { Lang, PrintStatus, PriorityGroup, ProcedureKind, Ticket } from '@motcua/protocol';
import type { Actor } from '../../domain/actor.ts';
import { assertIssuingOpen } from '../../domain/business-hours.ts';
import { conflict } from '../../domain/errors.ts';
import { assertOnOffer, assertUnderDailyCap } from '../../domain/issuing.ts';
import { nextNumber } from '../../domain/numbering.ts';
import { newTrackCode } from '../../security/crypto.ts';
import { WAITING_CHANGED } from './events.ts';
import type { QueueState } from './state.ts';
import type { QueueViews } from './views.ts';

/** What a kiosk asks for: a service, and what the ticket is for (a procedure, a dossier's result). */
export interface TicketOrder {
  serviceId: number;
  priority?: PriorityGroup | undefined;
  lang?: Lang | undefined;
  procedureCode?: string;
  kind?: ProcedureKind;
  dossierCode?: string;
  /** A booking checked in: the ticket is called from the slot's start (ms), ahead of normal tickets. */
  appointment?: { id: number; at: number };
}

/** An order as issued: by a kiosk (none for a set-up script), once per Idempotency-Key. */
export interface IssueInput extends TicketOrder {
  kioskId: number | null;
  idempotencyKey?: string | undefined;
}

/** The printers of issued tickets (devices/printing.ts). */
export interface Printing {
  /** Starts printing a newly issued ticket; the outcome reaches the kiosk as print:status. */
  submit(ticket: Ticket, kiosk: Actor, lang: Lang, origin: string): Ticket['print'];
  /** Prints a live ticket again on its kiosk's printer; resolves with the outcome (also sent to the kiosk as print:status). */
  reprint(ticketId: number, actor: Actor, origin: string): Promise<PrintStatus>;
}

/** A ticket just issued, or the one issued before for the same Idempotency-Key (`replayed`). */
export interface Issued {
  ticket: Ticket;
  replayed: boolean;
}

export class Issuing {
  private printing: Printing | null = null;

  constructor(
    private readonly state: QueueState,
    private readonly views: QueueViews,
  ) {}

  /** Connects issuing to the printers (they exist only after the queue, whose views they read). */
  printOn(printing: Printing): void {
    this.printing = printing;
  }

  /**
   * A kiosk's ticket, answered once it is durable, with its printout started (`print`: pending, or
   * none when the kiosk has no printer or the request is a replay of one already answered).
   */
  async issueAndPrint(order: Omit<IssueInput, 'kioskId'>, kiosk: Actor, origin: string): Promise<Ticket> {
    const { ticket, replayed } = this.issue({ ...order, kioskId: kiosk.deviceId });
    await this.issued();
    const print = replayed || !this.printing ? { status: 'none' as const } : this.printing.submit(ticket, kiosk, order.lang ?? 'vi', origin);
    return { ...ticket, print };
  }

  /**
   * Issues the next number, in the group commit of this turn of the event loop (kiosks issuing at
   * the same moment share one fsync): nothing is durable before `issued()` resolves.
   */
  issue(input: IssueInput): Issued {
    const { catalog, settings, store, clock } = this.state;
    const service = catalog.service(input.serviceId);
    assertOnOffer(service, catalog.countersServing(service.id).length);
    const department = catalog.department(service.departmentId);
    return this.state.runGrouped<Issued>(() => {
      if (input.idempotencyKey && input.kioskId !== null) {
        const existing = store.tickets.byIdempotencyKey(input.kioskId, input.idempotencyKey);
        if (existing) {
          if (existing.serviceId !== input.serviceId) throw conflict('idempotency_key_reused', 'This Idempotency-Key was already used for another service: send a new key for a new ticket.', 'Mã yêu cầu này đã dùng cho dịch vụ khác: hãy gửi mã mới cho phiếu mới.');
          return { result: { ticket: this.views.view(existing), replayed: true }, events: [] };
        }
      }
      const { result: day, events } = this.state.rollover();
      // A receipt scanned twice gives the ticket it already has, not a second place in line.
      const again = input.dossierCode ? store.tickets.liveByDossier(day, input.dossierCode) : undefined;
      if (again) return { result: { ticket: this.views.view(again), replayed: true }, events };
      // A booking checked in twice (two taps, two kiosks) gives the ticket it already has.
      const booked = input.appointment ? store.appointments.byId(input.appointment.id) : undefined;
      if (booked?.ticketId) return { result: { ticket: this.views.view(store.tickets.get(booked.ticketId)!), replayed: true }, events };
      assertIssuingOpen(clock(), settings.center.timeZone, settings.center.businessHours);
      // a booking holds its place: the daily cap is for walk-ins
      if (!input.appointment) assertUnderDailyCap(service, () => store.tickets.issuedToday(day, service.id));
      const number = nextNumber(store.tickets.lastNumber(day, department.id), department.block, (n) => store.tickets.isLiveNumber(day, n));
      store.tickets.setLastNumber(day, department.id, number);
      const now = clock().getTime();
      const record = store.tickets.insert({
        businessDay: day, number, departmentId: department.id, serviceId: service.id, priority: input.priority ?? null,
        lang: input.lang ?? 'vi', trackCode: newTrackCode(), issuedAt: now, queuedAt: now, arrivalAt: now,
        targetCounterId: null, transferredFrom: null, kioskId: input.kioskId, idempotencyKey: input.idempotencyKey ?? null,
        procedureCode: input.procedureCode ?? null, kind: input.kind ?? null, dossierCode: input.dossierCode ?? null,
        appointmentAt: input.appointment?.at ?? null, appointmentId: input.appointment?.id ?? null,
      });
      if (input.appointment) store.appointments.markCheckedIn(input.appointment.id, record.id, now);
      this.views.waits.issued(record);
      return { result: { ticket: this.views.view(record), replayed: false }, events: [...events, WAITING_CHANGED] };
    });
  }

  /** Resolves once the tickets issued so far are durable (group commit): answer the kiosk only then. */
  issued(): Promise<void> {
    return this.state.store.durable();
  }

  /** Records a printout's outcome on the ticket (for the dashboard and reprints). */
  recordPrint(ticketId: number, status: 'printed' | 'failed', reason: string | null): void {
    this.state.store.tickets.setPrint(ticketId, status, reason);
  }

  /** Audits a reprint asked by `actor`. */
  recordReprint(ticketId: number, actor: Actor): void {
    this.state.audit(actor, 'ticket.reprint', null, ticketId);
  }
}
