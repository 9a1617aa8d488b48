// Whether a ticket can be rated: once, after it was finished, from the counter that served it (its
// rating device, or the officer working there); and whether a counter's tablet still asks about
// the ticket finished last (not rated yet, within RATING_WINDOW_MINUTES).
import { RATING_WINDOW_MINUTES, type TicketStatus } from '@motcua/protocol';
import { conflict, forbidden, invalid } from './errors.ts';

/** A ticket as these rules see it. */
export interface RatedTicket {
  number: number;
  status: TicketStatus;
  counterId: number | null;
}

/**
 * Refuses a rating of `ticket` from `atCounter` (where the one rating stands or works; undefined:
 * nowhere) unless it is the ticket's counter, the ticket is done and not `rated` yet.
 */
export function assertCanRate(ticket: RatedTicket, atCounter: number | undefined, rated: boolean, counterNumber: string): void {
  if (ticket.counterId === null || atCounter !== ticket.counterId) {
    throw forbidden('not_at_counter', `Ticket ${ticket.number} was served at counter ${counterNumber}; rate it there.`, `Phiếu số ${ticket.number} được phục vụ tại quầy ${counterNumber}; vui lòng đánh giá tại quầy đó.`);
  }
  if (ticket.status !== 'done') throw conflict('not_finished', `Ticket ${ticket.number} is not finished yet: a rating is taken after service.`, `Phiếu số ${ticket.number} chưa phục vụ xong: chỉ đánh giá sau khi phục vụ.`);
  if (rated) throw conflict('already_rated', `Ticket ${ticket.number} has already been rated. Thank you!`, `Phiếu số ${ticket.number} đã được đánh giá. Xin cảm ơn!`);
}

/** Refuses a score beyond its scale (5 on the 4-level scale). */
export function assertOnScale(score: number, scale: 4 | 5): void {
  if (score > scale) throw invalid('score_off_scale', `Score ${score} is beyond the ${scale}-level scale of this rating.`, `Điểm ${score} vượt quá thang ${scale} mức của đánh giá này.`);
}

/** Whether the tablet still asks about a ticket finished at `finishedAt` (ms), `rated` or not, at `now`. */
export function stillAsking(finished: { finishedAt: number; rated: boolean }, now: Date): boolean {
  return !finished.rated && now.getTime() - finished.finishedAt < RATING_WINDOW_MINUTES * 60_000;
}
