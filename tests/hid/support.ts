// Runs the HID drivers over the fake backend, recording what they send, log and report, with
// waits on events (never on time).
import { runHidDevices, type HidCommand, type HidOutcome, type HidSend, type HidStatus } from '../../drivers/src/hid/index.ts';
import { FakeHidBackend } from '../../drivers/src/hid/testing.ts';

export const KEYPAD_DEVICE = { vendorId: 0x04d9, productId: 0x1203, interface: 0, usagePage: 0x01, usage: 0x06, manufacturer: 'Generic', product: 'USB Numeric Keypad' };
export const BOX_DEVICE = { vendorId: 0x1a2c, productId: 0x2124, interface: 0, usagePage: 0x01, usage: 0x06, product: 'Rating Box' };
export const KEYPAD = { name: 'Bàn phím quầy 1', kind: 'keypad', vendorId: '04d9', productId: '1203' };
export const BOX = { name: 'Hộp đánh giá quầy 1', kind: 'rating', vendorId: '1a2c', productId: '2124' };

type Waiter<T> = { test: (item: T) => boolean; resolve: (item: T) => void };

/** A list that a test can wait on: `until(test)` resolves with the first item, past or future, that passes. */
export class Recorded<T> {
  readonly items: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(item: T): void {
    this.items.push(item);
    this.waiters = this.waiters.filter((w) => !(w.test(item) && (w.resolve(item), true)));
  }

  until(test: (item: T) => boolean, from = 0): Promise<T> {
    const seen = this.items.slice(from).find(test);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

export interface Sent { command: HidCommand; outcome: HidOutcome }

export function runFake(config: unknown, send: HidSend = async () => ({ ok: true, message: 'done' })) {
  const backend = new FakeHidBackend();
  const statuses = new Recorded<HidStatus>();
  const sent = new Recorded<Sent>();
  const log = new Recorded<string>();
  const devices = runHidDevices({
    config, backend,
    onStatus: (s) => statuses.push(s),
    log: (line) => log.push(line),
    send: async (command) => {
      const outcome = await send(command);
      sent.push({ command, outcome });
      return outcome;
    },
  });
  return { backend, devices, statuses, sent, log };
}
