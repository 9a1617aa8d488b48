// The agent's printer as it reports it to the server (protocol `AgentDevice`), from the printer's
// real-time status (the HID drivers report their keypads and rating boxes in the same shape). The
// detail is in words, Vietnamese first, then the driver's own reason (which starts with the fault code).
import type { AgentDevice } from '@motcua/protocol';
import type { PrinterStatus } from '../printer/types.ts';

const FAULT_WORDS: Record<string, string> = {
  paper_out: 'Hết giấy',
  cover_open: 'Nắp máy in đang mở',
  offline: 'Máy in báo ngoại tuyến',
  unreachable: 'Không kết nối được máy in',
  timeout: 'Máy in không trả lời',
  io_error: 'Lỗi khi gửi tới máy in',
  no_status: 'Máy in không báo trạng thái (không phát hiện được lỗi)',
};

const codeOf = (reason: string | undefined): string => reason?.split(':', 1)[0] ?? '';
const words = (reason: string): string => `${FAULT_WORDS[codeOf(reason)] ?? 'Máy in có lỗi'} – ${reason}`;

/** The printer's state for the dashboard: error while it cannot print, online otherwise (with a warning if any). */
export function printerState(status: PrinterStatus): Pick<AgentDevice, 'state' | 'detail'> {
  if (status.paperOut) return { state: 'error', detail: words(status.reason ?? 'paper_out: the printer reports no paper') };
  if (status.coverOpen) return { state: 'error', detail: words(status.reason ?? 'cover_open: the printer cover is open') };
  if (!status.online) return { state: 'error', detail: words(status.reason ?? 'offline: the printer reports itself offline') };
  if (status.paperNearEnd) return { state: 'online', detail: 'Sắp hết giấy – paper near end: put in a new roll soon' };
  if (status.reason) return { state: 'online', detail: words(status.reason) };
  return { state: 'online' };
}
