// The entry point the device agent calls: opens every configured keypad and rating box, decodes
// their reports, and hands the commands to `send`, one device's commands in order; every change of
// a device's state goes to `onStatus`. Devices missing, unplugged or refused are statuses and log
// lines, never exceptions; only a mistake in the configuration throws, at once.
import { BootKeyboardDecoder } from './boot-report.ts';
import { commandQueue, type HidSend } from './commands.ts';
import { parseHidConfig, type HidDeviceSettings } from './config.ts';
import { HidConnection, type HidStatus } from './connection.ts';
import { KeypadDriver } from './keypad.ts';
import { nodeHidBackend } from './node-hid.ts';
import { RatingBoxDriver } from './rating-box.ts';
import type { HidBackend } from './source.ts';

export interface HidRunOptions {
  /** The `hid` section of the agent's configuration (format in drivers/README.md). */
  config: unknown;
  /** Forwards a command to the server (httpSender does it over the REST API). */
  send: HidSend;
  /** Each change of a device's state, for the dashboard. */
  onStatus?(status: HidStatus): void;
  log?(line: string): void;
  /** node-hid by default; tests plug in a fake. */
  backend?: HidBackend;
}

export interface HidDevices {
  /** The state of every configured device now (to announce them on each connection to the server). */
  statuses(): HidStatus[];
  stop(): void;
}

interface Context { pollMs: number; backend: HidBackend; send: HidSend; onStatus(status: HidStatus): void; log(line: string): void }

export function runHidDevices(options: HidRunOptions): HidDevices {
  const { devices, pollMs } = parseHidConfig(options.config);
  const log = options.log ?? ((line: string) => console.log(`[hid] ${line}`));
  const context: Context = {
    pollMs,
    backend: options.backend ?? nodeHidBackend,
    send: options.send,
    // a failure while forwarding a status must not end the polling
    onStatus(status) {
      try {
        options.onStatus?.(status);
      } catch (error) {
        log(`${status.name}: could not forward its status: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    log,
  };
  const running = devices.map((device) => start(device, context));
  return {
    statuses: () => running.map((r) => r.connection.status),
    stop: () => running.forEach((r) => r.stop()),
  };
}

function start(device: HidDeviceSettings, { pollMs, backend, send, onStatus, log }: Context) {
  const decoder = new BootKeyboardDecoder(device.reportId);
  const queue = commandQueue(send, log, device.name);
  const driver = device.kind === 'keypad'
    ? new KeypadDriver({ name: device.name, keymap: device.keymap, digitTimeoutMs: device.digitTimeoutMs, send: queue, log })
    : new RatingBoxDriver({ name: device.name, scores: device.scores, ack: device.ack, send: queue, log, write: (bytes) => connection.write(bytes) });
  const connection = new HidConnection({
    name: device.name, kind: device.kind, match: device.match, backend, pollMs, onStatus, log,
    onOpen() {
      decoder.reset();
      driver.reset();
    },
    onReport(report) {
      const { pressed, ignored } = decoder.decode(report);
      if (ignored) log(`${device.name}: ignored a report (${ignored}): ${report.toString('hex')}`);
      for (const usage of pressed) driver.press(usage);
    },
  });
  connection.start();
  return {
    connection,
    stop() {
      driver.reset();
      connection.stop();
    },
  };
}
