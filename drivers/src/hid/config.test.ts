import { describe, expect, it } from 'vitest';
import { parseHidConfig, type RatingBoxSettings } from './config.ts';
import { usageOf } from './usage.ts';

const keypad = { name: 'Bàn phím quầy 1', kind: 'keypad', vendorId: '04d9', productId: '0x1203' };
const box = { name: 'Hộp đánh giá quầy 1', kind: 'rating', vendorId: 0x1a2c, productId: 8484 };
const scoresOf = (settings: RatingBoxSettings) => Object.fromEntries([...settings.scores].map(([usage, score]) => [usage, score]));

describe('parseHidConfig', () => {
  it('reads ids in hex as lsusb shows them, or as numbers as node-hid lists them, with the defaults', () => {
    const { devices, pollMs } = parseHidConfig({ devices: [keypad, box] });
    expect(pollMs).toBe(2000);
    expect(devices[0]).toMatchObject({ kind: 'keypad', match: { vendorId: 0x04d9, productId: 0x1203 }, digitTimeoutMs: 5000 });
    expect(devices[1]).toMatchObject({ kind: 'rating', match: { vendorId: 0x1a2c, productId: 0x2124 }, ack: { on: [0, 7], off: [0, 0], ms: 2000 } });
  });

  it('gives the rating buttons 4, 3, 2, 1 by default, each on its keypad digit, main digit and F-key', () => {
    const settings = parseHidConfig({ devices: [box] }).devices[0] as RatingBoxSettings;
    const u = (k: string) => usageOf(k)!;
    expect(scoresOf(settings)).toEqual({
      [u('KP_1')]: 4, [u('1')]: 4, [u('F1')]: 4, [u('KP_2')]: 3, [u('2')]: 3, [u('F2')]: 3,
      [u('KP_3')]: 2, [u('3')]: 2, [u('F3')]: 2, [u('KP_4')]: 1, [u('4')]: 1, [u('F4')]: 1,
    });
  });

  it('takes configured buttons and score order, and no acknowledgement', () => {
    const settings = parseHidConfig({ devices: [{ ...box, buttons: ['F9', ['0x1e', 'KP_1'], 'F11', 'F12'], scores: [1, 2, 3, 4], ack: false }] }).devices[0] as RatingBoxSettings;
    expect(scoresOf(settings)).toEqual({ [usageOf('F9')!]: 1, 0x1e: 2, [usageOf('KP_1')!]: 2, [usageOf('F11')!]: 3, [usageOf('F12')!]: 4 });
    expect(settings.ack).toBeNull();
  });

  it.each([
    [{ devices: [{ ...keypad, vendorId: 'usb' }] }, 'hid.devices[0].vendorId: "usb" is not a USB id'],
    [{ devices: [{ ...keypad, productId: undefined }] }, 'hid.devices[0]: name the device by vendorId and productId'],
    [{ devices: [{ ...keypad, kind: 'mouse' }] }, 'hid.devices[0].kind: "mouse": say "keypad"'],
    [{ devices: [{ ...keypad, keymap: { KP_Enterr: 'call' } }] }, 'hid.devices[0].keymap.KP_Enterr: unknown key "KP_Enterr"'],
    [{ devices: [{ ...keypad, keymap: { KP_Enter: 'call-fast' } }] }, 'hid.devices[0].keymap.KP_Enter: unknown action "call-fast"'],
    [{ devices: [{ ...keypad, buttons: ['F1'] }] }, 'hid.devices[0]: unknown setting "buttons"'],
    [{ devices: [keypad, { ...box, scores: [4, 4, 2, 1] }] }, 'hid.devices[1].scores: give the scores of the four buttons'],
    [{ devices: [{ ...box, buttons: ['F1', 'F1', 'F3', 'F4'] }] }, 'hid.devices[0].buttons[1]: key F1 is given to two buttons'],
    [{ devices: [{ ...box, ack: { on: [0, 300] } }] }, 'hid.devices[0].ack.on[1]: 300 is not a byte'],
    [{ devices: [{ ...keypad, name: '' }] }, 'hid.devices[0].name: give the device a name'],
    [{ devices: [{ ...keypad, name: 'Bàn phím '.repeat(12) }] }, 'hid.devices[0].name: give the device a name of at most 100 characters'],
    [{ devices: [keypad], pollSeconds: 0 }, 'hid.pollSeconds: give a number of seconds'],
    [{ keypads: [] }, 'hid: unknown setting "keypads"'],
  ])('refuses a mistake and says where: %j', (config, message) => {
    expect(() => parseHidConfig(config)).toThrow(`HID configuration: ${message}`);
  });
});
