// One configured HID device kept open across unplugging: while it is not open, the connection
// looks for it among the plugged devices every poll; an error or close from the open device
// marks it offline and the polling finds it again when it is plugged back. Every change of
// state is one log line and one status for the dashboard. Nothing here throws at the caller.
import { describeDevice, describeMatch, findDevice, type HidBackend, type HidMatch, type HidSource } from './source.ts';

export type HidDeviceKind = 'keypad' | 'rating';

/**
 * The states the dashboard shows (the device hub's AgentDevice states):
 * `online`: open and read. `offline`: was open, went away (unplugged) at `since`.
 * `unknown`: not found since the agent started (unplugged, or the ids are wrong).
 * `error`: found but cannot be opened (permissions: see the udev rule), or devices cannot be listed.
 */
export type HidState = 'online' | 'offline' | 'unknown' | 'error';

/** A device's state, in the shape the agent sends in `device:hello` and `device:status`. */
export interface HidStatus {
  kind: HidDeviceKind;
  /** The configured name, e.g. "Bàn phím quầy 1". */
  name: string;
  state: HidState;
  /** Since when (ISO) this state holds. */
  since: string;
  /** In words: which device, or what is wrong and what to do (at most 500 characters). */
  detail: string;
}

/** The device hub refuses a longer detail. */
const MAX_DETAIL = 500;

export interface ConnectionOptions {
  name: string;
  kind: HidDeviceKind;
  match: HidMatch;
  backend: HidBackend;
  pollMs: number;
  /** Each input report of the open device. */
  onReport(report: Buffer): void;
  /** The device was (re)opened: forget whatever was held before. */
  onOpen(): void;
  onStatus(status: HidStatus): void;
  log(line: string): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class HidConnection {
  private source: HidSource | null = null;
  private timer: NodeJS.Timeout | undefined;
  private current: HidStatus;

  constructor(private readonly options: ConnectionOptions) {
    this.current = { kind: options.kind, name: options.name, state: 'unknown', since: new Date().toISOString(), detail: `looking for ${describeMatch(options.match)}` };
  }

  get status(): HidStatus {
    return this.current;
  }

  /** Looks for the device now, then every poll while it is not open. */
  start(): void {
    this.scan();
    this.timer = setInterval(() => {
      if (!this.source) this.scan();
    }, this.options.pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    const source = this.source;
    this.source = null;
    source?.close();
  }

  /** Sends an output report; false when the device is not open. Throws when the device takes no output reports. */
  write(bytes: number[]): boolean {
    if (!this.source) return false;
    this.source.write(bytes);
    return true;
  }

  private scan(): void {
    const { backend, match } = this.options;
    let devices;
    try {
      devices = backend.devices();
    } catch (error) {
      this.report('error', `cannot list the HID devices: ${message(error)}`);
      return;
    }
    const device = findDevice(devices, match);
    if (!device) {
      if (this.current.state !== 'offline') {
        const plugged = devices.map(describeDevice).join('; ') || 'none';
        this.report('unknown', `no HID device ${describeMatch(match)} is plugged in (check the cable and the ids; plugged: ${plugged})`);
      }
      return;
    }
    let source: HidSource;
    try {
      source = backend.open(device);
    } catch (error) {
      this.report('error', `cannot open ${describeDevice(device)}: ${message(error)} (on Linux, install the udev rule for hidraw access: see drivers/README.md)`);
      return;
    }
    this.source = source;
    source.on('data', (report: Buffer) => {
      if (this.source === source) this.options.onReport(report);
    });
    source.on('error', (error: unknown) => this.lost(source, message(error)));
    source.on('close', () => this.lost(source, 'unplugged'));
    this.options.onOpen();
    this.report('online', describeDevice(device));
  }

  private lost(source: HidSource, reason: string): void {
    if (this.source !== source) return;
    this.source = null;
    source.close();
    this.report('offline', `${reason}; waiting for it to be plugged back`);
  }

  private report(state: HidState, full: string): void {
    const detail = full.length > MAX_DETAIL ? `${full.slice(0, MAX_DETAIL - 1)}…` : full;
    if (state === this.current.state && detail === this.current.detail) return;
    const since = state === this.current.state ? this.current.since : new Date().toISOString();
    this.current = { ...this.current, state, since, detail };
    this.options.log(`${this.options.name} (${this.options.kind}): ${state}: ${full}`);
    this.options.onStatus(this.current);
  }
}
