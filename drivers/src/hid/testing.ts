// Test doubles of the HID seam: a backend whose devices are plugged and unplugged by the test,
// each opened as a source fed byte-exact input reports, recording the output reports written.
import { EventEmitter } from 'node:events';
import { BOOT_REPORT_LENGTH } from './boot-report.ts';
import type { HidBackend, HidDeviceInfo, HidSource } from './source.ts';

/** A boot-keyboard report holding these usage codes (modifiers 0), e.g. keyReport(0x58) for KP_Enter; keyReport() releases all. */
export function keyReport(...usages: number[]): Buffer {
  const report = Buffer.alloc(BOOT_REPORT_LENGTH);
  report.set(usages.slice(0, 6), 2);
  return report;
}

export class FakeHidSource extends EventEmitter implements HidSource {
  readonly written: number[][] = [];
  closed = false;

  constructor(private readonly outputReports: boolean) {
    super();
  }

  /** The device sends one input report. */
  feed(report: Uint8Array): void {
    this.emit('data', Buffer.from(report));
  }

  /** A key pressed and released: its report, then the all-zero one. */
  tap(usage: number): void {
    this.feed(keyReport(usage));
    this.feed(keyReport());
  }

  write(bytes: number[]): void {
    if (!this.outputReports) throw new Error('Cannot write to hid device');
    this.written.push(bytes);
    this.emit('written');
  }

  /** Resolves once `count` output reports have been written. */
  async untilWritten(count: number): Promise<void> {
    while (this.written.length < count) await new Promise((resolve) => this.once('written', resolve));
  }

  close(): void {
    this.closed = true;
  }
}

export interface FakeDevice extends HidDeviceInfo {
  /** Whether opening fails (a device without the udev rule). */
  refuse?: string;
  /** Whether the device takes output reports (LEDs). */
  outputReports?: boolean;
}

export class FakeHidBackend implements HidBackend {
  private plugged: FakeDevice[] = [];
  /** The source of the last opening of each path. */
  readonly opened = new Map<string, FakeHidSource>();

  plug(device: FakeDevice): void {
    this.plugged.push(device);
  }

  /** Pulls the device out: it is no longer listed, and its open source fails as node-hid's does. */
  unplug(path: string): void {
    this.plugged = this.plugged.filter((d) => d.path !== path);
    const source = this.opened.get(path);
    if (source && !source.closed) source.emit('error', new Error('could not read from HID device'));
  }

  source(path: string): FakeHidSource {
    const source = this.opened.get(path);
    if (!source) throw new Error(`${path} was not opened`);
    return source;
  }

  devices(): HidDeviceInfo[] {
    return this.plugged.map((device) => ({ ...device }));
  }

  open(device: HidDeviceInfo): HidSource {
    const plugged = this.plugged.find((d) => d.path === device.path);
    if (!plugged) throw new Error('could not open device: no such device');
    if (plugged.refuse) throw new Error(plugged.refuse);
    const source = new FakeHidSource(plugged.outputReports ?? false);
    this.opened.set(device.path ?? '', source);
    return source;
  }
}
