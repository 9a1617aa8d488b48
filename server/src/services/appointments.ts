// Appointments: the free slots of a service, booking (the limits and the last place decided in one
// transaction), a booking's public view, cancelling, and the check-in at the kiosk, which issues a
// ticket called at the slot. The ID number is kept only as an HMAC under a secret the server made
// at its first start; phones are erased the day after; bookings missed become no-shows.
import type { Appointment, AppointmentReport, BookedHours, BookingRequest, Lang, SlotList, Ticket } from '@motcua/protocol';
import type { Actor } from '../domain/actor.ts';
import {
  assertRoomInSlot, assertSlotOffered, assertUnderLimits, bookableDays, bookingFigures, checkInOutcome, daySlots, DEFAULT_RULES, DEFAULT_SLOT, openingHours,
  type AppointmentRules, type OpeningHours, type SlotSize,
} from '../domain/appointments.ts';
import { businessDay, clockTime, hourOfDay, instantOn, nextDay, type Clock } from '../domain/business-day.ts';
import { groupBy, percentile } from '../domain/stats.ts';
import { assertRange } from './reports.ts';
import { checkIdNumber, checkPhone } from '../domain/citizen-id.ts';
import { conflict, DomainError, forbidden, notFound } from '../domain/errors.ts';
import { keyedHash, newBookingCode, newSecret } from '../security/crypto.ts';
import type { AppointmentRecord } from '../store/appointments.ts';
import type { Store } from '../store/index.ts';
import type { QueueService } from './queue/index.ts';

/** A procedure's line, for booking by procedure. */
export type ProcedureLine = (procedureId: number) => { serviceId: number; code: string };

const ID_SECRET = 'appointment_id_hmac';

export class AppointmentService {
  private readonly secret: string;
  private sweptAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: Store,
    private readonly queue: QueueService,
    private readonly clock: Clock,
    private readonly procedureLine: ProcedureLine,
  ) {
    this.secret = store.appointments.secret(ID_SECRET, () => newSecret());
  }

  get rules(): AppointmentRules {
    return { ...DEFAULT_RULES, ...this.queue.settings.center.appointments };
  }

  private get hours(): OpeningHours | null {
    return openingHours(this.queue.settings.center.businessHours);
  }

  private get timeZone(): string {
    return this.queue.settings.center.timeZone;
  }

  /** The slot length and capacity of a service: its own setting, else the center's, else 30 minutes for 2. */
  slotSize(serviceId: number): SlotSize {
    const service = this.queue.catalog.service(serviceId);
    const department = this.queue.catalog.department(service.departmentId);
    const settings = this.queue.settings.center.appointments;
    return settings?.services?.[`${department.code}/${service.code}`] ?? settings?.slot ?? DEFAULT_SLOT;
  }

  today(): string {
    return businessDay(this.clock(), this.timeZone);
  }

  /** The slots of a service on `day` (the first day open for booking when none) with their places left. */
  slots(serviceId: number, asked: string | undefined): SlotList {
    this.sweep();
    const size = this.slotSize(serviceId);
    const days = bookableDays(this.today(), this.hours, this.rules.daysAhead);
    const day = asked ?? days[0] ?? this.today();
    if (!days.includes(day) || size.capacity === 0) return { date: day, slots: [], days };
    const taken = this.store.appointments.takenOnDay(serviceId, day);
    const now = this.clock().getTime();
    const slots = daySlots(day, this.hours, size.slotMinutes)
      .filter((s) => instantOn(day, s.start, this.timeZone) > now)
      .map((s) => ({ ...s, free: Math.max(0, size.capacity - (taken.get(s.start) ?? 0)) }));
    return { date: day, slots, days };
  }

  /** Books a slot: every check and the insert in one transaction, so the last place goes to one citizen only. */
  book(request: BookingRequest): AppointmentRecord {
    const idNumber = checkIdNumber(request.idNumber);
    const phone = checkPhone(request.phone);
    const { serviceId, procedureCode } = 'serviceId' in request
      ? { serviceId: request.serviceId, procedureCode: null }
      : (({ serviceId: s, code }) => ({ serviceId: s, procedureCode: code }))(this.procedureLine(request.procedureId));
    const service = this.queue.catalog.service(serviceId);
    if (!service.enabled) throw conflict('service_disabled', `"${service.name.en}" takes no bookings now.`, `Dịch vụ "${service.name.vi}" hiện không nhận đặt lịch.`);
    const size = this.slotSize(serviceId);
    const idHash = keyedHash(this.secret, idNumber);
    return this.store.transaction(() => {
      this.sweep();
      const now = this.clock().getTime();
      const startAt = instantOn(request.date, request.start, this.timeZone);
      const slot = assertSlotOffered({ day: request.date, start: request.start, startAt, now, today: this.today() }, this.hours, size, this.rules);
      const held = this.store.appointments.ofPerson(idHash, request.date);
      assertUnderLimits({ sameDay: held.length, sameService: held.filter((a) => a.serviceId === serviceId).length }, this.rules);
      assertRoomInSlot(this.store.appointments.taken(serviceId, request.date, request.start), size, request.start);
      return this.store.appointments.insert({
        code: this.freeCode(), serviceId, procedureCode, day: request.date, start: slot.start, end: slot.end, startAt,
        idHash, phone, lang: request.lang ?? 'vi', bookedAt: now,
      });
    });
  }

  /** A booking by its code. */
  find(code: string): AppointmentRecord {
    this.sweep();
    const a = this.store.appointments.byCode(code.toUpperCase());
    if (!a) throw notFound('unknown_appointment', `No booking has the code ${code}. Check the code, or take a normal ticket.`, `Không tìm thấy lịch hẹn có mã ${code}. Hãy kiểm tra lại mã, hoặc lấy số thường.`);
    return a;
  }

  /** The public view of a booking: no phone, no ID number. */
  view(a: AppointmentRecord): Appointment {
    const service = this.queue.catalog.services.get(a.serviceId);
    const department = service && this.queue.catalog.departments.get(service.departmentId);
    const rules = this.rules;
    return {
      code: a.code, date: a.day, start: a.start, end: a.end, serviceId: a.serviceId, status: a.status,
      ...(service ? { serviceName: service.name } : {}), ...(department ? { departmentName: department.name } : {}),
      ...(a.procedureCode ? { procedureCode: a.procedureCode } : {}),
      checkInFrom: new Date(a.startAt - rules.checkInEarlyMinutes * 60_000).toISOString(),
      checkInUntil: new Date(a.startAt + rules.checkInLateMinutes * 60_000).toISOString(),
    };
  }

  cancel(code: string, idNumber: string): void {
    const a = this.find(code);
    if (keyedHash(this.secret, idNumber.replace(/[\s.-]/g, '')) !== a.idHash) {
      throw forbidden('not_your_appointment', 'This ID number is not the one the booking was made with.', 'Số CCCD không khớp với số đã dùng để đặt lịch này.');
    }
    if (a.status !== 'booked') throw this.closed(a);
    this.store.transaction(() => this.store.appointments.cancel(a.id));
  }

  /**
   * Checks a booking in at a kiosk, by its code or the ID number it was made with (today's booking
   * whose check-in window is open, else the next one): a ticket called from the slot's start.
   */
  async checkIn(codeOrId: string, kiosk: Actor, origin: string): Promise<Ticket> {
    const a = /^[0-9]{12}$/.test(codeOrId) ? this.byIdNumberToday(codeOrId) : this.find(codeOrId);
    if (a.status === 'checked_in' && a.ticketId !== null) return this.queue.views.view(this.store.tickets.get(a.ticketId)!);
    if (a.status !== 'booked' && a.status !== 'no_show') throw this.closed(a);
    const today = this.today();
    const outcome = checkInOutcome(a.startAt, this.clock().getTime(), this.rules);
    if (!outcome.ok && outcome.why === 'too_early') {
      const from = new Date(outcome.from);
      const at = `${a.day === today ? '' : `${a.day} `}${clockTime(from, this.timeZone)}`;
      throw conflict('too_early', `Your booking is at ${a.start} on ${a.day}: check in from ${at}.`, `Lịch hẹn của bạn lúc ${a.start} ngày ${a.day}: mời quay lại xác nhận từ ${at}.`).with({ from: from.toISOString() });
    }
    if (!outcome.ok) {
      throw conflict('too_late', `Check-in for the ${a.start} booking closed ${this.rules.checkInLateMinutes} minutes after its start: take a normal ticket.`, `Đã quá giờ xác nhận lịch hẹn ${a.start} (${this.rules.checkInLateMinutes} phút sau giờ hẹn): mời lấy số thường.`)
        .with({ serviceId: a.serviceId });
    }
    return this.queue.issuing.issueAndPrint({
      serviceId: a.serviceId, lang: a.lang as Lang, appointment: { id: a.id, at: a.startAt },
      ...(a.procedureCode ? { procedureCode: a.procedureCode } : {}),
    }, kiosk, origin);
  }

  /** Bookings whose check-in has closed become no-shows; phones of appointments before yesterday are erased. */
  sweep(): void {
    const now = this.clock();
    // at most once a minute of the center's clock: a sweep is a write (an fsync)
    if (Math.abs(now.getTime() - this.sweptAt) < 60_000) return;
    this.sweptAt = now.getTime();
    const yesterday = businessDay(new Date(now.getTime() - 86_400_000), this.timeZone);
    this.store.transaction(() => this.store.appointments.sweep(now.getTime() - this.rules.checkInLateMinutes * 60_000, yesterday));
  }

  /** Bookings, check-ins, no-shows and waits from the slot's start per business day and service. */
  report(from: string, to: string): AppointmentReport {
    assertRange(from, to);
    this.sweep();
    const facts = this.store.appointments.facts(from, to);
    const rows = [...groupBy(facts, (f) => `${f.day}|${f.serviceId}`).values()].map((list) => {
      const { day, serviceId } = list[0]!;
      const service = this.queue.catalog.services.get(serviceId);
      const { waitsFromSlot, ...counts } = bookingFigures(list);
      return {
        day, serviceId, departmentCode: service ? this.queue.catalog.departments.get(service.departmentId)?.code ?? '' : '',
        serviceName: service?.name ?? { vi: '', en: '' }, ...counts,
        waitFromSlotP50: percentile(waitsFromSlot, 50), waitFromSlotP90: percentile(waitsFromSlot, 90),
      };
    });
    return { rows: rows.sort((a, b) => a.day.localeCompare(b.day) || a.serviceId - b.serviceId) };
  }

  /** Today's bookings (not cancelled) by the hour of their slot's start, for the dashboard. */
  bookedHours(): BookedHours {
    const today = this.today();
    const hours = new Map<number, { hour: number; booked: number; checkedIn: number }>();
    for (const f of this.store.appointments.facts(today, today)) {
      if (f.status === 'cancelled') continue;
      const hour = hourOfDay(new Date(f.startAt), this.timeZone);
      const h = hours.get(hour) ?? { hour, booked: 0, checkedIn: 0 };
      h.booked++;
      if (f.status === 'checked_in') h.checkedIn++;
      hours.set(hour, h);
    }
    return [...hours.values()].sort((a, b) => a.hour - b.hour);
  }

  /** The day-before reminders still to queue: tomorrow's bookings with a phone. */
  tomorrowWithPhone(): AppointmentRecord[] {
    return this.store.appointments.withPhoneOn(nextDay(this.today()));
  }

  private byIdNumberToday(idNumber: string): AppointmentRecord {
    const list = this.store.appointments.ofPerson(keyedHash(this.secret, idNumber), this.today());
    const now = this.clock().getTime();
    const open = list.find((a) => a.status === 'checked_in' || checkInOutcome(a.startAt, now, this.rules).ok) ?? list.find((a) => a.startAt > now);
    if (!open) throw notFound('unknown_appointment', 'No booking for today has this ID number.', 'Không có lịch hẹn hôm nay với số CCCD này.');
    return open;
  }

  private closed(a: AppointmentRecord): DomainError {
    const why = { cancelled: ['was cancelled', 'đã bị hủy'], no_show: ['was missed', 'đã quá hạn'], checked_in: ['was used', 'đã được sử dụng'], booked: ['', ''] }[a.status];
    return conflict('appointment_closed', `The booking ${a.code} ${why[0]}.`, `Lịch hẹn ${a.code} ${why[1]}.`);
  }

  private freeCode(): string {
    for (;;) {
      const code = newBookingCode();
      if (!this.store.appointments.byCode(code)) return code;
    }
  }
}
