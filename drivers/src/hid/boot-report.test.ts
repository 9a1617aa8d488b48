import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BootKeyboardDecoder } from './boot-report.ts';

const KP_ENTER = 0x58;
const KP_1 = 0x59;
const KP_2 = 0x5a;
const R = (...bytes: number[]) => Uint8Array.from(bytes);
const RELEASE = R(0, 0, 0, 0, 0, 0, 0, 0);
const ROLLOVER_ERROR = R(0, 0, 1, 1, 1, 1, 1, 1);

function presses(decoder: BootKeyboardDecoder, reports: Uint8Array[]): number[] {
  return reports.flatMap((r) => decoder.decode(r).pressed);
}

describe('BootKeyboardDecoder', () => {
  it('counts a key held through repeated reports as one press, and again after the all-zero release', () => {
    const held = R(0, 0, KP_ENTER, 0, 0, 0, 0, 0);
    expect(presses(new BootKeyboardDecoder(), [held, held, held, RELEASE, held, RELEASE])).toEqual([KP_ENTER, KP_ENTER]);
  });

  it('presses each of two rolled-over keys once, whichever is released first', () => {
    const decoder = new BootKeyboardDecoder();
    const reports = [R(0, 0, KP_1, 0, 0, 0, 0, 0), R(0, 0, KP_1, KP_2, 0, 0, 0, 0), R(0, 0, KP_2, 0, 0, 0, 0, 0), R(0, 0, KP_2, KP_1, 0, 0, 0, 0), RELEASE];
    expect(reports.map((r) => decoder.decode(r).pressed)).toEqual([[KP_1], [KP_2], [], [KP_1], []]);
  });

  it('presses two keys of one report in report order, and ignores the modifier and reserved bytes', () => {
    expect(new BootKeyboardDecoder().decode(R(0x02, 0xff, KP_2, KP_1, 0, 0, 0, 0)).pressed).toEqual([KP_2, KP_1]);
  });

  it('ignores an ErrorRollOver report and keeps the keys held before it', () => {
    const decoder = new BootKeyboardDecoder();
    const one = R(0, 0, KP_1, 0, 0, 0, 0, 0);
    expect(decoder.decode(one).pressed).toEqual([KP_1]);
    const phantom = decoder.decode(ROLLOVER_ERROR);
    expect(phantom).toEqual({ pressed: [], ignored: expect.stringMatching(/ErrorRollOver/) });
    expect(decoder.decode(one).pressed).toEqual([]);
    expect(decoder.decode(R(0, 0, KP_1, KP_2, 0, 0, 0, 0)).pressed).toEqual([KP_2]);
  });

  it('ignores reports of the wrong length with a reason, and keeps its state', () => {
    const decoder = new BootKeyboardDecoder();
    expect(decoder.decode(R(0, 0, KP_1, 0, 0, 0, 0, 0)).pressed).toEqual([KP_1]);
    for (const garbage of [R(), R(0, 0, KP_2), R(0, 0, KP_2, 0, 0, 0, 0, 0, 0, 0, 0, 0)]) {
      expect(decoder.decode(garbage)).toEqual({ pressed: [], ignored: expect.stringMatching(`report of ${garbage.length} bytes, expected 8`) });
    }
    expect(decoder.decode(R(0, 0, KP_1, 0, 0, 0, 0, 0)).pressed).toEqual([]);
  });

  it('hints at reportId when a report is one byte too long', () => {
    expect(new BootKeyboardDecoder().decode(R(1, 0, 0, KP_1, 0, 0, 0, 0, 0)).ignored).toMatch(/set reportId/);
  });

  it('strips the report id of a composite keyboard, and ignores its other reports', () => {
    const decoder = new BootKeyboardDecoder(1);
    expect(decoder.decode(R(1, 0, 0, KP_1, 0, 0, 0, 0, 0)).pressed).toEqual([KP_1]);
    expect(decoder.decode(R(2, 0xe9, 0)).ignored).toMatch(/report id 2/);
    expect(decoder.decode(R(0, 0, KP_2, 0, 0, 0, 0, 0)).ignored).toMatch(/report id 0/);
  });

  it('forgets the held keys on reset (the device was reopened)', () => {
    const decoder = new BootKeyboardDecoder();
    const one = R(0, 0, KP_1, 0, 0, 0, 0, 0);
    decoder.decode(one);
    decoder.reset();
    expect(decoder.decode(one).pressed).toEqual([KP_1]);
  });

  it('presses a key exactly as often as it goes from up to down, over any sequence of reports', () => {
    const keys = fc.uniqueArray(fc.integer({ min: 0x04, max: 0x65 }), { maxLength: 6 });
    fc.assert(fc.property(fc.array(keys, { maxLength: 30 }), (states) => {
      const decoder = new BootKeyboardDecoder();
      const got = presses(decoder, states.map((held) => R(0, 0, ...held, ...Array<number>(6 - held.length).fill(0))));
      const expected = states.flatMap((held, i) => held.filter((k) => !(states[i - 1] ?? []).includes(k)));
      expect(got).toEqual(expected);
    }));
  });
});
