// Who may act at a counter: an officer opens only a counter of their own department (supervisors and
// admins any) that nobody else holds; then only that officer, or a device bound to the counter
// while an officer works there, acts at it. Officers read only their own department's tickets and
// queues, and a counter calls by number only tickets of its department (or sent to it). A
// supervisor or admin closes a counter an officer left open.
import type { LocalizedText } from '@motcua/protocol';
import type { Actor } from './actor.ts';
import { conflict, forbidden } from './errors.ts';

/** A counter as these rules see it: who works there now (`officerId`) and whose it is. */
export interface CounterSeat {
  id: number;
  number: number;
  departmentId: number;
  officerId: number | null;
}

/** Refuses to open `counter` for anyone but a signed-in officer entitled to it and free to take it. */
export function assertMayOpen(actor: Actor, counter: CounterSeat, departmentName: LocalizedText): void {
  if (actor.userId === null) throw forbidden('officers_only', 'Only a signed-in officer can open a counter.', 'Chỉ cán bộ đã đăng nhập mới mở được quầy.');
  if (actor.role === 'officer' && actor.departmentId !== counter.departmentId) {
    throw forbidden('foreign_counter', `Counter ${counter.number} belongs to ${departmentName.en}; you may open only counters of your own department.`, `Quầy ${counter.number} thuộc ${departmentName.vi}; bạn chỉ được mở quầy của đơn vị mình.`);
  }
  if (counter.officerId !== null && counter.officerId !== actor.userId) {
    throw conflict('counter_taken', `Counter ${counter.number} is already open by another officer. Ask them to close it first.`, `Quầy ${counter.number} đang do cán bộ khác mở. Đề nghị người đó đóng quầy trước.`);
  }
}

/** Refuses anyone not working at `counter`: the officer who opened it, or its bound device while it is open. */
export function assertAtCounter(actor: Actor, counter: CounterSeat): void {
  const isDevice = actor.deviceCounterId === counter.id && counter.officerId !== null;
  if (!isDevice && (actor.userId === null || counter.officerId !== actor.userId)) {
    throw forbidden('not_at_counter', `You are not working at counter ${counter.number}. Open it first (POST /api/counters/${counter.id}/open).`, `Bạn chưa làm việc tại quầy ${counter.number}. Hãy mở quầy trước.`);
  }
}

/** A ticket as these rules see it. */
export interface TicketPlace {
  number: number;
  departmentId: number;
  counterId: number | null;
  targetCounterId: number | null;
}

/** Refuses calling at `counter` a ticket of another department that was not sent to this counter. */
export function assertCallableAt(ticket: TicketPlace, counter: CounterSeat, departmentName: LocalizedText): void {
  if (ticket.departmentId === counter.departmentId || ticket.targetCounterId === counter.id || ticket.counterId === counter.id) return;
  throw forbidden('foreign_ticket', `Ticket ${ticket.number} belongs to ${departmentName.en}: counter ${counter.number} calls only its own department's tickets.`, `Phiếu số ${ticket.number} thuộc ${departmentName.vi}: quầy ${counter.number} chỉ gọi phiếu của đơn vị mình.`);
}

/** Refuses an officer reading a ticket or a counter of another department; supervisors, admins and devices read all. */
export function assertMayRead(actor: Actor, departmentId: number, what: LocalizedText): void {
  if (actor.role !== 'officer' || actor.departmentId === departmentId) return;
  throw forbidden('foreign_ticket', `${what.en} belongs to another department: an officer sees only their own department's.`, `${what.vi} thuộc đơn vị khác: cán bộ chỉ xem được của đơn vị mình.`);
}

/** Refuses anyone but a supervisor or admin closing a counter another person works at. */
export function assertMaySupervise(actor: Actor, counter: CounterSeat): void {
  if (actor.role === 'supervisor' || actor.role === 'admin') return;
  throw forbidden('not_at_counter', `You are not working at counter ${counter.number}: only its officer or a supervisor closes it.`, `Bạn không làm việc tại quầy ${counter.number}: chỉ cán bộ của quầy hoặc giám sát viên mới đóng được quầy.`);
}
