// Read views of the queue: a ticket as the API shows it (with its place in line and ETA), a
// counter, the waiting counts, what a console lists, a call as displays announce it, the center as
// kiosks see it, and a ticket followed from a phone.
import type { AnnouncementPreview, Call, CenterInfo, CounterQueue, CounterView, Lang, NewTicketWaits, NextUp, ServiceWait, Ticket, TrackView, WaitingCounts } from '@motcua/protocol';
import type { Actor } from '../../domain/actor.ts';
import { buildAnnouncement, buildTicketReading } from '../../domain/announcement.ts';
import { businessDay, clockTime } from '../../domain/business-day.ts';
import { callOrder, type Candidate } from '../../domain/call-policy.ts';
import { issuingState } from '../../domain/business-hours.ts';
import { assertMayRead } from '../../domain/counter-access.ts';
import { notFound } from '../../domain/errors.ts';
import type { Counter, CounterRuntime, TicketRecord } from '../../store/index.ts';
import type { LineHead } from '../../store/tickets.ts';
import { WaitForecasts } from './eta.ts';
import type { QueueState } from './state.ts';

/** Waiting tickets a console lists at most. */
const LISTED = 200;

/** A ticket with what printing it needs beyond its view: the kiosk that issued it and the citizen's language. */
export interface IssuedTicket {
  ticket: Ticket;
  kioskId: number | null;
  lang: Lang;
}

export class QueueViews {
  readonly waits: WaitForecasts;

  constructor(private readonly state: QueueState) {
    this.waits = new WaitForecasts(state);
  }

  view(t: TicketRecord): Ticket {
    const { catalog, store } = this.state;
    const department = catalog.departments.get(t.departmentId);
    const service = catalog.services.get(t.serviceId);
    const ticket: Ticket = {
      id: t.id, number: String(t.number), departmentId: t.departmentId, departmentCode: department?.code ?? '', serviceId: t.serviceId,
      priority: t.priority, status: t.status, issuedAt: new Date(t.issuedAt).toISOString(), trackCode: t.trackCode, recalls: t.recalls,
    };
    if (service) ticket.serviceName = service.name;
    if (t.calledAt !== null) ticket.calledAt = new Date(t.calledAt).toISOString();
    if (t.counterId !== null) {
      ticket.counterId = t.counterId;
      ticket.counterNumber = catalog.counters.get(t.counterId)?.number;
    }
    if (t.callReason) ticket.callReason = t.callReason;
    if (t.callReasonVi) ticket.callReasonVi = t.callReasonVi;
    if (t.targetCounterId !== null) ticket.targetCounterId = t.targetCounterId;
    if (t.procedureCode !== null) {
      ticket.procedureCode = t.procedureCode;
      const procedure = store.procedures.byCode(t.procedureCode);
      if (procedure) ticket.procedureName = procedure.name;
    }
    if (t.dossierCode !== null) ticket.dossierCode = t.dossierCode;
    if (t.appointmentAt !== null) {
      const at = new Date(t.appointmentAt);
      const tz = this.state.settings.center.timeZone;
      ticket.appointment = { date: businessDay(at, tz), start: clockTime(at, tz) };
    }
    if (t.status === 'waiting') {
      const ahead = store.tickets.ahead(t);
      ticket.position = ahead + 1;
      const wait = this.waits.forTicket(t);
      if (wait) {
        ticket.etaMinutes = wait.minutes;
        ticket.etaRange = wait.range;
      } else {
        // No open counter serves it: nobody can tell when one opens (before the first officer comes, every wait is unknown).
        ticket.noOpenCounter = true;
      }
    }
    return ticket;
  }

  /** One ticket, if `reader` may read it (an officer: only their own department's). */
  ticketById(id: number, reader: Actor): Ticket {
    const t = this.state.ticket(id);
    assertMayRead(reader, t.departmentId, { vi: `Phiếu số ${t.number}`, en: `Ticket ${t.number}` });
    return this.view(t);
  }

  /** A counter, its tickets in hand or parked, and those it may call, if `reader` may read them (an officer: their department's counters). */
  counterQueue(counterId: number, reader: Actor): CounterQueue {
    const seat = this.state.catalog.counter(counterId);
    const runtime = this.state.runtime(counterId);
    const counter = counterViewOf(seat, runtime, this.state.inHand(counterId));
    assertMayRead(reader, counter.departmentId, { vi: `Quầy ${counter.number}`, en: `Counter ${counter.number}` });
    const { pauseNote, priorityStreak } = runtime;
    return { counter, held: this.heldAt(counterId), ...this.waitingAt(counterId, priorityStreak), ...(pauseNote ? { pauseNote } : {}) };
  }

  /** A ticket for printing (again, or when an agent's answer comes late); undefined for an unknown id. */
  issued(ticketId: number): IssuedTicket | undefined {
    const t = this.state.store.tickets.get(ticketId);
    return t && { ticket: this.view(t), kioskId: t.kioskId, lang: t.lang };
  }

  track(trackCode: string): TrackView {
    const t = this.state.store.tickets.byTrackCode(trackCode);
    if (!t) throw notFound('unknown_ticket', 'No ticket has this tracking code. Check the address on your ticket.', 'Không tìm thấy phiếu có mã theo dõi này. Vui lòng kiểm tra lại địa chỉ in trên phiếu.');
    const v = this.view(t);
    const { catalog } = this.state;
    return {
      number: v.number, status: v.status, departmentCode: v.departmentCode, departmentId: v.departmentId, counterNumber: v.counterNumber, position: v.position ?? 0,
      etaMinutes: v.etaMinutes ?? 0, ...(v.etaRange ? { etaRange: v.etaRange } : {}), ...(v.noOpenCounter ? { noOpenCounter: true as const } : {}), serviceName: catalog.services.get(t.serviceId)?.name, departmentName: catalog.departments.get(t.departmentId)?.name,
      timeZone: this.state.settings.center.timeZone,
    };
  }

  counterView(counterId: number): CounterView {
    return counterViewOf(this.state.catalog.counter(counterId), this.state.runtime(counterId), this.state.inHand(counterId));
  }

  /** Every counter, in two reads (every counter's state, every ticket in hand), not two for each: each screen's snapshot has them. */
  counters(): CounterView[] {
    const { catalog, store } = this.state;
    const runtimes = new Map(store.catalog.allRuntime().map((r) => [r.id, r]));
    const inHand = this.state.inHandEverywhere();
    return catalog.data.counters.map((c) => counterViewOf(c, runtimes.get(c.id) ?? this.state.runtime(c.id), inHand.get(c.id)));
  }

  /** The notes officers typed when pausing, by counter id (for staff: never in a `CounterView`). */
  pauseNotes(): Map<number, string> {
    return new Map(this.state.store.catalog.allRuntime().flatMap((r) => (r.pauseNote ? [[r.id, r.pauseNote] as const] : [])));
  }

  /** What a ticket issued now would wait, per enabled service and per department (GET /api/waits). */
  newTicketWaits(): NewTicketWaits {
    const { catalog } = this.state;
    const services = catalog.data.services.filter((s) => s.enabled).map((s): ServiceWait => {
      const [normal, priority] = [false, true].map((p) => this.waits.forNewTicket(s.id, p));
      return {
        serviceId: s.id,
        ...(normal ? { normal: { etaMinutes: normal.minutes, etaRange: normal.range } } : {}),
        ...(priority ? { priority: { etaMinutes: priority.minutes, etaRange: priority.range } } : {}),
      };
    });
    const departments = catalog.data.departments.map((d) => {
      const minutes = services.filter((w) => catalog.services.get(w.serviceId)?.departmentId === d.id).flatMap((w) => (w.normal ? [w.normal.etaMinutes] : []));
      return minutes.length === 0 ? { code: d.code } : { code: d.code, low: Math.min(...minutes), high: Math.max(...minutes) };
    });
    return { departments, services };
  }

  waitingCounts(): WaitingCounts {
    return this.state.waitingCounts();
  }

  /**
   * Per department, the next numbers in the order the call policy would call them (displays' "next
   * up"). Kept until the queue changes or a minute passes (aging moves tickets with time): 500
   * screens reconnecting at once share one computation.
   */
  nextUp(count = 3): NextUp {
    const now = this.state.clock();
    const key = `${this.state.version}:${Math.floor(now.getTime() / 60_000)}:${count}`;
    if (this.nextUpKept?.key !== key) this.nextUpKept = { key, value: this.computeNextUp(count, now) };
    return this.nextUpKept.value;
  }

  private nextUpKept: { key: string; value: NextUp } | null = null;

  private computeNextUp(count: number, now: Date): NextUp {
    const { catalog, store, settings } = this.state;
    return Object.fromEntries(catalog.data.departments.map((d) => {
      const services = catalog.data.services.filter((s) => s.departmentId === d.id);
      const ids = new Set(services.map((s) => s.id));
      const counters = catalog.data.counters.filter((c) => c.services.some((s) => ids.has(s.serviceId)));
      // the first `count` of each line: the next `count` calls take no more from any one line
      const heads = [
        ...counters.flatMap((c) => store.tickets.targetedHeads(c.id, count)).filter((h) => ids.has(h.serviceId)),
        ...services.flatMap((s) => store.tickets.lineHeads(s.id, now.getTime(), count)),
      ];
      return [d.code, callOrder(this.candidates(heads, () => 1), settings.policy, now, count).map((c) => c.number)];
    }));
  }

  /** Heads of waiting lines as the call policy reads them, each with the calling counter's weight. */
  candidates(heads: readonly LineHead[], weightOf: (head: LineHead) => number): Candidate[] {
    const { catalog, settings } = this.state;
    const tz = settings.center.timeZone;
    return heads.map((h) => ({
      ticketId: h.id, number: String(h.number), serviceName: catalog.services.get(h.serviceId)?.name ?? { vi: '', en: '' },
      priority: h.priority, arrivalAt: h.arrivalAt, weight: weightOf(h), targeted: h.targeted,
      appointment: h.appointmentAt === null ? null : { at: h.appointmentAt, label: clockTime(new Date(h.appointmentAt), tz) },
    }));
  }

  /** Heads of the lines a counter calls from, each with the counter's weight (one sent to the counter: its highest). */
  candidatesAt(counter: Counter, heads: readonly LineHead[]): Candidate[] {
    const weights = new Map(counter.services.map((s) => [s.serviceId, s.weight]));
    const maxWeight = Math.max(1, ...weights.values());
    return this.candidates(heads, (h) => (h.targeted ? maxWeight : (weights.get(h.serviceId) ?? 1)));
  }

  /**
   * The waiting tickets a counter may call, for the officer's console (at most LISTED), in the order
   * its call-next takes them if none arrives meanwhile (the first is the next call); then, while room
   * is left, the bookings whose slot has not begun. The first LISTED of each line hold the first
   * LISTED calls, since the policy takes each line in its order.
   */
  private waitingAt(counterId: number, streak: number): Pick<CounterQueue, 'waiting' | 'nextId'> {
    const { catalog, store, settings } = this.state;
    const counter = catalog.counter(counterId);
    const now = this.state.clock();
    const serviceIds = counter.services.map((s) => s.serviceId);
    const heads = [...store.tickets.targetedHeads(counterId, LISTED), ...serviceIds.flatMap((id) => store.tickets.lineHeads(id, now.getTime(), LISTED))];
    const order = callOrder(this.candidatesAt(counter, heads), settings.policy, now, LISTED, streak);
    const records = [...order.map((c) => store.tickets.get(c.ticketId)!), ...store.tickets.bookedLater(serviceIds, now.getTime(), LISTED - order.length)];
    const waiting = records.map((t) => this.view(t));
    return order[0] ? { waiting, nextId: order[0].ticketId } : { waiting };
  }

  /** Tickets held or parked at a counter. */
  heldAt(counterId: number): Ticket[] {
    this.state.catalog.counter(counterId);
    return this.state.store.tickets.liveAtCounter(counterId).map((t) => this.view(t));
  }

  /** The counter an officer works at now, if any. */
  counterOf(userId: number): number | undefined {
    return this.state.store.catalog.counterOfOfficer(userId);
  }

  /** The officer working at a counter now, if any. */
  officerAt(counterId: number): number | null {
    return this.state.store.catalog.runtime(counterId)?.officerId ?? null;
  }

  recentCalls(limit: number): Omit<Call, 'seq'>[] {
    return this.state.store.tickets.recentCalls(limit).filter((t) => t.counterId !== null).map((t) => this.callOf(t, false));
  }

  /** A call as displays announce it: a recall is announced now, a call when it was made. */
  callOf(t: TicketRecord, recall: boolean): Omit<Call, 'seq'> {
    const { catalog, clock } = this.state;
    const counterNumber = catalog.counters.get(t.counterId!)?.number ?? 0;
    return {
      ticketId: t.id, number: String(t.number), departmentCode: catalog.departments.get(t.departmentId)?.code ?? '',
      counterId: t.counterId!, counterNumber, calledAt: new Date(recall ? clock().getTime() : t.calledAt!).toISOString(), recall,
      announcement: this.announcement(String(t.number), counterNumber),
    };
  }

  /** The words and clips a display plays for a call, in the center's dialect. */
  announcement(number: string, counterNumber: number): AnnouncementPreview {
    const { dialect, englishAnnouncements } = this.state.settings.center;
    return buildAnnouncement({ number, counterNumber, dialect, english: englishAnnouncements });
  }

  /** The words and clips that read a ticket number to the citizen at the kiosk, in the center's dialect. */
  ticketReading(number: string): AnnouncementPreview {
    return buildTicketReading(number, this.state.settings.center.dialect);
  }

  /** The center as kiosks and displays see it, with whether tickets are issued right now. */
  centerInfo(): CenterInfo {
    const { center } = this.state.settings;
    const info: CenterInfo = {
      name: center.name, timeZone: center.timeZone, kioskPriorityStep: center.kioskPriorityStep, notice: center.notice ?? { vi: '', en: '' }, ratingScale: center.ratingScale ?? 4,
    };
    if (center.businessHours) {
      const state = issuingState(this.state.clock(), center.timeZone, center.businessHours);
      info.businessHours = center.businessHours;
      info.issuingOpen = state.open;
      if (state.opensAt) info.opensAt = state.opensAt.toISOString();
    }
    return info;
  }
}

/** A counter as screens show it: its state and the number in hand. */
function counterViewOf(c: Counter, runtime: CounterRuntime, current: { id: number; number: number } | undefined): CounterView {
  return {
    id: c.id, number: c.number, name: c.name, departmentId: c.departmentId, state: runtime.state, pauseReason: runtime.pauseReason,
    current: current ? { number: String(current.number), ticketId: current.id } : null,
  };
}
