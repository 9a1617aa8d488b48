// The rating box facing the citizen: four buttons give a score for the ticket just finished at
// the counter. The server accepts it only while that ticket's rating is open, once per ticket;
// an accepted rating is acknowledged on the box (a light) when the box takes output reports.
import type { RatingScore } from '@motcua/protocol';
import type { HidCommand, HidOutcome } from './commands.ts';
import { keyName } from './usage.ts';

/** The buttons from first (left or top) to last: each is the key names it may send (keypad digit, main digit or F-key). */
export const DEFAULT_RATING_BUTTONS: readonly (readonly string[])[] = [1, 2, 3, 4].map((n) => [`KP_${n}`, String(n), `F${n}`]);
/** The scores of the buttons in the same order: rất hài lòng, hài lòng, bình thường, không hài lòng. */
export const DEFAULT_RATING_SCORES: readonly RatingScore[] = [4, 3, 2, 1];

/** A light on the box after an accepted rating: output report `on`, then `off` after `ms`. */
export interface AckSettings { on: number[]; off: number[] | null; ms: number }
/** Boot keyboards' LED output report (report id 0): Num, Caps and Scroll Lock lit, then off. */
export const DEFAULT_ACK: AckSettings = { on: [0x00, 0x07], off: [0x00, 0x00], ms: 2000 };

export interface RatingBoxOptions {
  name: string;
  /** Usage code → score. */
  scores: ReadonlyMap<number, RatingScore>;
  /** The acknowledgement; null for a box without lights. */
  ack: AckSettings | null;
  send(command: HidCommand): Promise<HidOutcome>;
  /** Writes an output report to the box; throws when it takes none. */
  write(bytes: number[]): void;
  log(line: string): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class RatingBoxDriver {
  private lights = true;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: RatingBoxOptions) {}

  press(usage: number): void {
    const score = this.options.scores.get(usage);
    if (score === undefined) {
      this.options.log(`${this.options.name}: key ${keyName(usage)} is not a rating button`);
      return;
    }
    void this.options.send({ action: 'rate', score }).then((outcome) => {
      if (outcome.ok) this.acknowledge();
    });
  }

  /** Drops a pending light-off (the device was reopened, or the agent stops). */
  reset(): void {
    clearTimeout(this.timer);
  }

  private acknowledge(): void {
    const { ack } = this.options;
    if (!ack) return;
    this.light(ack.on);
    const { off } = ack;
    if (!off) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.light(off), ack.ms);
    this.timer.unref();
  }

  /** After the first refusal of an output report, says once that the box has no lights and stops trying. */
  private light(bytes: number[]): void {
    if (!this.lights) return;
    try {
      this.options.write(bytes);
    } catch (error) {
      this.lights = false;
      this.options.log(`${this.options.name}: the device takes no output report (${message(error)}): ratings are not acknowledged on it`);
    }
  }
}
