import type USBAdapter from '@node-escpos/usb-adapter';
import { deadline, PrinterFault } from './fault.ts';
import type { PrinterLink } from './link.ts';
import type { PrinterTimeouts } from './types.ts';

/** Makes the escpos USB adapter of a printer: the seam where tests put one over a fake device. */
export type UsbAdapterFactory = (vendorId: number, productId: number) => USBAdapter | Promise<USBAdapter>;

/** The adapter over libusb, loaded on first use: a machine whose libusb fails still prints to other printers. */
export const openUsbAdapter: UsbAdapterFactory = async (vendorId, productId) => {
  const { default: UsbAdapter } = await import('@node-escpos/usb-adapter');
  return new UsbAdapter(vendorId, productId);
};

/** How much longer than libusb's own transfer timeout a read may take before it is given up. */
const READ_GUARD_MS = 100;

export const usbId = (vendorId: number, productId: number): string =>
  [vendorId, productId].map((id) => id.toString(16).padStart(4, '0')).join(':');

function linkOver(adapter: USBAdapter, where: string, timeouts: PrinterTimeouts): PrinterLink {
  const received: number[] = [];
  const input = adapter.deviceToPcEndpoint;
  return {
    twoWay: input !== null,
    write(data) {
      // libusb ends a transfer at the endpoint's timeout; the deadline also covers an adapter without one
      if (adapter.endpoint) adapter.endpoint.timeout = timeouts.writeMs;
      return deadline(
        new Promise<void>((resolve, reject) => {
          adapter.write(data, (error) => (error ? reject(new PrinterFault('io_error', `${where}: ${error.message}`)) : resolve()));
        }),
        timeouts.writeMs,
        () => new PrinterFault('timeout', `${where} took no data for ${timeouts.writeMs} ms`),
      );
    },
    // The adapter's own read() has no timeout and logs errors instead of reporting them, so the
    // link reads the IN endpoint the adapter found when it opened the printer.
    async readByte(timeoutMs) {
      if (received.length === 0 && input) {
        input.timeout = timeoutMs;
        const data = await new Promise<Buffer | undefined>((resolve) => {
          const guard = setTimeout(() => resolve(undefined), timeoutMs + READ_GUARD_MS);
          input.transfer(64, (error, answer) => {
            clearTimeout(guard);
            resolve(error ? undefined : answer);
          });
        });
        received.push(...(data ?? []));
      }
      return received.shift();
    },
    close: () => new Promise<void>((resolve) => adapter.close(() => resolve())),
  };
}

/** Opens a USB printer through libusb (for a printer no kernel driver took). */
export async function openUsbLink(
  makeAdapter: UsbAdapterFactory,
  vendorId: number,
  productId: number,
  timeouts: PrinterTimeouts,
): Promise<PrinterLink> {
  const where = `USB printer ${usbId(vendorId, productId)}`;
  let adapter: USBAdapter | undefined;
  try {
    adapter = await makeAdapter(vendorId, productId);
    const opening = adapter;
    await deadline(
      new Promise<void>((resolve, reject) => opening.open((error) => (error ? reject(error) : resolve()))),
      timeouts.connectMs,
      () => new PrinterFault('unreachable', `did not open within ${timeouts.connectMs} ms`),
    );
    return linkOver(adapter, where, timeouts);
  } catch (error) {
    adapter?.close();
    throw new PrinterFault('unreachable', `${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
