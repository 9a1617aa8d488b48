// The HID part of the agent's configuration, checked at start-up: a wrong key name or id stops the
// agent with a message that says where, rather than a keypad that silently does nothing.
// Format (JSON): see drivers/README.md, "Call keypads and rating boxes".
import type { RatingScore } from '@motcua/protocol';
import { DEFAULT_DIGIT_TIMEOUT_MS, DEFAULT_KEYMAP, KEYPAD_KEY_ACTIONS, type KeypadKeyAction } from './keypad.ts';
import { DEFAULT_ACK, DEFAULT_RATING_BUTTONS, DEFAULT_RATING_SCORES, type AckSettings } from './rating-box.ts';
import type { HidMatch } from './source.ts';
import { usageOf } from './usage.ts';

interface DeviceSettingsBase { name: string; match: HidMatch; reportId?: number }
export interface KeypadSettings extends DeviceSettingsBase { kind: 'keypad'; keymap: Map<number, KeypadKeyAction>; digitTimeoutMs: number }
export interface RatingBoxSettings extends DeviceSettingsBase { kind: 'rating'; scores: Map<number, RatingScore>; ack: AckSettings | null }
export type HidDeviceSettings = KeypadSettings | RatingBoxSettings;
export interface HidSettings { devices: HidDeviceSettings[]; pollMs: number }

const DEFAULT_POLL_MS = 2000;
/** The dashboard shows the name; the device hub takes up to 200 characters. */
const MAX_NAME = 100;

type Json = Record<string, unknown>;

class ConfigError extends Error {
  constructor(where: string, problem: string) {
    super(`HID configuration: ${where}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function allowOnly(o: Json, where: string, keys: string[]): void {
  const extra = Object.keys(o).find((k) => !keys.includes(k));
  if (extra) throw new ConfigError(where, `unknown setting "${extra}" (allowed: ${keys.join(', ')})`);
}

/** A vendor or product id: a hex string as lsusb prints it ("04d9" or "0x04d9"), or a number as node-hid lists it. */
function usbId(v: unknown, where: string): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && /^(0x)?[0-9a-f]{1,4}$/i.test(v) ? Number.parseInt(v.replace(/^0x/i, ''), 16) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffff) throw new ConfigError(where, `${JSON.stringify(v)} is not a USB id: write it in hex as lsusb shows it, e.g. "04d9"`);
  return n;
}

function byte(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xff) throw new ConfigError(where, `${JSON.stringify(v)} is not a byte (0–255)`);
  return v;
}

function bytes(v: unknown, where: string): number[] {
  if (!Array.isArray(v) || v.length === 0) throw new ConfigError(where, 'give the report as a list of bytes, report id first, e.g. [0, 7]');
  return v.map((b, i) => byte(b, `${where}[${i}]`));
}

function seconds(v: unknown, where: string, fallbackMs: number): number {
  if (v === undefined) return fallbackMs;
  if (typeof v !== 'number' || !(v > 0 && v <= 3600)) throw new ConfigError(where, 'give a number of seconds between 0 and 3600');
  return Math.round(v * 1000);
}

function usage(key: unknown, where: string): number {
  const code = typeof key === 'string' || typeof key === 'number' ? usageOf(key) : undefined;
  if (code === undefined) throw new ConfigError(where, `unknown key ${JSON.stringify(key)}: use a name such as KP_Enter, KP_1, Enter, 1, F1 (list in drivers/src/hid/usage.ts) or a usage code such as "0x58"`);
  return code;
}

function match(o: Json, where: string): HidMatch {
  const m: HidMatch = { vendorId: usbId(o.vendorId, `${where}.vendorId`), productId: usbId(o.productId, `${where}.productId`) };
  if (o.serialNumber !== undefined) m.serialNumber = String(o.serialNumber);
  if (o.interface !== undefined) m.interface = byte(o.interface, `${where}.interface`);
  if (o.path !== undefined) {
    if (typeof o.path !== 'string' || o.path === '') throw new ConfigError(`${where}.path`, 'give the device path as node-hid lists it, e.g. "/dev/hidraw3"');
    m.path = o.path;
  }
  if (m.path === undefined && (m.vendorId === undefined || m.productId === undefined)) {
    throw new ConfigError(where, 'name the device by vendorId and productId (and serialNumber if two alike are plugged in), or by path');
  }
  return m;
}

function keymap(v: unknown, where: string): Map<number, KeypadKeyAction> {
  if (v !== undefined && !isObject(v)) throw new ConfigError(where, 'give the keymap as { "<key name>": "<action>" | null }');
  const map = new Map(Object.entries(DEFAULT_KEYMAP).map(([key, action]) => [usageOf(key)!, action]));
  for (const [key, action] of Object.entries(v ?? {})) {
    const code = usage(key, `${where}.${key}`);
    if (action === null) map.delete(code);
    else if ((KEYPAD_KEY_ACTIONS as readonly unknown[]).includes(action)) map.set(code, action as KeypadKeyAction);
    else throw new ConfigError(`${where}.${key}`, `unknown action ${JSON.stringify(action)} (actions: ${KEYPAD_KEY_ACTIONS.join(', ')}; null turns a default key off)`);
  }
  return map;
}

function scores(o: Json, where: string): Map<number, RatingScore> {
  const buttons = o.buttons ?? DEFAULT_RATING_BUTTONS;
  const order = o.scores ?? DEFAULT_RATING_SCORES;
  if (!Array.isArray(buttons) || buttons.length !== 4) throw new ConfigError(`${where}.buttons`, 'give the four buttons, first to last: a key name each (or a list of the names one button may send)');
  if (!Array.isArray(order) || order.length !== 4 || new Set(order).size !== 4 || !order.every((s: unknown) => s === 1 || s === 2 || s === 3 || s === 4)) throw new ConfigError(`${where}.scores`, 'give the scores of the four buttons in their order, each of 4, 3, 2, 1 once (4 = rất hài lòng)');
  const map = new Map<number, RatingScore>();
  buttons.forEach((button: unknown, i) => {
    for (const key of Array.isArray(button) ? button : [button]) {
      const code = usage(key, `${where}.buttons[${i}]`);
      if (map.has(code)) throw new ConfigError(`${where}.buttons[${i}]`, `key ${String(key)} is given to two buttons`);
      map.set(code, order[i] as RatingScore);
    }
  });
  return map;
}

function ack(v: unknown, where: string): AckSettings | null {
  if (v === undefined) return DEFAULT_ACK;
  if (v === false) return null;
  if (!isObject(v)) throw new ConfigError(where, 'give { "on": [bytes], "off": [bytes], "seconds": n }, or false for a box without lights');
  allowOnly(v, where, ['on', 'off', 'seconds']);
  return { on: bytes(v.on, `${where}.on`), off: v.off === undefined ? null : bytes(v.off, `${where}.off`), ms: seconds(v.seconds, `${where}.seconds`, DEFAULT_ACK.ms) };
}

const COMMON = ['name', 'kind', 'vendorId', 'productId', 'serialNumber', 'interface', 'path', 'reportId'];

function device(v: unknown, where: string): HidDeviceSettings {
  if (!isObject(v)) throw new ConfigError(where, 'give each device as an object with name, kind, vendorId, productId');
  if (typeof v.name !== 'string' || v.name.trim() === '' || v.name.length > MAX_NAME) throw new ConfigError(`${where}.name`, `give the device a name of at most ${MAX_NAME} characters, e.g. "Bàn phím quầy 1"`);
  const base: DeviceSettingsBase = { name: v.name, match: match(v, where) };
  if (v.reportId !== undefined) base.reportId = byte(v.reportId, `${where}.reportId`);
  if (v.kind === 'keypad') {
    allowOnly(v, where, [...COMMON, 'keymap', 'digitTimeoutSeconds']);
    return { ...base, kind: 'keypad', keymap: keymap(v.keymap, `${where}.keymap`), digitTimeoutMs: seconds(v.digitTimeoutSeconds, `${where}.digitTimeoutSeconds`, DEFAULT_DIGIT_TIMEOUT_MS) };
  }
  if (v.kind === 'rating') {
    allowOnly(v, where, [...COMMON, 'buttons', 'scores', 'ack']);
    return { ...base, kind: 'rating', scores: scores(v, where), ack: ack(v.ack, `${where}.ack`) };
  }
  throw new ConfigError(`${where}.kind`, `${JSON.stringify(v.kind)}: say "keypad" (call keypad) or "rating" (rating box)`);
}

/** Checks the `hid` section of the agent's configuration: `{ devices: [...], pollSeconds? }`. Throws a ConfigError that says where. */
export function parseHidConfig(raw: unknown): HidSettings {
  if (!isObject(raw)) throw new ConfigError('hid', 'give { "devices": [ ... ] }');
  allowOnly(raw, 'hid', ['devices', 'pollSeconds']);
  if (!Array.isArray(raw.devices)) throw new ConfigError('hid.devices', 'give the list of keypads and rating boxes');
  const devices = raw.devices.map((d, i) => device(d, `hid.devices[${i}]`));
  return { devices, pollMs: seconds(raw.pollSeconds, 'hid.pollSeconds', DEFAULT_POLL_MS) };
}
