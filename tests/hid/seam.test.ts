// The HID drivers fed byte-exact boot-keyboard reports through the seam (a fake node-hid backend):
// decoded presses, commands, hot-plug and device statuses, acknowledgement lights.
import { afterEach, describe, expect, it } from 'vitest';
import { nodeHidBackend, runHidDevices, type HidStatus } from '../../drivers/src/hid/index.ts';
import { FakeHidBackend, keyReport } from '../../drivers/src/hid/testing.ts';
import { BOX, BOX_DEVICE, KEYPAD, KEYPAD_DEVICE, Recorded, runFake } from './support.ts';

const KP_ENTER = 0x58;
const KP_1 = 0x59;
const KP_0 = 0x62;
const KP_ADD = 0x57;
const R = (...bytes: number[]) => Buffer.from(bytes);

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function run(config: unknown) {
  const fake = runFake(config);
  stop = () => fake.devices.stop();
  return fake;
}

describe('keypad reports through the seam', () => {
  it('turns held, rolled-over, garbage and ErrorRollOver reports into each press once', async () => {
    const { backend, statuses, sent, log } = run({ devices: [KEYPAD], pollSeconds: 0.01 });
    backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw0' });
    await statuses.until((s) => s.state === 'online');
    const keypad = backend.source('/dev/hidraw0');
    const reports = [
      R(0, 0, KP_1, 0, 0, 0, 0, 0), R(0, 0, KP_1, 0, 0, 0, 0, 0), R(0, 0, KP_1, 0, 0, 0, 0, 0), // 1 held: one press
      R(0, 0, KP_1, KP_0, 0, 0, 0, 0), R(0, 0, KP_0, 0, 0, 0, 0, 0), // 0 rolled over 1
      R(0, 0, 1, 1, 1, 1, 1, 1), // ErrorRollOver: ignored, 0 stays held
      R(0, 0, KP_0, 0, 0, 0, 0, 0), R(0, 0, KP_0), R(0xde, 0xad, 0xbe, 0xef, 0, 0, 0, 0, 0, 0), // garbage lengths
      R(0, 0, 0, 0, 0, 0, 0, 0), // release
      R(0, 0, KP_ENTER, 0, 0, 0, 0, 0), R(0, 0, KP_ENTER, 0, 0, 0, 0, 0), R(0, 0, 0, 0, 0, 0, 0, 0),
      R(0, 0, KP_ADD, 0, 0, 0, 0, 0), R(0, 0, 0, 0, 0, 0, 0, 0),
    ];
    reports.forEach((r) => keypad.feed(r));
    await sent.until((s) => s.command.action === 'recall');
    expect(sent.items.map((s) => s.command)).toEqual([{ action: 'call', number: '10' }, { action: 'recall' }]);
    expect(log.items.filter((l) => l.includes('ignored a report'))).toEqual([
      'Bàn phím quầy 1: ignored a report (phantom state (ErrorRollOver): too many keys at once): 0000010101010101',
      'Bàn phím quầy 1: ignored a report (report of 3 bytes, expected 8): 000062',
      'Bàn phím quầy 1: ignored a report (report of 10 bytes, expected 8): deadbeef000000000000',
    ]);
  });

  it('sends the commands of quick presses one at a time, in key order', async () => {
    const answered: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const fake = runFake({ devices: [KEYPAD], pollSeconds: 0.01 }, async (command) => {
      if (answered.length === 0) await gate;
      answered.push(command.action);
      return { ok: true, message: 'done' };
    });
    stop = () => fake.devices.stop();
    fake.backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw0' });
    await fake.statuses.until((s) => s.state === 'online');
    const keypad = fake.backend.source('/dev/hidraw0');
    keypad.tap(KP_ENTER);
    keypad.tap(KP_ADD);
    keypad.tap(0x63);
    release();
    await fake.sent.until((s) => s.command.action === 'finish');
    expect(answered).toEqual(['call-next', 'recall', 'finish']);
  });
});

describe('hot-plug and device status', () => {
  it('reports a device not plugged in as unknown, finds it when plugged, and again after unplugging and replugging', async () => {
    const { backend, statuses, sent, log } = run({ devices: [KEYPAD], pollSeconds: 0.01 });
    expect(statuses.items[0]).toMatchObject({ name: 'Bàn phím quầy 1', kind: 'keypad', state: 'unknown' });
    expect(statuses.items[0]!.detail).toMatch(/^no HID device 04d9:1203 is plugged in/);
    expect(log.items[0]).toMatch(/^Bàn phím quầy 1 \(keypad\): unknown: no HID device 04d9:1203 is plugged in \(check the cable and the ids; plugged: none\)$/);

    backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw0' });
    expect(await statuses.until((s) => s.state === 'online')).toMatchObject({ detail: '04d9:1203 (Generic USB Numeric Keypad) at /dev/hidraw0' });
    backend.source('/dev/hidraw0').feed(keyReport(KP_1)); // typed, and held when pulled out

    backend.unplug('/dev/hidraw0');
    const gone = await statuses.until((s) => s.state === 'offline');
    expect(gone.detail).toBe('could not read from HID device; waiting for it to be plugged back');
    expect(backend.source('/dev/hidraw0').closed).toBe(true);

    backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw3' }); // another path after replugging
    const back = await statuses.until((s) => s.state === 'online', 2);
    expect(back.detail).toMatch(/at \/dev\/hidraw3$/);
    // the key held and the digit typed before the unplug are forgotten
    backend.source('/dev/hidraw3').tap(KP_ENTER);
    await sent.until((s) => s.command.action === 'call-next');
    expect(sent.items.map((s) => s.command)).toEqual([{ action: 'call-next' }]);
  });

  it('reports a device it may not open as an error that points to the udev rule, and opens it once allowed', async () => {
    const { backend, statuses, devices } = run({ devices: [KEYPAD], pollSeconds: 0.01 });
    backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw0', refuse: 'cannot open device with path /dev/hidraw0' });
    const refused = await statuses.until((s) => s.state === 'error');
    expect(refused.detail).toBe('cannot open 04d9:1203 (Generic USB Numeric Keypad) at /dev/hidraw0: cannot open device with path /dev/hidraw0 (on Linux, install the udev rule for hidraw access: see drivers/README.md)');
    backend.unplug('/dev/hidraw0');
    backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw0' });
    await statuses.until((s) => s.state === 'online');
    expect(devices.statuses()).toEqual([expect.objectContaining({ name: 'Bàn phím quầy 1', state: 'online' })]);
  });

  it('reports an error when the devices cannot be listed, and keeps running', async () => {
    const { backend, statuses } = run({ devices: [KEYPAD], pollSeconds: 0.01 });
    const devices = backend.devices.bind(backend);
    let failing = true;
    backend.devices = () => {
      if (failing) throw new Error('libudev missing');
      return devices();
    };
    expect(await statuses.until((s) => s.state === 'error')).toMatchObject({ detail: 'cannot list the HID devices: libudev missing' });
    failing = false;
    backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw0' });
    await statuses.until((s) => s.state === 'online');
  });

  it('with the real node-hid backend (no HID hardware here), reports a keypad nobody plugged in as unknown', () => {
    const statuses: HidStatus[] = [];
    const devices = runHidDevices({ config: { devices: [{ ...KEYPAD, vendorId: 'fffe', productId: 'fffd' }] }, send: async () => ({ ok: true, message: '' }), onStatus: (s) => statuses.push(s), log: () => {} });
    stop = () => devices.stop();
    expect(statuses).toEqual([expect.objectContaining({ state: 'unknown', detail: expect.stringMatching(/^no HID device fffe:fffd is plugged in/) })]);
    expect(() => nodeHidBackend.open({ vendorId: 0xfffe, productId: 0xfffd, interface: 0, path: '/dev/hidraw-none' })).toThrow(/cannot open device/);
  });

  it('keeps a status detail within the 500 characters the device hub takes, and logs it whole', async () => {
    const backend = new FakeHidBackend();
    for (let i = 0; i < 30; i += 1) backend.plug({ ...KEYPAD_DEVICE, productId: 0x2000 + i, path: `/dev/hidraw${i}` });
    const statuses: HidStatus[] = [];
    const log: string[] = [];
    const devices = runHidDevices({ config: { devices: [KEYPAD] }, backend, send: async () => ({ ok: true, message: '' }), onStatus: (s) => statuses.push(s), log: (l) => log.push(l) });
    stop = () => devices.stop();
    expect(statuses[0]!.detail).toHaveLength(500);
    expect(statuses[0]!.detail.endsWith('…')).toBe(true);
    expect(log[0]).toContain('at /dev/hidraw29)');
  });

  it('keeps looking for a device when forwarding its status fails', async () => {
    const backend = new FakeHidBackend();
    const log = new Recorded<string>();
    const devices = runHidDevices({
      config: { devices: [KEYPAD], pollSeconds: 0.01 }, backend, send: async () => ({ ok: true, message: '' }), log: (line) => log.push(line),
      onStatus: () => { throw new Error('agent offline'); },
    });
    stop = () => devices.stop();
    expect(await log.until((l) => l.includes('could not forward'))).toBe('Bàn phím quầy 1: could not forward its status: agent offline');
    backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw0' });
    await log.until((l) => l.includes(': online: '));
    expect(devices.statuses()[0]!.state).toBe('online');
  });

  it('finds the keyboard interface of a device that lists several, and tells other devices apart by serial number', async () => {
    const { backend, statuses } = run({ devices: [{ ...KEYPAD, serialNumber: 'B' }], pollSeconds: 0.01 });
    backend.plug({ ...KEYPAD_DEVICE, serialNumber: 'A', path: '/dev/hidraw0' });
    backend.plug({ ...KEYPAD_DEVICE, serialNumber: 'B', interface: 1, usagePage: 0x0c, usage: 0x01, path: '/dev/hidraw1' });
    backend.plug({ ...KEYPAD_DEVICE, serialNumber: 'B', path: '/dev/hidraw2' });
    expect(await statuses.until((s) => s.state === 'online')).toMatchObject({ detail: expect.stringMatching(/at \/dev\/hidraw2$/) });
  });
});

describe('rating box acknowledgement', () => {
  it('lights the box after an accepted rating and puts the light out, not after a refused one', async () => {
    const fake = runFake({ devices: [{ ...BOX, ack: { on: [0, 2], off: [0, 0], seconds: 0.01 } }], pollSeconds: 0.01 }, async (command) => (
      command.action === 'rate' && command.score === 4 ? { ok: true, message: 'rated' } : { ok: false, message: 'already rated' }
    ));
    stop = () => fake.devices.stop();
    fake.backend.plug({ ...BOX_DEVICE, path: '/dev/hidraw0', outputReports: true });
    await fake.statuses.until((s) => s.state === 'online');
    const box = fake.backend.source('/dev/hidraw0');
    box.tap(0x5c); // KP_4: score 1, refused
    box.tap(KP_1); // score 4, accepted
    await fake.sent.until((s) => s.outcome.ok);
    await box.untilWritten(2);
    expect(fake.sent.items.map((s) => s.command)).toEqual([{ action: 'rate', score: 1 }, { action: 'rate', score: 4 }]);
    expect(box.written).toEqual([[0, 2], [0, 0]]);
  });

  it('says once that a box without output reports has no light, and keeps taking ratings', async () => {
    const { backend, statuses, sent, log } = run({ devices: [BOX], pollSeconds: 0.01 });
    backend.plug({ ...BOX_DEVICE, path: '/dev/hidraw0', outputReports: false });
    await statuses.until((s) => s.state === 'online');
    const box = backend.source('/dev/hidraw0');
    box.tap(KP_1);
    box.tap(0x5a);
    await sent.until((s) => s.command.action === 'rate' && s.command.score === 3);
    await log.until((l) => l.includes('rate 3: done'));
    expect(log.items.filter((l) => l.includes('output report'))).toEqual(['Hộp đánh giá quầy 1: the device takes no output report (Cannot write to hid device): ratings are not acknowledged on it']);
  });
});
