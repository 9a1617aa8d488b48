// A printer's state as the dashboard and the kiosk see it: the server's own printer from what it
// answers to a status request (DLE EOT), and a kiosk's printer from the dashboard's row of the
// printer its tickets print on (the server's own, or a device agent's). Pure.
import type { DeviceStatus, KioskPrinterState } from '@motcua/protocol';

/** What a printer says of itself (the drivers' PrinterStatus): flags absent when it cannot tell. */
export interface PrinterSays { online: boolean; coverOpen?: boolean; paperOut?: boolean; paperNearEnd?: boolean; reason?: string }

type Row = Pick<DeviceStatus, 'state' | 'detail'>;

/** The dashboard row of a printer from its status: a fault's code leads its detail (`paper_out: …`). */
export function printerRow(says: PrinterSays): Row {
  // a printer that stops for a fault says so by its flags, or by the code leading its reason
  if (says.paperOut || says.reason?.startsWith('paper_out')) return { state: 'error', detail: 'paper_out: hết giấy / out of paper' };
  if (says.coverOpen || says.reason?.startsWith('cover_open')) return { state: 'error', detail: 'cover_open: nắp máy in đang mở / cover open' };
  if (!says.online) return { state: 'offline', detail: `offline: ${says.reason ?? 'the printer does not answer'}` };
  return says.paperNearEnd ? { state: 'online', detail: 'sắp hết giấy / paper near its end' } : { state: 'online' };
}

/** What a kiosk shows of the printer behind `row` (undefined: not heard of yet, for a printer that should be there). */
export function kioskPrinterState(row: Row | undefined): KioskPrinterState {
  if (!row || row.state === 'offline') return { state: 'offline', ...(row?.detail ? { detail: row.detail } : {}) };
  if (row.state === 'online') return { state: 'ready' };
  const detail = row.detail ?? '';
  const state = /paper_out|paper out|hết giấy/i.test(detail) ? 'paper_out' : /cover_open|cover open|nắp/i.test(detail) ? 'cover_open' : 'offline';
  return { state, ...(detail ? { detail } : {}) };
}
