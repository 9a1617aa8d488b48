import USBAdapter from '@node-escpos/usb-adapter';
import { describe, expect, it } from 'vitest';
import { FakeEscposPrinter, fakeUsbDevice, justiceTicket, printedRaster, ticketJob } from '../testing/index.ts';
import { createPrinter } from './create.ts';

// Generous timeouts: a printer that answers ends each wait at once, and a loaded machine must not
// turn a late answer into a silent printer.
const PATIENT = { timeouts: { connectMs: 5000, statusMs: 5000, writeMs: 10_000 } };

/** A usb:// printer whose escpos adapter works a fake device standing in for the printer. */
function usbPrinter(fake: FakeEscposPrinter, statusMs = PATIENT.timeouts.statusMs) {
  const opened: [number, number][] = [];
  const printer = createPrinter('usb://04b8:0e15', {
    timeouts: { ...PATIENT.timeouts, statusMs },
    usbAdapter: (vendorId, productId) => {
      opened.push([vendorId, productId]);
      return new USBAdapter(fakeUsbDevice(fake));
    },
  });
  return { printer, opened };
}

describe('USB printer (usb://vid:pid, libusb through the escpos adapter)', () => {
  it('opens the printer by its ids, asks status, and sends the job through the OUT endpoint', async () => {
    const fake = new FakeEscposPrinter();
    const { printer, opened } = usbPrinter(fake);
    const job = ticketJob(justiceTicket);

    expect(await printer.print(job)).toEqual({ status: 'printed' });
    expect(opened).toEqual([[0x04b8, 0x0e15]]);
    expect([...fake.received.subarray(0, 3)]).toEqual([0x10, 0x04, 1]);
    expect(fake.commands.at(-1)).toEqual({ kind: 'cut', partial: true });
    expect(Buffer.from(printedRaster(fake.commands).data).equals(job.raster.data)).toBe(true);
  });

  it('does not print when the printer answers paper out on the IN endpoint', async () => {
    const fake = new FakeEscposPrinter({ paperOut: true });
    const { printer } = usbPrinter(fake);
    expect(await printer.print(ticketJob(justiceTicket))).toMatchObject({ status: 'failed', code: 'paper_out' });
    expect(await printer.status()).toMatchObject({ online: false, paperOut: true });
    expect(fake.commands).toEqual([]);
  });

  it('prints blind when the printer answers nothing (the read times out like libusb)', async () => {
    const { printer } = usbPrinter(new FakeEscposPrinter({ silent: true }), 100);
    expect(await printer.print(ticketJob(justiceTicket))).toEqual({ status: 'printed' });
  });

  it('reports a printer that is not plugged in as unreachable', async () => {
    const result = await createPrinter('usb://04b8:0e15', PATIENT).print(ticketJob(justiceTicket));
    expect(result).toMatchObject({ status: 'failed', code: 'unreachable' });
    expect(result.status === 'failed' && result.reason).toContain('04b8:0e15');
  });
});
