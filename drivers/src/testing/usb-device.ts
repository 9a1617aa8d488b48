import { usb } from 'usb';
import { FakeEscposPrinter } from './fake-printer.ts';

type TransferCallback<T> = (error: (Error & { errno?: number }) | undefined, data?: T) => void;

/**
 * A USB printer as the `usb` package presents one, for `new USBAdapter(device)`: one printer-class
 * interface with a bulk OUT endpoint into `printer` and a bulk IN endpoint carrying its answers.
 * Like libusb, a read with nothing to deliver ends with a timeout error after the endpoint's timeout.
 */
export function fakeUsbDevice(printer: FakeEscposPrinter): usb.Device {
  const answers: number[] = [];
  const out = {
    direction: 'out',
    timeout: 0,
    transfer(data: Buffer, done?: TransferCallback<never>) {
      answers.push(...printer.receive(data));
      setImmediate(() => done?.(undefined));
    },
  };
  const input = {
    direction: 'in',
    timeout: 0,
    transfer(length: number, done: TransferCallback<Buffer>) {
      if (answers.length > 0) {
        const data = Buffer.from(answers.splice(0, length));
        setImmediate(() => done(undefined, data));
      } else {
        setTimeout(() => done(Object.assign(new Error('LIBUSB_TRANSFER_TIMED_OUT'), { errno: usb.LIBUSB_TRANSFER_TIMED_OUT })), input.timeout);
      }
    },
  };
  const printerInterface = {
    altSetting: 0,
    endpoints: [out, input],
    setAltSetting: (_alt: number, done: () => void) => setImmediate(done),
    isKernelDriverActive: () => false,
    detachKernelDriver: () => undefined,
    claim: () => undefined,
  };
  // USBAdapter checks `instanceof usb.Device`; the native methods it would call are replaced
  return Object.create(usb.Device.prototype, {
    open: { value: () => undefined },
    close: { value: () => undefined },
    interfaces: { value: [printerInterface] },
  }) as usb.Device;
}
