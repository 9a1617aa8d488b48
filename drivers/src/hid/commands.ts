// What the HID drivers ask of the server, and the one-at-a-time queue they ask through. The agent
// forwards each command (./http-sender.ts does it over the REST API with the agent's device key).
import type { KeypadRequest, RatingScore } from '@motcua/protocol';

/** A rating box's command: rate the ticket whose rating is open at the counter. */
export interface RatingCommand { action: 'rate'; score: RatingScore }

/**
 * A call keypad's command is the body of POST /api/keypad (done as the officer working at the
 * counter the agent's key is bound to), or a rating box's.
 */
export type HidCommand = KeypadRequest | RatingCommand;

/** The server's answer, in words for the log (and whether to acknowledge a rating). */
export interface HidOutcome { ok: boolean; message: string }

/** Sends one command to the server; never rejects (a failure is an outcome with ok false). */
export type HidSend = (command: HidCommand) => Promise<HidOutcome>;

function describeCommand(command: HidCommand): string {
  if (command.action === 'call') return `call ${command.number}`;
  if (command.action === 'rate') return `rate ${command.score}`;
  return command.action;
}

/**
 * Sends the commands of one device one after the other, in key order, logging each outcome.
 * A key pressed while the server answers the last one waits its turn.
 */
export function commandQueue(send: HidSend, log: (line: string) => void, name: string): (command: HidCommand) => Promise<HidOutcome> {
  let tail: Promise<unknown> = Promise.resolve();
  return (command) => {
    const outcome = tail.then(() => send(command)).catch((error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }));
    tail = outcome;
    return outcome.then((result) => {
      log(`${name}: ${describeCommand(command)}: ${result.ok ? 'done' : 'refused'}: ${result.message}`);
      return result;
    });
  };
}
