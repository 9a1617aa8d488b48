// The rating box facing the citizen: four buttons give a score for the ticket just finished at
// the counter. The server accepts it only while that ticket's rating is open, once per ticket;
// an accepted rating is acknowledged on the box (a light) when the box takes output reports.
import type { HidCommand, HidOutcome, RatingScore } from './commands.ts';
import { keyName } from './usage.ts';

/** The buttons from first (left or top) to last: each is the key names it may send (keypad digit, main digit or F-key). */
export const DEFAULT_RATING_BUTTONS: readonly (readonly string[])[] = [1, 2, 3, 4].map((n) => [`KP_${n}`, String(n), `F${n}`]);
/** The scores of the buttons in the same order: rất hài lòng, hài lòng, bình thường, không hài lòng. */
export const DEFAULT_RATING_SCORES: readonly RatingScore[] = [4, 3, 2, 1];

export interface RatingBoxOptions {
  name: string;
  /** Usage code → score. */
  scores: ReadonlyMap<number, RatingScore>;
  send(command: HidCommand): Promise<HidOutcome>;
  /** Lights the box's acknowledgement, if it has one. */
  acknowledge(): void;
  log(line: string): void;
}

export class RatingBoxDriver {
  constructor(private readonly options: RatingBoxOptions) {}

  press(usage: number): void {
    const score = this.options.scores.get(usage);
    if (score === undefined) {
      this.options.log(`${this.options.name}: key ${keyName(usage)} is not a rating button`);
      return;
    }
    void this.options.send({ action: 'rate', score }).then((outcome) => {
      if (outcome.ok) this.options.acknowledge();
    });
  }
}
