// Bookings of appointments, the server's own secrets, and the places taken in each slot. The ID
// number is only ever a keyed hash here; the phone is erased the day after the appointment.
import type { Db } from './db.ts';

export type AppointmentStatus = 'booked' | 'checked_in' | 'cancelled' | 'no_show';

export interface AppointmentRecord {
  id: number; code: string; serviceId: number; procedureCode: string | null; day: string; start: string; end: string; startAt: number;
  idHash: string; phone: string | null; lang: 'vi' | 'en'; status: AppointmentStatus; bookedAt: number; checkedInAt: number | null; ticketId: number | null;
}

export type NewAppointment = Omit<AppointmentRecord, 'id' | 'status' | 'checkedInAt' | 'ticketId'>;

interface Row {
  id: number; code: string; service_id: number; procedure_code: string | null; day: string; start: string; slot_end: string; start_at: number;
  id_hash: string; phone: string | null; lang: 'vi' | 'en'; status: AppointmentStatus; booked_at: number; checked_in_at: number | null; ticket_id: number | null;
}

const toRecord = (r: Row): AppointmentRecord => ({
  id: r.id, code: r.code, serviceId: r.service_id, procedureCode: r.procedure_code, day: r.day, start: r.start, end: r.slot_end, startAt: r.start_at,
  idHash: r.id_hash, phone: r.phone, lang: r.lang, status: r.status, bookedAt: r.booked_at, checkedInAt: r.checked_in_at, ticketId: r.ticket_id,
});

/** A slot's places are taken by bookings not cancelled (a no-show still took its place). */
const TAKEN = `status IN ('booked', 'checked_in', 'no_show')`;

export class AppointmentStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      secret: db.prepare<[string], string>('SELECT value FROM secrets WHERE name = ?').pluck(),
      setSecret: db.prepare('INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING'),
      insert: db.prepare(`INSERT INTO appointments (code, service_id, procedure_code, day, start, slot_end, start_at, id_hash, phone, lang, status, booked_at)
        VALUES (@code, @serviceId, @procedureCode, @day, @start, @end, @startAt, @idHash, @phone, @lang, 'booked', @bookedAt)`),
      byCode: db.prepare<[string], Row>('SELECT * FROM appointments WHERE code = ?'),
      byId: db.prepare<[number], Row>('SELECT * FROM appointments WHERE id = ?'),
      ofPerson: db.prepare<[string, string], Row>(`SELECT * FROM appointments WHERE id_hash = ? AND day = ? AND status IN ('booked', 'checked_in') ORDER BY start_at`),
      taken: db.prepare<[number, string, string], number>(`SELECT count(*) FROM appointments WHERE service_id = ? AND day = ? AND start = ? AND ${TAKEN}`).pluck(),
      takenOnDay: db.prepare<[number, string], { start: string; n: number }>(`SELECT start, count(*) AS n FROM appointments WHERE service_id = ? AND day = ? AND ${TAKEN} GROUP BY start`),
      setStatus: db.prepare<[AppointmentStatus, number]>('UPDATE appointments SET status = ? WHERE id = ?'),
      checkedIn: db.prepare<[number, number, number]>(`UPDATE appointments SET status = 'checked_in', checked_in_at = ?, ticket_id = ? WHERE id = ?`),
      missed: db.prepare<[number]>(`UPDATE appointments SET status = 'no_show' WHERE status = 'booked' AND start_at < ?`),
      erasePhones: db.prepare<[string]>('UPDATE appointments SET phone = NULL WHERE phone IS NOT NULL AND day < ?'),
      facts: db.prepare<[string, string], { day: string; service_id: number; status: AppointmentStatus; start_at: number; called_at: number | null }>(`SELECT a.day, a.service_id,
        a.status, a.start_at, t.called_at FROM appointments a LEFT JOIN tickets t ON t.id = a.ticket_id WHERE a.day BETWEEN ? AND ?`),
      dueReminders: db.prepare<[string], Row>(`SELECT * FROM appointments WHERE day = ? AND status = 'booked' AND phone IS NOT NULL`),
    };
  }

  /** The secret `name`, made by `make` and kept the first time it is asked for. */
  secret(name: string, make: () => string): string {
    const known = this.q.secret.get(name);
    if (known !== undefined) return known;
    this.q.setSecret.run(name, make());
    return this.q.secret.get(name)!;
  }

  insert(a: NewAppointment): AppointmentRecord {
    this.q.insert.run(a);
    return this.byCode(a.code)!;
  }

  byCode(code: string): AppointmentRecord | undefined {
    const r = this.q.byCode.get(code);
    return r && toRecord(r);
  }

  byId(id: number): AppointmentRecord | undefined {
    const r = this.q.byId.get(id);
    return r && toRecord(r);
  }

  /** One person's live bookings on a day (by the keyed hash of their ID number). */
  ofPerson(idHash: string, day: string): AppointmentRecord[] {
    return this.q.ofPerson.all(idHash, day).map(toRecord);
  }

  taken(serviceId: number, day: string, start: string): number {
    return this.q.taken.get(serviceId, day, start)!;
  }

  takenOnDay(serviceId: number, day: string): Map<string, number> {
    return new Map(this.q.takenOnDay.all(serviceId, day).map((r) => [r.start, r.n]));
  }

  cancel(id: number): void {
    this.q.setStatus.run('cancelled', id);
  }

  markCheckedIn(id: number, ticketId: number, at: number): void {
    this.q.checkedIn.run(at, ticketId, id);
  }

  /** Bookings whose check-in closed before `closedBefore` (a slot start, ms) become no-shows; phones of days before `keepFrom` are erased. */
  sweep(closedBefore: number, keepFrom: string): number {
    const missed = this.q.missed.run(closedBefore).changes;
    this.q.erasePhones.run(keepFrom);
    return missed;
  }

  /** Every booking of business days from..to, with when its ticket was called. */
  facts(from: string, to: string): { day: string; serviceId: number; status: AppointmentStatus; startAt: number; calledAt: number | null }[] {
    return this.q.facts.all(from, to).map((r) => ({ day: r.day, serviceId: r.service_id, status: r.status, startAt: r.start_at, calledAt: r.called_at }));
  }

  /** Bookings of `day` still to come with a phone: the day-before reminder goes to them. */
  withPhoneOn(day: string): AppointmentRecord[] {
    return this.q.dueReminders.all(day).map(toRecord);
  }
}
