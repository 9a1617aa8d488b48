// A call keypad's commands at the counter its agent key is bound to, done through the queue service
// as the officer working there: call next or a typed number, recall, and for the ticket in hand
// finish, no-show, or the transfer dialog on the console; `pause` toggles pause and resume.
// A no-show asks first, as the console does: it is recorded at the same key's second press.
import type { KeypadAction, KeypadRequest, Ticket } from '@motcua/protocol';
import type { Actor } from '../domain/actor.ts';
import { conflict, DomainError, invalid } from '../domain/errors.ts';
import { IN_HAND_STATUSES } from '../domain/ticket-state.ts';
import type { QueueService } from './queue/index.ts';

type Done = Omit<KeypadAction, 'counterId' | 'ok' | 'at'>;

/** A keypad's no-show is recorded only when its key comes again within this many ms for the same ticket: one slip drops no citizen who is there. */
export const NO_SHOW_CONFIRM_MS = 5000;
/** The no-show each counter's keypad asked about: the ticket, and when (ms). Any other key forgets it. */
export type NoShowsAsked = Map<number, { ticketId: number; at: number }>;

/**
 * Does the request as the officer working at the key's counter and tells `tell` what was done, or
 * why not (ok false, with the error's code) before throwing the refusal. Either way the officer's
 * console hears what the keypad did.
 */
export function keypadAction(queue: QueueService, actor: Actor, request: KeypadRequest, at: Date, asked: NoShowsAsked, tell: (action: KeypadAction) => void): KeypadAction {
  if (actor.deviceCounterId === null) {
    throw conflict('device_not_bound', 'This agent key is not bound to a counter, so its keypad cannot act. Ask an administrator to bind it to the counter where the keypad stands.', 'Khóa thiết bị này chưa gắn với quầy nào nên bàn phím không thao tác được. Đề nghị quản trị viên gắn khóa với quầy đặt bàn phím.');
  }
  const counterId = actor.deviceCounterId;
  // Done as the officer working there: the audit log names them (and the keypad's key beside).
  const asOfficer: Actor = { ...actor, userId: queue.views.officerAt(counterId) };
  let done: KeypadAction;
  const question = asked.get(counterId);
  asked.delete(counterId);
  try {
    const again = request.action === 'no-show' && question !== undefined && at.getTime() - question.at <= NO_SHOW_CONFIRM_MS ? question.ticketId : null;
    done = { counterId, ok: true, ...run(queue, asOfficer, counterId, request, again, (ticketId) => asked.set(counterId, { ticketId, at: at.getTime() })), at: at.toISOString() };
  } catch (error) {
    if (error instanceof DomainError) {
      const refused: KeypadAction = { counterId, action: request.action, ok: false, code: error.code, message: error.message, at: at.toISOString() };
      if (error.vi !== undefined) refused.messageVi = error.vi;
      if (request.number !== undefined) refused.number = request.number;
      tell(refused);
    }
    throw error;
  }
  tell(done);
  return done;
}

const ticketOf = (ticket: Ticket) => ({ number: ticket.number, ticketId: ticket.id });
/** What the console shows, prefixed so the officer knows the keypad did it. */
const said = (en: string, vi: string) => ({ message: `Keypad: ${en}`, messageVi: `Bàn phím: ${vi}` });

/** `askedAbout`: the ticket a no-show key asked about just before (its second press records it); `ask` keeps the question of a first press. */
function run(queue: QueueService, actor: Actor, counterId: number, request: KeypadRequest, askedAbout: number | null, ask: (ticketId: number) => void): Done {
  const counter = queue.views.counterView(counterId);
  switch (request.action) {
    case 'call-next': {
      const { ticket } = queue.calling.callNext(counterId, actor);
      return ticket
        ? { action: 'call-next', ...ticketOf(ticket), ...said(`called ${ticket.number}.`, `đã gọi số ${ticket.number}.`) }
        : { action: 'call-next', ...said('nobody is waiting for the services of this counter.', 'không còn ai chờ các lĩnh vực của quầy này.') };
    }
    case 'call': {
      if (request.number === undefined) throw invalid('number_missing', 'Type the ticket number before the call key.', 'Hãy gõ số phiếu trước khi bấm phím gọi.');
      const ticket = queue.calling.callNumber(counterId, actor, Number(request.number));
      return { action: 'call', ...ticketOf(ticket), ...said(`called ${ticket.number}.`, `đã gọi số ${ticket.number}.`) };
    }
    case 'recall': {
      const ticket = queue.calling.recall(counterId, actor);
      return {
        action: 'recall', ...ticketOf(ticket),
        ...(ticket.status === 'no_show'
          ? said(`ticket ${ticket.number} ran out of recalls and was marked no-show.`, `số ${ticket.number} đã hết lượt gọi lại nên được ghi là vắng mặt.`)
          : said(`recalled ${ticket.number}.`, `đã gọi lại số ${ticket.number}.`)),
      };
    }
    case 'finish': {
      const ticket = queue.hand.finish(inHand(queue, counterId, counter.number).id, actor);
      return { action: 'finish', ...ticketOf(ticket), ...said(`ticket ${ticket.number} finished; the citizen may rate the service now.`, `số ${ticket.number} đã xong; mời công dân đánh giá.`) };
    }
    case 'no-show': {
      const held = inHand(queue, counterId, counter.number);
      if (held.id !== askedAbout) {
        ask(held.id);
        const seconds = NO_SHOW_CONFIRM_MS / 1000;
        return {
          action: 'no-show', ...ticketOf(held), asksAgainWithinSeconds: seconds,
          ...said(`ticket ${held.number} no-show? Press No-show again to record (within ${seconds} s).`, `số ${held.number} vắng mặt? Bấm Vắng mặt lần nữa để ghi (trong ${seconds} giây).`),
        };
      }
      const ticket = queue.hand.noShow(held.id, actor);
      return { action: 'no-show', ...ticketOf(ticket), ...said(`ticket ${ticket.number} was marked no-show.`, `số ${ticket.number} được ghi là vắng mặt.`) };
    }
    case 'transfer': {
      const ticket = inHand(queue, counterId, counter.number);
      return { action: 'transfer', ...ticketOf(ticket), ...said(`choose where to transfer ticket ${ticket.number}.`, `chọn nơi chuyển số ${ticket.number}.`) };
    }
    case 'pause':
      if (counter.state === 'paused') {
        queue.counters.resume(counterId, actor);
        return { action: 'resume', ...said(`counter ${counter.number} is open again.`, `quầy ${counter.number} làm việc trở lại.`) };
      }
      queue.counters.pause(counterId, actor, 'other');
      return { action: 'pause', ...said(`counter ${counter.number} paused.`, `quầy ${counter.number} tạm dừng.`) };
  }
}

/** The ticket called or being served at the counter. */
function inHand(queue: QueueService, counterId: number, counterNumber: number): Ticket {
  const ticket = queue.views.heldAt(counterId).find((t) => IN_HAND_STATUSES.includes(t.status));
  if (!ticket) throw conflict('nothing_in_hand', `Counter ${counterNumber} has no ticket in hand: call one first.`, `Quầy ${counterNumber} không có phiếu đang phục vụ: hãy gọi một phiếu trước.`);
  return ticket;
}
