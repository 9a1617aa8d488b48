import { openDeviceLink } from './device-link.ts';
import { createEscposPrinter } from './escpos-printer.ts';
import { createFilePrinter, DEFAULT_FILE_PRINTER_LIMITS, type FilePrinterLimits } from './file-printer.ts';
import { openTcpLink } from './tcp-link.ts';
import { DEFAULT_PRINTER_TIMEOUTS, type PrinterTimeouts, type TicketPrinter } from './types.ts';
import { openUsbAdapter, openUsbLink, usbId, type UsbAdapterFactory } from './usb-link.ts';

/** `MOTCUA_PRINTER` when unset: the demo's file printer. */
export const DEFAULT_PRINTER_SPEC = 'file:./data/printouts';

const RAW_PRINTING_PORT = 9100;

export interface PrinterOptions {
  timeouts?: Partial<PrinterTimeouts>;
  /** How a `usb://` printer's escpos adapter is made (tests pass one over a fake device). */
  usbAdapter?: UsbAdapterFactory;
}

/** `file:<dir>` with an optional `?days=N&tickets=M` (how many day folders and tickets to keep). */
function fileSpec(spec: string): { dir: string; limits: FilePrinterLimits } {
  const [, path = '', query] = /^file:(.*?)(?:\?((?:days|tickets)=[^&]*(?:&(?:days|tickets)=[^&]*)*))?$/.exec(spec) ?? [];
  const limits = { ...DEFAULT_FILE_PRINTER_LIMITS };
  for (const [key, value] of new URLSearchParams(query ?? '')) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1) throw new Error(`printer "${spec}": ${key} must be a whole number from 1, not "${value}"`);
    limits[key as keyof FilePrinterLimits] = n;
  }
  return { dir: path || '.', limits };
}

/**
 * The printer a spec names (CONTRACT.md `MOTCUA_PRINTER`): `file:<dir>[?days=N&tickets=M]`, `tcp://host[:port]`
 * (port 9100 by default), a device path such as `/dev/usb/lp0`, or `usb://<vid>:<pid>` in hex as
 * lsusb prints them. Throws on a spec it cannot read; never touches the printer until used.
 */
export function createPrinter(spec: string, options: PrinterOptions = {}): TicketPrinter {
  const timeouts = { ...DEFAULT_PRINTER_TIMEOUTS, ...options.timeouts };
  if (spec.startsWith('file:')) {
    const { dir, limits } = fileSpec(spec);
    return createFilePrinter(dir, limits);
  }
  if (spec.startsWith('tcp://')) {
    const url = new URL(spec);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = url.port ? Number(url.port) : RAW_PRINTING_PORT;
    if (!host) throw new Error(`printer "${spec}" names no host`);
    return createEscposPrinter('tcp', `network printer ${host}:${port}`, () => openTcpLink(host, port, timeouts), timeouts);
  }
  const usb = /^usb:\/\/([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(spec);
  if (usb) {
    const [, vendorHex = '', productHex = ''] = usb;
    const [vendorId, productId] = [parseInt(vendorHex, 16), parseInt(productHex, 16)];
    const makeAdapter = options.usbAdapter ?? openUsbAdapter;
    return createEscposPrinter(
      'usb',
      `USB printer ${usbId(vendorId, productId)}`,
      () => openUsbLink(makeAdapter, vendorId, productId, timeouts),
      timeouts,
    );
  }
  if (spec.startsWith('/')) {
    return createEscposPrinter('device', `printer device ${spec}`, () => openDeviceLink(spec, timeouts), timeouts);
  }
  throw new Error(`unknown printer "${spec}": expected file:<dir>, tcp://host:port, a device path such as /dev/usb/lp0, or usb://<vid>:<pid>`);
}
