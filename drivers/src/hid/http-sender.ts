// Forwards HID commands to the server over its REST API with the agent's device key (kind `agent`,
// bound by an administrator to the counter where the keypad and rating box stand), through the
// typed client of the route table:
// - a keypad command: POST /api/keypad { action, number? }, done as the officer working there;
// - a rating: GET /api/rating/prompt (the ticket whose rating is open there), then
//   POST /api/tickets/:id/rating { score, scale: 4 } (the box has four buttons, whatever scale the
//   center's tablets use: the index reads each rating on its own scale).
import type { RatingScore } from '@motcua/protocol';
import { ApiError, call } from '@motcua/protocol/client';
import type { HidCommand, HidOutcome, HidSend } from './commands.ts';

export interface HttpSenderOptions {
  /** The server's address, e.g. "http://192.168.1.10:3000". */
  server: string;
  /** The agent's device key. */
  key: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;

export function httpSender(options: HttpSenderOptions): HidSend {
  const baseUrl = options.server.replace(/\/+$/, '');
  /** The agent's key, the server, and a time limit of its own for each request. */
  const as = () => ({ token: options.key, baseUrl, signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });

  const rate = async (score: RatingScore): Promise<HidOutcome> => {
    const { counter, prompt } = await call('GET /api/rating/prompt', as());
    if (!prompt) return { ok: false, message: `no rating is open at counter ${counter.number} (rate after the ticket is finished, once)` };
    await call('POST /api/tickets/:id/rating', { ...as(), params: { id: prompt.ticketId }, body: { score, scale: 4 } });
    return { ok: true, message: `ticket ${prompt.number} rated ${score}` };
  };

  return async (command: HidCommand) => {
    try {
      if (command.action === 'rate') return await rate(command.score);
      const answer = await call('POST /api/keypad', { ...as(), body: command });
      return { ok: true, message: answer.message };
    } catch (error) {
      // A refusal says why in the server's words; a request that never got an answer says where it went.
      if (error instanceof ApiError && error.status !== 0) return { ok: false, message: error.message };
      return { ok: false, message: `cannot reach the server at ${baseUrl}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
