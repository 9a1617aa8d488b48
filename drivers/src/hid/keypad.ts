// The call keypad at a counter: turns key presses into counter commands through a keymap. Digits
// typed then the call key call that number; the call key alone calls the next ticket. Typed digits
// are forgotten after a few seconds without a key, or by the clear key, or by any other command.
import { KEYPAD_ACTIONS, type KeypadRequest } from '@motcua/protocol';
import type { HidCommand, HidOutcome } from './commands.ts';
import { keyName } from './usage.ts';

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
type Digit = (typeof DIGITS)[number];

/** What a key of the keypad does: a keypad action of the API (`call`: the typed number, or the next), `clear` (typed digits), or a digit. */
export const KEYPAD_KEY_ACTIONS = [...KEYPAD_ACTIONS, 'clear', ...DIGITS] as const;
export type KeypadKeyAction = (typeof KEYPAD_KEY_ACTIONS)[number];

/** The default keymap, by key name (./usage.ts): keypad keys, and the main-row digits and Enter of keypads that send those. */
export const DEFAULT_KEYMAP: Readonly<Record<string, KeypadKeyAction>> = {
  KP_Enter: 'call', Enter: 'call',
  KP_Add: 'recall', KP_Subtract: 'no-show', KP_Multiply: 'transfer', KP_Divide: 'pause', KP_Decimal: 'finish',
  Backspace: 'clear', KP_Backspace: 'clear', Escape: 'clear',
  ...Object.fromEntries(DIGITS.flatMap((d) => [[`KP_${d}`, d], [d, d]])),
};

/** Numbers up to this many digits can be typed (ticket numbers have four). */
const MAX_TYPED_DIGITS = 6;
export const DEFAULT_DIGIT_TIMEOUT_MS = 5000;

export interface KeypadOptions {
  name: string;
  /** Usage code → what the key does. */
  keymap: ReadonlyMap<number, KeypadKeyAction>;
  digitTimeoutMs: number;
  send(command: HidCommand): Promise<HidOutcome>;
  log(line: string): void;
}

const isDigit = (action: KeypadKeyAction): action is Digit => (DIGITS as readonly string[]).includes(action);

export class KeypadDriver {
  private typed = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: KeypadOptions) {}

  press(usage: number): void {
    const { keymap, name, log } = this.options;
    const action = keymap.get(usage);
    if (action === undefined) {
      log(`${name}: key ${keyName(usage)} does nothing (it is not in the keymap)`);
      return;
    }
    if (isDigit(action)) {
      this.type(action);
      return;
    }
    const typed = this.forget();
    if (action === 'clear') {
      if (typed) log(`${name}: cleared the typed number ${typed}`);
      return;
    }
    if (typed && action !== 'call') log(`${name}: dropped the typed number ${typed} (${action} does not take a number)`);
    const command: KeypadRequest = action === 'call' ? (typed ? { action: 'call', number: typed } : { action: 'call-next' }) : { action };
    void this.options.send(command);
  }

  /** Forgets a typed number (the device was reopened, or the agent stops). */
  reset(): void {
    this.forget();
  }

  private type(digit: Digit): void {
    const { name, log, digitTimeoutMs } = this.options;
    if (this.typed.length >= MAX_TYPED_DIGITS) {
      log(`${name}: ignored digit ${digit}: a number has at most ${MAX_TYPED_DIGITS} digits (clear it and type again)`);
      return;
    }
    this.typed += digit;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      log(`${name}: forgot the typed number ${this.forget()} (no call key within ${digitTimeoutMs / 1000} s)`);
    }, digitTimeoutMs);
    this.timer.unref();
  }

  private forget(): string {
    clearTimeout(this.timer);
    const typed = this.typed;
    this.typed = '';
    return typed;
  }
}
