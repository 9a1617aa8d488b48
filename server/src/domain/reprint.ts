// Which tickets are printed again: only while the citizen still needs the paper (waiting or at a
// counter), and a kiosk asking prints again only the tickets it issued itself.
import type { TicketStatus } from '@motcua/protocol';
import type { Actor } from './actor.ts';
import { conflict, forbidden } from './errors.ts';
import { LIVE_STATUSES } from './ticket-state.ts';

export const REPRINTABLE: readonly TicketStatus[] = LIVE_STATUSES;

/** A ticket as these rules see it. */
export interface PrintedTicket {
  number: string;
  status: TicketStatus;
  kioskId: number | null;
}

/** Refuses to print `ticket` again for `actor`. */
export function assertReprintable(ticket: PrintedTicket, actor: Actor): void {
  if (actor.role === 'kiosk' && ticket.kioskId !== actor.deviceId) throw forbidden('not_this_kiosk', 'A kiosk prints again only the tickets it issued.');
  if (!REPRINTABLE.includes(ticket.status)) {
    throw conflict('not_reprintable', `Ticket ${ticket.number} is ${ticket.status}: only a ticket still waiting or at a counter is printed again.`, `Phiếu ${ticket.number} đã kết thúc: chỉ in lại phiếu đang chờ hoặc đang ở quầy.`);
  }
}
