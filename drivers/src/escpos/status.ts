import { PrinterFault } from '../printer/fault.ts';
import type { PrinterStatus } from '../printer/types.ts';

/** `DLE EOT n` real-time status requests: each is answered by one byte, even while printing. */
export const StatusRequest = { printer: 1, offlineCause: 2, paperSensor: 4 } as const;
export type StatusRequest = (typeof StatusRequest)[keyof typeof StatusRequest];

/** DLE (0x10) EOT (0x04): written out rather than taken from @node-escpos/core, whose loading costs about 25 MB of memory in a process that only asks a printer's status. */
const DLE_EOT = [0x10, 0x04];

export function statusRequest(n: StatusRequest): Buffer {
  return Buffer.from([...DLE_EOT, n]);
}

/** Every status answer has bits 1 and 4 set and bits 0 and 7 clear: anything else is not one. */
export function isStatusByte(byte: number): boolean {
  return (byte & 0b1001_0011) === 0b0001_0010;
}

/** The answers to `DLE EOT 1`, and to 2 and 4 when the printer gave them. */
export interface StatusBytes {
  printer: number;
  offlineCause?: number;
  paperSensor?: number;
}

const bit = (byte: number | undefined, mask: number): boolean | undefined => (byte === undefined ? undefined : (byte & mask) !== 0);

/** The fault that stops printing, most specific first (an empty printer also reports itself offline). */
export function statusFault(status: PrinterStatus): PrinterFault | undefined {
  if (status.paperOut) return new PrinterFault('paper_out', 'the printer reports no paper');
  if (status.coverOpen) return new PrinterFault('cover_open', 'the printer cover is open');
  if (!status.online) return new PrinterFault('offline', 'the printer reports itself offline');
  return undefined;
}

/**
 * Reads status bytes per the ESC/POS spec: `DLE EOT 1` bit 3 offline; `DLE EOT 2` bit 2 cover
 * open, bit 5 stopped at paper end; `DLE EOT 4` bits 2-3 paper near end, bits 5-6 paper out.
 */
export function parseStatus(bytes: StatusBytes): PrinterStatus {
  const paperEnd = bit(bytes.paperSensor, 0b0110_0000);
  const stoppedAtPaperEnd = bit(bytes.offlineCause, 0b0010_0000);
  const status: PrinterStatus = {
    online: !bit(bytes.printer, 0b0000_1000),
    coverOpen: bit(bytes.offlineCause, 0b0000_0100),
    paperNearEnd: bit(bytes.paperSensor, 0b0000_1100),
    paperOut: paperEnd === undefined && stoppedAtPaperEnd === undefined ? undefined : Boolean(paperEnd || stoppedAtPaperEnd),
  };
  return { ...status, reason: statusFault(status)?.reason };
}
