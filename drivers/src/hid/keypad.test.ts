import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HidCommand } from './commands.ts';
import { parseHidConfig, type KeypadSettings } from './config.ts';
import { KeypadDriver } from './keypad.ts';
import { usageOf } from './usage.ts';

function keypad(keymap?: Record<string, string | null>) {
  const settings = parseHidConfig({ devices: [{ name: 'Bàn phím quầy 1', kind: 'keypad', vendorId: '04d9', productId: '1203', ...(keymap ? { keymap } : {}) }] }).devices[0] as KeypadSettings;
  const sent: HidCommand[] = [];
  const log: string[] = [];
  const driver = new KeypadDriver({
    name: settings.name, keymap: settings.keymap, digitTimeoutMs: settings.digitTimeoutMs, log: (line) => log.push(line),
    send: async (command) => {
      sent.push(command);
      return { ok: true, message: 'done' };
    },
  });
  const keys = (...names: string[]) => names.forEach((n) => driver.press(usageOf(n)!));
  return { sent, log, keys };
}

describe('KeypadDriver with the default keymap', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls the next ticket on Enter (keypad or main row) with no digits typed', () => {
    const { sent, keys } = keypad();
    keys('KP_Enter', 'Enter');
    expect(sent).toEqual([{ action: 'call-next' }, { action: 'call-next' }]);
  });

  it('calls the number typed, on keypad or main-row digits, then Enter', () => {
    const { sent, keys } = keypad();
    keys('KP_1', 'KP_0', '2', 'KP_3', 'KP_Enter', 'KP_Enter');
    expect(sent).toEqual([{ action: 'call', number: '1023' }, { action: 'call-next' }]);
  });

  it('maps + recall, - no-show, * transfer, / pause, . finish', () => {
    const { sent, keys } = keypad();
    keys('KP_Add', 'KP_Subtract', 'KP_Multiply', 'KP_Divide', 'KP_Decimal');
    expect(sent.map((c) => c.action)).toEqual(['recall', 'no-show', 'transfer', 'pause', 'finish']);
  });

  it('forgets typed digits after the timeout, so Enter then calls the next ticket', () => {
    const { sent, log, keys } = keypad();
    keys('KP_1', 'KP_0');
    vi.advanceTimersByTime(5000);
    keys('KP_Enter');
    expect(sent).toEqual([{ action: 'call-next' }]);
    expect(log).toContain('Bàn phím quầy 1: forgot the typed number 10 (no call key within 5 s)');
  });

  it('restarts the timeout with each digit', () => {
    const { sent, keys } = keypad();
    keys('KP_1');
    vi.advanceTimersByTime(4000);
    keys('KP_2');
    vi.advanceTimersByTime(4000);
    keys('KP_Enter');
    expect(sent).toEqual([{ action: 'call', number: '12' }]);
  });

  it('clears typed digits on Backspace, and drops them before a command that takes no number', () => {
    const { sent, log, keys } = keypad();
    keys('KP_4', 'Backspace', 'KP_Enter', 'KP_7', 'KP_Add', 'KP_Enter');
    expect(sent).toEqual([{ action: 'call-next' }, { action: 'recall' }, { action: 'call-next' }]);
    expect(log).toEqual(['Bàn phím quầy 1: cleared the typed number 4', 'Bàn phím quầy 1: dropped the typed number 7 (recall does not take a number)']);
  });

  it('takes at most six digits', () => {
    const { sent, log, keys } = keypad();
    keys('1', '2', '3', '4', '5', '6', '7', 'Enter');
    expect(sent).toEqual([{ action: 'call', number: '123456' }]);
    expect(log[0]).toMatch(/ignored digit 7/);
  });

  it('logs a key outside the keymap and does nothing', () => {
    const { sent, log, keys } = keypad();
    keys('NumLock', 'F9');
    expect(sent).toEqual([]);
    expect(log).toEqual(['Bàn phím quầy 1: key NumLock does nothing (it is not in the keymap)', 'Bàn phím quầy 1: key F9 does nothing (it is not in the keymap)']);
  });

  it('follows a configured keymap over the default one, and null turns a default key off', () => {
    const { sent, keys } = keypad({ F5: 'call-next', '0x58': 'finish', KP_Add: null });
    keys('KP_3', 'F5', 'KP_Enter', 'KP_Add', 'Enter');
    expect(sent).toEqual([{ action: 'call-next' }, { action: 'finish' }, { action: 'call-next' }]);
  });
});
