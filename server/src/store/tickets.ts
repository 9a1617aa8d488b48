// Tickets: issuing, the heads of waiting lines, state changes, positions. All reads that call-next
// makes go through the partial indexes of migration 1, so a long queue is never scanned.
import type { PriorityGroup, ProcedureKind, TicketStatus } from '@motcua/protocol';
import type { Db } from './db.ts';

export interface TicketRecord {
  id: number;
  businessDay: string;
  number: number;
  departmentId: number;
  serviceId: number;
  priority: PriorityGroup | null;
  status: TicketStatus;
  lang: 'vi' | 'en';
  trackCode: string;
  issuedAt: number;
  queuedAt: number;
  arrivalAt: number;
  calledAt: number | null;
  servingAt: number | null;
  finishedAt: number | null;
  counterId: number | null;
  officerId: number | null;
  targetCounterId: number | null;
  recalls: number;
  callReason: string | null;
  callReasonVi: string | null;
  transferredFrom: number | null;
  kioskId: number | null;
  printStatus: string | null;
  printReason: string | null;
  /** The procedure the ticket was issued for, its kind, and (return tickets) the dossier. */
  procedureCode: string | null;
  kind: ProcedureKind | null;
  dossierCode: string | null;
  /** A checked-in appointment: the start of its slot (ms) and the booking. */
  appointmentAt: number | null;
  appointmentId: number | null;
}

export type NewTicket = Pick<TicketRecord, 'businessDay' | 'number' | 'departmentId' | 'serviceId' | 'priority' | 'lang' | 'trackCode' | 'issuedAt' | 'queuedAt' | 'arrivalAt' | 'targetCounterId' | 'transferredFrom' | 'kioskId'>
  & Partial<Pick<TicketRecord, 'procedureCode' | 'kind' | 'dossierCode' | 'appointmentAt' | 'appointmentId'>> & { idempotencyKey: string | null };

export type TicketChange = Partial<Pick<TicketRecord, 'status' | 'calledAt' | 'servingAt' | 'finishedAt' | 'counterId' | 'officerId' | 'recalls' | 'callReason' | 'callReasonVi'>>;

/** A ticket issued (not made by a transfer): when, for which service, of a declared priority group or not (1/0). */
export interface Arrival { id: number; at: number; serviceId: number; priority: number }

/** A ticket at a counter, as the wait forecast reads it. */
export interface AtCounter { id: number; number: number; counterId: number; serviceId: number; status: TicketStatus; calledAt: number | null }

/** A waiting ticket as the wait forecast reads it. */
export interface WaitingLineTicket { id: number; serviceId: number; priority: PriorityGroup | null; arrivalAt: number; targetCounterId: number | null; appointmentAt: number | null }

export interface LineHead { id: number; number: number; serviceId: number; priority: PriorityGroup | null; arrivalAt: number; targeted: boolean; appointmentAt: number | null }

interface Row {
  id: number; business_day: string; number: number; department_id: number; service_id: number; priority: PriorityGroup | null;
  status: TicketStatus; lang: 'vi' | 'en'; track_code: string; issued_at: number; queued_at: number; arrival_at: number;
  called_at: number | null; serving_at: number | null; finished_at: number | null; counter_id: number | null; officer_id: number | null;
  target_counter_id: number | null; recalls: number; call_reason: string | null; call_reason_vi: string | null; transferred_from: number | null; kiosk_id: number | null;
  print_status: string | null; print_reason: string | null; procedure_code: string | null; kind: ProcedureKind | null; dossier_code: string | null;
  appointment_at: number | null; appointment_id: number | null;
}

const COLUMNS: Record<keyof TicketChange, string> = {
  status: 'status', calledAt: 'called_at', servingAt: 'serving_at', finishedAt: 'finished_at', counterId: 'counter_id',
  officerId: 'officer_id', recalls: 'recalls', callReason: 'call_reason', callReasonVi: 'call_reason_vi',
};

function toRecord(r: Row): TicketRecord {
  return {
    id: r.id, businessDay: r.business_day, number: r.number, departmentId: r.department_id, serviceId: r.service_id,
    priority: r.priority, status: r.status, lang: r.lang, trackCode: r.track_code, issuedAt: r.issued_at, queuedAt: r.queued_at,
    arrivalAt: r.arrival_at, calledAt: r.called_at, servingAt: r.serving_at, finishedAt: r.finished_at, counterId: r.counter_id,
    officerId: r.officer_id, targetCounterId: r.target_counter_id, recalls: r.recalls, callReason: r.call_reason, callReasonVi: r.call_reason_vi,
    transferredFrom: r.transferred_from, kioskId: r.kiosk_id, printStatus: r.print_status, printReason: r.print_reason,
    procedureCode: r.procedure_code, kind: r.kind, dossierCode: r.dossier_code, appointmentAt: r.appointment_at, appointmentId: r.appointment_id,
  };
}

/** Tickets behind one in its line counted at most: past them, those ahead are counted instead. */
const COUNTED_BEHIND = 64;

export class TicketStore {
  private readonly q;
  private readonly updates = new Map<string, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {
    this.q = {
      insert: db.prepare(`INSERT INTO tickets (business_day, number, department_id, service_id, priority, is_priority, status, lang, track_code,
          issued_at, queued_at, arrival_at, target_counter_id, transferred_from, kiosk_id, idempotency_key, procedure_code, kind, dossier_code, appointment_at, appointment_id)
        VALUES (@businessDay, @number, @departmentId, @serviceId, @priority, @isPriority, 'waiting', @lang, @trackCode,
          @issuedAt, @queuedAt, @arrivalAt, @targetCounterId, @transferredFrom, @kioskId, @idempotencyKey, @procedureCode, @kind, @dossierCode, @appointmentAt, @appointmentId)`),
      get: db.prepare<[number], Row>('SELECT * FROM tickets WHERE id = ?'),
      byTrack: db.prepare<[string], Row>('SELECT * FROM tickets WHERE track_code = ? ORDER BY id DESC LIMIT 1'),
      byIdempotency: db.prepare<[number, string], Row>('SELECT * FROM tickets WHERE kiosk_id = ? AND idempotency_key = ?'),
      liveByDossier: db.prepare<[string, string], Row>(`SELECT * FROM tickets WHERE business_day = ? AND dossier_code = ? AND status IN ('waiting','called','serving','parked') ORDER BY id DESC LIMIT 1`),
      liveByNumber: db.prepare<[string, number], Row>(`SELECT * FROM tickets WHERE business_day = ? AND number = ? AND status IN ('waiting','called','serving','parked')`),
      lastNumber: db.prepare<[string, number], number>('SELECT last_number FROM day_numbers WHERE business_day = ? AND department_id = ?').pluck(),
      setLastNumber: db.prepare(`INSERT INTO day_numbers (business_day, department_id, last_number) VALUES (?, ?, ?)
        ON CONFLICT (business_day, department_id) DO UPDATE SET last_number = excluded.last_number`),
      lineFront: db.prepare<[number, number, number], HeadRow>(`SELECT ${HEAD_COLUMNS} FROM tickets WHERE status = 'waiting' AND target_counter_id IS NULL
        AND service_id = ? AND is_priority = ? AND appointment_at IS NULL ORDER BY arrival_at, id LIMIT ?`),
      appointmentFront: db.prepare<[number, number, number], HeadRow>(`SELECT ${HEAD_COLUMNS} FROM tickets WHERE status = 'waiting' AND appointment_at IS NOT NULL
        AND service_id = ? AND target_counter_id IS NULL AND appointment_at <= ? ORDER BY appointment_at, id LIMIT ?`),
      aheadAppointment: db.prepare<{ serviceId: number; at: number; id: number }, number>(`SELECT count(*) FROM tickets WHERE status = 'waiting'
        AND appointment_at IS NOT NULL AND service_id = @serviceId AND target_counter_id IS NULL AND (appointment_at < @at OR (appointment_at = @at AND id < @id))`).pluck(),
      targetedFront: db.prepare<[number, number, number], HeadRow>(`SELECT ${HEAD_COLUMNS} FROM tickets WHERE status = 'waiting' AND target_counter_id IS NOT NULL
        AND target_counter_id = ? AND is_priority = ? ORDER BY arrival_at, id LIMIT ?`),
      aheadInLine: db.prepare<{ serviceId: number; isPriority: number; arrivalAt: number; id: number }, number>(`SELECT count(*) FROM tickets
        WHERE status = 'waiting' AND target_counter_id IS NULL AND service_id = @serviceId
        AND (is_priority > @isPriority OR (is_priority = @isPriority AND (arrival_at < @arrivalAt OR (arrival_at = @arrivalAt AND id < @id))))`).pluck(),
      // the line's tickets at or above the ticket's priority, from the counts the triggers of migration 14 keep
      lineCount: db.prepare<{ serviceId: number; isPriority: number }, number>('SELECT coalesce(sum(n), 0) FROM waiting_lines WHERE service_id = @serviceId AND is_priority >= @isPriority').pluck(),
      // a literal LIMIT: bound as a parameter, the count took 6 times as long (60 against 10 us)
      behindInLine: db.prepare<{ serviceId: number; isPriority: number; arrivalAt: number; id: number }, number>(`SELECT count(*) FROM (SELECT 1 FROM tickets
        WHERE status = 'waiting' AND target_counter_id IS NULL AND service_id = @serviceId AND is_priority = @isPriority AND (arrival_at, id) >= (@arrivalAt, @id) LIMIT ${COUNTED_BEHIND})`).pluck(),
      aheadTargeted: db.prepare<{ counterId: number; isPriority: number; arrivalAt: number; id: number }, number>(`SELECT count(*) FROM tickets
        WHERE status = 'waiting' AND target_counter_id IS NOT NULL AND target_counter_id = @counterId
        AND (is_priority > @isPriority OR (is_priority = @isPriority AND (arrival_at < @arrivalAt OR (arrival_at = @arrivalAt AND id < @id))))`).pluck(),
      // kept by the triggers of migration 6 (a count of the waiting tickets would scan them all)
      waitingCounts: db.prepare<[], { department_id: number; n: number }>('SELECT department_id, n FROM waiting_counts WHERE n > 0'),
      bookedLater: db.prepare<[number, string, number], Row>(`SELECT * FROM tickets WHERE status = 'waiting' AND appointment_at IS NOT NULL AND target_counter_id IS NULL
        AND appointment_at > ? AND service_id IN (SELECT value FROM json_each(?)) ORDER BY appointment_at, id LIMIT ?`),
      liveAtCounter: db.prepare<[number], Row>(`SELECT * FROM tickets WHERE counter_id = ? AND status IN ('called','serving','parked') ORDER BY id`),
      // `+id`: through the partial index tickets_counter_live, then sorted (by rowid, SQLite would read every ticket)
      liveAtCounters: db.prepare<[], AtCounter>(`SELECT id, number, counter_id AS counterId, service_id AS serviceId, status, called_at AS calledAt FROM tickets
        WHERE counter_id IS NOT NULL AND status IN ('called','serving','parked') ORDER BY +id`),
      recentServiceSeconds: db.prepare<[string, number], number>(`SELECT (finished_at - called_at) / 1000.0 FROM tickets
        WHERE business_day = ? AND service_id = ? AND status = 'done' AND called_at IS NOT NULL ORDER BY finished_at DESC LIMIT 20`).pluck(),
      recentCalls: db.prepare<[number], Row>('SELECT * FROM tickets WHERE called_at IS NOT NULL ORDER BY called_at DESC LIMIT ?'),
      expireBefore: db.prepare<[number, string]>(`UPDATE tickets SET status = 'expired', finished_at = ? WHERE business_day < ? AND status IN ('waiting','called','parked')`),
      issuedToday: db.prepare<[string, number], number>('SELECT count(*) FROM tickets WHERE business_day = ? AND service_id = ? AND transferred_from IS NULL').pluck(),
      // from the covering index tickets_waiting (migration 13), as JSON arrays made by SQLite, one row per
      // line in the index's order: ids, arrivals (less ?), and the few sent to a counter or booked.
      // 10,000 tickets in 7 ms, against 17 for as many rows of 6 values handed over one by one
      waitingLines: db.prepare<[number], [number, PriorityGroup | null, string, string, string]>(`SELECT service_id, priority, json_group_array(id), json_group_array(arrival_at - ?),
        json_group_array(json_array(id, target_counter_id, appointment_at)) FILTER (WHERE target_counter_id IS NOT NULL OR appointment_at IS NOT NULL)
        FROM tickets WHERE status = 'waiting' GROUP BY department_id, service_id, priority`).raw(),
      setPrint: db.prepare<['printed' | 'failed', string | null, number]>('UPDATE tickets SET print_status = ?, print_reason = ? WHERE id = ?'),
      issuedSince: db.prepare<[string, number], Arrival>(`SELECT id, issued_at AS at, service_id AS serviceId, is_priority AS priority FROM tickets
        WHERE business_day = ? AND transferred_from IS NULL AND issued_at >= ? ORDER BY id`),
      firstIssued: db.prepare<[string], number | null>('SELECT min(issued_at) FROM tickets WHERE business_day = ?').pluck(),
      // `+business_day`: back along tickets_called from the latest call, not through the whole day's tickets
      pastCalls: db.prepare<[string, number], { counter_id: number; called_at: number; finished_at: number | null; arrival_at: number; status: TicketStatus }>(`SELECT counter_id, called_at, finished_at, arrival_at, status
        FROM tickets WHERE +business_day = ? AND called_at IS NOT NULL AND counter_id IS NOT NULL ORDER BY called_at DESC LIMIT ?`),
    };
  }

  insert(t: NewTicket): TicketRecord {
    const info = this.q.insert.run({ procedureCode: null, kind: null, dossierCode: null, appointmentAt: null, appointmentId: null, ...t, isPriority: t.priority ? 1 : 0 });
    return this.get(Number(info.lastInsertRowid))!;
  }

  get(id: number): TicketRecord | undefined {
    const r = this.q.get.get(id);
    return r && toRecord(r);
  }

  byTrackCode(code: string): TicketRecord | undefined {
    const r = this.q.byTrack.get(code);
    return r && toRecord(r);
  }

  byIdempotencyKey(kioskId: number, key: string): TicketRecord | undefined {
    const r = this.q.byIdempotency.get(kioskId, key);
    return r && toRecord(r);
  }

  liveByNumber(businessDay: string, number: number): TicketRecord | undefined {
    const r = this.q.liveByNumber.get(businessDay, number);
    return r && toRecord(r);
  }

  /** Today's live ticket collecting the result of a dossier, if any. */
  liveByDossier(businessDay: string, dossierCode: string): TicketRecord | undefined {
    const r = this.q.liveByDossier.get(businessDay, dossierCode);
    return r && toRecord(r);
  }

  isLiveNumber(businessDay: string, number: number): boolean {
    return this.q.liveByNumber.get(businessDay, number) !== undefined;
  }

  lastNumber(businessDay: string, departmentId: number): number | null {
    return this.q.lastNumber.get(businessDay, departmentId) ?? null;
  }

  setLastNumber(businessDay: string, departmentId: number, n: number): void {
    this.q.setLastNumber.run(businessDay, departmentId, n);
  }

  /**
   * The first `count` waiting tickets of each line (priority, normal, and appointments whose slot has
   * begun at `now`) of a service, through the lines' indexes: enough to know its next `count` calls.
   */
  lineHeads(serviceId: number, now: number, count = 1): LineHead[] {
    const { lineFront, appointmentFront } = this.q;
    return [...lineFront.all(serviceId, 1, count), ...lineFront.all(serviceId, 0, count), ...appointmentFront.all(serviceId, now, count)].map((r) => head(r, false));
  }

  /** The first `count` waiting tickets of each line (priority, normal) transferred to one counter. */
  targetedHeads(counterId: number, count = 1): LineHead[] {
    return [...this.q.targetedFront.all(counterId, 1, count), ...this.q.targetedFront.all(counterId, 0, count)].map((r) => head(r, true));
  }

  /**
   * How many waiting tickets are ahead of this one in its line. Counting them costs one step per
   * ticket ahead; a ticket near the end of its line (a new one: none behind) is its line's count
   * less the few behind it.
   */
  ahead(t: TicketRecord): number {
    const key = { isPriority: t.priority ? 1 : 0, arrivalAt: t.arrivalAt, id: t.id };
    if (t.appointmentAt !== null && t.targetCounterId === null) return this.q.aheadAppointment.get({ serviceId: t.serviceId, at: t.appointmentAt, id: t.id })!;
    if (t.targetCounterId !== null) return this.q.aheadTargeted.get({ ...key, counterId: t.targetCounterId })!;
    const line = { ...key, serviceId: t.serviceId };
    const behind = this.q.behindInLine.get(line)!;
    return behind < COUNTED_BEHIND ? this.q.lineCount.get({ serviceId: t.serviceId, isPriority: key.isPriority })! - behind : this.q.aheadInLine.get(line)!;
  }

  waitingCounts(): Map<number, number> {
    return new Map(this.q.waitingCounts.all().map((r) => [r.department_id, r.n]));
  }

  /** The first `count` checked-in bookings of these services whose slot begins after `now` (nothing calls them yet), by slot. */
  bookedLater(serviceIds: readonly number[], now: number, count: number): TicketRecord[] {
    return this.q.bookedLater.all(now, JSON.stringify(serviceIds), count).map(toRecord);
  }

  liveAtCounter(counterId: number): TicketRecord[] {
    return this.q.liveAtCounter.all(counterId).map(toRecord);
  }

  /** The tickets at every counter (called, served or parked there), by id: one read, for what looks at all counters at once. */
  liveAtCounters(): AtCounter[] {
    return this.q.liveAtCounters.all();
  }

  recentServiceSeconds(businessDay: string, serviceId: number): number[] {
    return this.q.recentServiceSeconds.all(businessDay, serviceId);
  }

  recentCalls(limit: number): TicketRecord[] {
    return this.q.recentCalls.all(limit).map(toRecord);
  }

  /**
   * Every waiting ticket, with what the call policy reads of it (for the wait forecast), line by line.
   * Arrivals cross as offsets from `near` (ms, e.g. now): 8 digits parse in half the time of 13.
   */
  waitingLines(near: number): WaitingLineTicket[] {
    const waiting: WaitingLineTicket[] = [];
    for (const [serviceId, priority, idColumn, arrivalColumn, sentColumn] of this.q.waitingLines.all(near)) {
      const ids = JSON.parse(idColumn) as number[];
      const arrivals = JSON.parse(arrivalColumn) as number[];
      // in the same order as the ids: each found as the ids pass
      const sent = JSON.parse(sentColumn) as [number, number | null, number | null][];
      let next = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const other = sent[next]?.[0] === id ? sent[next++] : undefined;
        waiting.push({ id, serviceId, priority, arrivalAt: near + arrivals[i]!, targetCounterId: other ? other[1] : null, appointmentAt: other ? other[2] : null });
      }
    }
    return waiting;
  }

  /** Tickets issued on a business day since `from` (ms; not those made by a transfer), in the order issued, and when the day's first ticket was issued (ms). */
  arrivalsSince(businessDay: string, from: number): { arrivals: Arrival[]; first: number | null } {
    return { arrivals: this.q.issuedSince.all(businessDay, from), first: this.q.firstIssued.get(businessDay) ?? null };
  }

  /** The latest calls of the day at every counter: when, when they ended, and whether the ticket was served to the end. */
  pastCalls(businessDay: string, limit: number): { counterId: number; calledAt: number; finishedAt: number | null; arrivalAt: number; servedToEnd: boolean }[] {
    return this.q.pastCalls.all(businessDay, limit).map((r) => ({
      counterId: r.counter_id, calledAt: r.called_at, finishedAt: r.finished_at, arrivalAt: r.arrival_at, servedToEnd: r.status === 'done',
    }));
  }

  issuedToday(businessDay: string, serviceId: number): number {
    return this.q.issuedToday.get(businessDay, serviceId)!;
  }

  /** Closes tickets left from earlier business days; returns how many. */
  expireBefore(businessDay: string, now: number): number {
    return this.q.expireBefore.run(now, businessDay).changes;
  }

  /** A printout's outcome, without reading the ticket back (in a burst, most printouts of a shared printer fail at once). */
  setPrint(id: number, status: 'printed' | 'failed', reason: string | null): void {
    this.q.setPrint.run(status, reason, id);
  }

  update(id: number, change: TicketChange): TicketRecord {
    const keys = (Object.keys(change) as (keyof TicketChange)[]).filter((k) => change[k] !== undefined);
    const sig = keys.join(',');
    let stmt = this.updates.get(sig);
    if (!stmt) {
      stmt = this.db.prepare(`UPDATE tickets SET ${keys.map((k) => `${COLUMNS[k]} = @${k}`).join(', ')} WHERE id = @id`);
      this.updates.set(sig, stmt);
    }
    stmt.run({ ...change, id });
    return this.get(id)!;
  }
}

/**
 * What a line's head is read with: only these columns (a whole row of 32 costs three times as much,
 * and displays' next up reads three per line of every service at each push).
 */
const HEAD_COLUMNS = 'id, number, service_id, priority, arrival_at, appointment_at';
type HeadRow = Pick<Row, 'id' | 'number' | 'service_id' | 'priority' | 'arrival_at' | 'appointment_at'>;

function head(r: HeadRow, targeted: boolean): LineHead {
  return { id: r.id, number: r.number, serviceId: r.service_id, priority: r.priority, arrivalAt: r.arrival_at, targeted, appointmentAt: r.appointment_at };
}
