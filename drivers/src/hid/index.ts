// Call keypads and rating boxes over USB HID, for the device agent: `runHidDevices({ config, send,
// onStatus, log })` with `send: httpSender({ server, key })` (see drivers/README.md). Test doubles
// of the node-hid seam are in ./testing.ts.
export type { HidCommand, HidOutcome, HidSend, RatingCommand } from './commands.ts';
export { parseHidConfig, type HidSettings } from './config.ts';
export type { HidDeviceKind, HidState, HidStatus } from './connection.ts';
export { httpSender, type HttpSenderOptions } from './http-sender.ts';
export { nodeHidBackend } from './node-hid.ts';
export { runHidDevices, type HidDevices, type HidRunOptions } from './run.ts';
export type { HidBackend, HidDeviceInfo, HidSource } from './source.ts';
