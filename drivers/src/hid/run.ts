// The entry point the device agent calls: opens every configured keypad and rating box, decodes
// their reports, and hands the commands to `send`; device states go to `onStatus`.
import { BootKeyboardDecoder } from './boot-report.ts';
import { commandQueue, type HidSend } from './commands.ts';
import { parseHidConfig, type AckSettings, type HidDeviceSettings, type HidSettings } from './config.ts';
import { HidConnection, type HidStatus } from './connection.ts';
import { KeypadDriver } from './keypad.ts';
import { nodeHidBackend } from './node-hid.ts';
import { RatingBoxDriver } from './rating-box.ts';
import type { HidBackend } from './source.ts';

export interface HidRunOptions {
  /** The `hid` section of the agent's configuration (checked here; a mistake throws at once), or settings already checked. */
  config: unknown;
  /** Forwards a command to the server (./http-sender.ts over the REST API). */
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

interface Running { connection: HidConnection; stop(): void }

export function runHidDevices(options: HidRunOptions): HidDevices {
  const settings = isSettings(options.config) ? options.config : parseHidConfig(options.config);
  const log = options.log ?? ((line: string) => console.log(`[hid] ${line}`));
  const backend = options.backend ?? nodeHidBackend;
  const running = settings.devices.map((device) => start(device, settings.pollMs, backend, options.send, options.onStatus ?? (() => {}), log));
  return {
    statuses: () => running.map((r) => r.connection.status),
    stop: () => running.forEach((r) => r.stop()),
  };
}

function isSettings(config: unknown): config is HidSettings {
  return typeof config === 'object' && config !== null && 'pollMs' in config;
}

function start(device: HidDeviceSettings, pollMs: number, backend: HidBackend, send: HidSend, onStatus: (s: HidStatus) => void, log: (line: string) => void): Running {
  const decoder = new BootKeyboardDecoder(device.reportId);
  const queue = commandQueue(send, log, device.name);
  let press: (usage: number) => void = () => {};
  const connection = new HidConnection({
    name: device.name, kind: device.kind, match: device.match, backend, pollMs, onStatus, log,
    onOpen: () => decoder.reset(),
    onReport(report) {
      const { pressed, ignored } = decoder.decode(report);
      if (ignored) log(`${device.name}: ignored a report (${ignored}): ${report.toString('hex')}`);
      pressed.forEach(press);
    },
  });
  let stopDriver = () => {};
  if (device.kind === 'keypad') {
    const keypad = new KeypadDriver({ name: device.name, keymap: device.keymap, digitTimeoutMs: device.digitTimeoutMs, send: queue, log });
    press = (usage) => keypad.press(usage);
    stopDriver = () => keypad.stop();
  } else {
    const box = new RatingBoxDriver({ name: device.name, scores: device.scores, send: queue, log, acknowledge: acknowledger(connection, device.ack, device.name, log) });
    press = (usage) => box.press(usage);
  }
  connection.start();
  return {
    connection,
    stop() {
      stopDriver();
      connection.stop();
    },
  };
}

/** Lights the box's acknowledgement; after the first refusal of an output report, only says once that it cannot. */
function acknowledger(connection: HidConnection, ack: AckSettings | null, name: string, log: (line: string) => void): () => void {
  if (!ack) return () => {};
  let supported = true;
  const write = (bytes: number[]) => {
    if (!supported) return;
    try {
      connection.write(bytes);
    } catch (error) {
      supported = false;
      log(`${name}: the device takes no output report (${error instanceof Error ? error.message : String(error)}): ratings are not acknowledged on it`);
    }
  };
  return () => {
    write(ack.on);
    if (ack.off) setTimeout(() => write(ack.off!), ack.ms).unref();
  };
}
