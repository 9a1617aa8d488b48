// The seam between the HID drivers and the USB stack: a source of input reports for one opened
// device, and a backend that lists the devices plugged in and opens one. node-hid implements it on
// the agent (./node-hid.ts); tests plug in a fake fed byte-exact reports (./testing.ts).
import type { EventEmitter } from 'node:events';

/** A plugged-in HID device, as node-hid's `devices()` lists it. */
export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string | undefined;
  serialNumber?: string | undefined;
  manufacturer?: string | undefined;
  product?: string | undefined;
  interface: number;
  usagePage?: number | undefined;
  usage?: number | undefined;
}

/**
 * One opened device. Emits `data` (a Buffer per input report), `error` (the device failed or was
 * unplugged) and `close` (it went away); either of the last two ends the source.
 */
export interface HidSource extends Pick<EventEmitter, 'on' | 'off'> {
  /** Sends an output report (first byte: the report id, 0 when the device numbers none); throws when the device takes none. */
  write(bytes: number[]): void;
  close(): void;
}

export interface HidBackend {
  devices(): HidDeviceInfo[];
  /** Opens a listed device (by its path); throws when it cannot (permissions, gone). */
  open(device: HidDeviceInfo): HidSource;
}

/** How the configuration names a device: by vendor and product id (optionally serial number and interface), or by path. */
export interface HidMatch {
  vendorId?: number;
  productId?: number;
  serialNumber?: string;
  interface?: number;
  path?: string;
}

const GENERIC_DESKTOP = 0x01;
const KEYBOARD = 0x06;

/** The listed device the match names; of several interfaces, the keyboard one. */
export function findDevice(devices: HidDeviceInfo[], match: HidMatch): HidDeviceInfo | undefined {
  const candidates = devices.filter((d) =>
    (match.path === undefined || d.path === match.path)
    && (match.vendorId === undefined || d.vendorId === match.vendorId)
    && (match.productId === undefined || d.productId === match.productId)
    && (match.serialNumber === undefined || d.serialNumber === match.serialNumber)
    && (match.interface === undefined || d.interface === match.interface));
  return candidates.find((d) => d.usagePage === GENERIC_DESKTOP && d.usage === KEYBOARD) ?? candidates[0];
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** "vid:pid" or the path, as log lines and statuses name a device. */
export function describeMatch(match: HidMatch): string {
  const ids = match.vendorId !== undefined && match.productId !== undefined ? `${hex4(match.vendorId)}:${hex4(match.productId)}` : undefined;
  return [ids, match.serialNumber && `serial ${match.serialNumber}`, match.path].filter(Boolean).join(' ');
}

export function describeDevice(device: HidDeviceInfo): string {
  const name = [device.manufacturer, device.product].filter(Boolean).join(' ');
  return `${hex4(device.vendorId)}:${hex4(device.productId)}${name ? ` (${name})` : ''}${device.path ? ` at ${device.path}` : ''}`;
}
