// Call keypads and rating boxes over USB HID, for the device agent: `runHidDevices({ config, send,
// onStatus })` with `send: httpSender({ server, key })`. Test doubles are in ./testing.ts.
export { BootKeyboardDecoder, type Decoded } from './boot-report.ts';
export type { HidCommand, HidOutcome, HidSend, KeypadCommand, RatingCommand, RatingScore } from './commands.ts';
export { parseHidConfig, type HidDeviceSettings, type HidSettings } from './config.ts';
export type { HidDeviceKind, HidState, HidStatus } from './connection.ts';
export { DEFAULT_KEYMAP, type KeypadKeyAction } from './keypad.ts';
export { DEFAULT_RATING_BUTTONS, DEFAULT_RATING_SCORES } from './rating-box.ts';
export { httpSender, type HttpSenderOptions } from './http-sender.ts';
export { nodeHidBackend } from './node-hid.ts';
export { runHidDevices, type HidDevices, type HidRunOptions } from './run.ts';
export type { HidBackend, HidDeviceInfo, HidMatch, HidSource } from './source.ts';
export { KEY_USAGES, keyName, usageOf } from './usage.ts';
