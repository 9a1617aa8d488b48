// Words of the officer console that several parts use.
import type { CounterState, LocalizedText, TicketStatus } from '@motcua/protocol';

export const STATUS_LABELS: Partial<Record<TicketStatus, LocalizedText>> = {
  waiting: { vi: 'Đang chờ', en: 'Waiting' },
  called: { vi: 'Đang gọi', en: 'Called' },
  serving: { vi: 'Đang phục vụ', en: 'Being served' },
  parked: { vi: 'Tạm giữ', en: 'Parked' },
};

export const COUNTER_STATE_LABELS: Record<CounterState, LocalizedText> = {
  open: { vi: 'Đang mở', en: 'Open' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
};

export const TITLE: LocalizedText = { vi: 'Quầy giao dịch', en: 'Service counter' };

/** Lower case without diacritics, for searching Vietnamese names typed with or without accents. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/đ/g, 'd');
}
