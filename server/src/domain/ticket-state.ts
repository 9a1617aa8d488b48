// The ticket state machine: only these transitions are legal; anything else is a 409.
import type { TicketStatus } from '@motcua/protocol';
import { conflict } from './errors.ts';

export type TicketAction = 'call' | 'recall' | 'serve' | 'finish' | 'no_show' | 'transfer' | 'park' | 'resume' | 'expire' | 'requeue';

const LEGAL: Record<TicketAction, readonly TicketStatus[]> = {
  call: ['waiting', 'parked'],
  recall: ['called'],
  serve: ['called'],
  finish: ['called', 'serving'],
  no_show: ['called', 'parked'],
  transfer: ['called', 'serving', 'parked'],
  park: ['called', 'serving'],
  resume: ['parked'],
  expire: ['waiting', 'called', 'parked'],
  requeue: ['called', 'serving'],
};

export const RESULT: Record<TicketAction, TicketStatus> = {
  call: 'called',
  recall: 'called',
  serve: 'serving',
  finish: 'done',
  no_show: 'no_show',
  transfer: 'transferred',
  park: 'parked',
  resume: 'serving',
  expire: 'expired',
  requeue: 'waiting',
};

const ACTION_WORDS: Record<TicketAction, [en: string, vi: string]> = {
  call: ['called', 'gọi'], recall: ['recalled', 'gọi lại'], serve: ['served', 'phục vụ'], finish: ['finished', 'kết thúc'],
  no_show: ['marked no-show', 'đánh dấu vắng mặt'], transfer: ['transferred', 'chuyển'], park: ['parked', 'tạm giữ'],
  resume: ['resumed', 'tiếp tục phục vụ'], expire: ['expired', 'hủy do hết ngày'], requeue: ['sent back to waiting', 'trả về hàng chờ'],
};

const STATUS_WORDS: Record<TicketStatus, [en: string, vi: string]> = {
  waiting: ['is still waiting', 'vẫn đang chờ'], called: ['has been called', 'đã được gọi'], serving: ['is being served', 'đang được phục vụ'],
  parked: ['is parked', 'đang tạm giữ'], done: ['is already finished', 'đã phục vụ xong'], no_show: ['was marked no-show', 'đã bị đánh dấu vắng mặt'],
  transferred: ['was transferred', 'đã được chuyển đi'], expired: ['expired at the end of its day', 'đã hết hiệu lực khi hết ngày'],
};

export function canApply(status: TicketStatus, action: TicketAction): boolean {
  return LEGAL[action].includes(status);
}

/** The status after `action`, or a 409 that says why the action cannot be done. */
export function transition(number: string, status: TicketStatus, action: TicketAction): TicketStatus {
  if (!canApply(status, action)) {
    throw conflict(
      'illegal_transition',
      `Ticket ${number} ${STATUS_WORDS[status][0]}, so it cannot be ${ACTION_WORDS[action][0]}.`,
      `Phiếu số ${number} ${STATUS_WORDS[status][1]}, nên không thể ${ACTION_WORDS[action][1]}.`,
    );
  }
  return RESULT[action];
}

export const LIVE_STATUSES: readonly TicketStatus[] = ['waiting', 'called', 'serving', 'parked'];

/** A ticket in an officer's hand: called to the counter or being served there. */
export const IN_HAND_STATUSES: readonly TicketStatus[] = ['called', 'serving'];
