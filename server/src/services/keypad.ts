// A call keypad's commands at the counter its agent key is bound to, done through the queue service
// as the officer working there: call next or a typed number, recall, and for the ticket in hand
// finish, no-show, or the transfer dialog on the console; `pause` toggles pause and resume.
import { conflict, DomainError, invalid } from '../domain/errors.ts';
import type { KeypadAction, KeypadRequest, Ticket } from '../protocol/index.ts';
import type { Actor, QueueService } from './queue.ts';

type Done = Omit<KeypadAction, 'counterId' | 'ok' | 'at'>;

/**
 * Does the request as the officer working at the key's counter and tells `tell` what was done, or
 * why not (ok false, with the error's code) before throwing the refusal. Either way the officer's
 * console hears what the keypad did.
 */
export function keypadAction(queue: QueueService, actor: Actor, request: KeypadRequest, at: Date, tell: (action: KeypadAction) => void): KeypadAction {
  if (actor.deviceCounterId === null) {
    throw conflict('device_not_bound', 'This agent key is not bound to a counter, so its keypad cannot act. Ask an administrator to bind it to the counter where the keypad stands.', 'Khóa thiết bị này chưa gắn với quầy nào nên bàn phím không thao tác được. Đề nghị quản trị viên gắn khóa với quầy đặt bàn phím.');
  }
  const counterId = actor.deviceCounterId;
  let done: KeypadAction;
  try {
    done = { counterId, ok: true, ...run(queue, actor, counterId, request), at: at.toISOString() };
  } catch (error) {
    if (error instanceof DomainError) {
      const refused: KeypadAction = { counterId, action: request.action, ok: false, code: error.code, message: error.message, at: at.toISOString() };
      if (request.number !== undefined) refused.number = request.number;
      tell(refused);
    }
    throw error;
  }
  tell(done);
  return done;
}

const ticketOf = (ticket: Ticket) => ({ number: ticket.number, ticketId: ticket.id });

function run(queue: QueueService, actor: Actor, counterId: number, request: KeypadRequest): Done {
  const counter = queue.counterView(counterId);
  switch (request.action) {
    case 'call-next': {
      const { ticket, reason } = queue.callNext(counterId, actor);
      return ticket ? { action: 'call-next', ...ticketOf(ticket), message: `Called ${ticket.number} (${reason}).` } : { action: 'call-next', message: `No ticket waits for counter ${counter.number}.` };
    }
    case 'call': {
      if (request.number === undefined) throw invalid('number_missing', 'Type the ticket number before the call key.', 'Hãy gõ số phiếu trước khi bấm phím gọi.');
      const ticket = queue.callNumber(counterId, actor, Number(request.number));
      return { action: 'call', ...ticketOf(ticket), message: `Called ${ticket.number}.` };
    }
    case 'recall': {
      const ticket = queue.recall(counterId, actor);
      const message = ticket.status === 'no_show' ? `${ticket.number} was recalled too often and is now a no-show.` : `Recalled ${ticket.number}.`;
      return { action: 'recall', ...ticketOf(ticket), message };
    }
    case 'finish':
      return { action: 'finish', ...ticketOf(queue.finish(inHand(queue, counterId, counter.number).id, actor)), message: 'Finished; the citizen may rate the service now.' };
    case 'no-show':
      return { action: 'no-show', ...ticketOf(queue.noShow(inHand(queue, counterId, counter.number).id, actor)), message: 'Marked as no-show.' };
    case 'transfer':
      return { action: 'transfer', ...ticketOf(inHand(queue, counterId, counter.number)), message: 'Choose on the console where to transfer the ticket.' };
    case 'pause':
      if (counter.state === 'paused') {
        queue.resumeCounter(counterId, actor);
        return { action: 'resume', message: `Counter ${counter.number} resumed.` };
      }
      queue.pause(counterId, actor, 'other', 'from the keypad');
      return { action: 'pause', message: `Counter ${counter.number} paused.` };
  }
}

/** The ticket called or being served at the counter. */
function inHand(queue: QueueService, counterId: number, counterNumber: number): Ticket {
  const ticket = queue.heldAt(counterId).find((t) => t.status === 'called' || t.status === 'serving');
  if (!ticket) throw conflict('nothing_in_hand', `Counter ${counterNumber} has no ticket in hand: call one first.`, `Quầy ${counterNumber} không có phiếu đang phục vụ: hãy gọi một phiếu trước.`);
  return ticket;
}
