// Forwards HID commands to the server over its REST API with the agent's device key (kind `agent`,
// bound by an administrator to the counter where the keypad and rating box stand):
// - a keypad command: POST /api/keypad { action, number? }, done as the officer working there;
// - a rating: GET /api/rating/prompt (the ticket whose rating is open there), then
//   POST /api/tickets/:id/rating { score }.
import type { HidCommand, HidOutcome, HidSend, RatingScore } from './commands.ts';

export interface HttpSenderOptions {
  /** The server's address, e.g. "http://192.168.1.10:3000". */
  server: string;
  /** The agent's device key. */
  key: string;
  timeoutMs?: number;
}

interface Answer { status: number; body: unknown }
interface RatingPromptAnswer { counter: { number: number }; prompt: { ticketId: number; number: string } | null }

const DEFAULT_TIMEOUT_MS = 5000;

const errorOf = (answer: Answer): string => {
  const body = answer.body as { error?: { message?: string } } | undefined;
  return body?.error?.message ?? `the server answered ${answer.status}`;
};

export function httpSender(options: HttpSenderOptions): HidSend {
  const base = options.server.replace(/\/+$/, '');
  const request = async (path: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(base + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${options.key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  const rate = async (score: RatingScore): Promise<HidOutcome> => {
    const open = await request('/api/rating/prompt');
    if (open.status !== 200) return { ok: false, message: errorOf(open) };
    const { counter, prompt } = open.body as RatingPromptAnswer;
    if (!prompt) return { ok: false, message: `no rating is open at counter ${counter.number} (rate after the ticket is finished, once)` };
    const rated = await request(`/api/tickets/${prompt.ticketId}/rating`, { score });
    return rated.status === 200 ? { ok: true, message: `ticket ${prompt.number} rated ${score}` } : { ok: false, message: errorOf(rated) };
  };

  return async (command: HidCommand) => {
    try {
      if (command.action === 'rate') return await rate(command.score);
      const answer = await request('/api/keypad', command);
      return answer.status === 200 ? { ok: true, message: (answer.body as { message: string }).message } : { ok: false, message: errorOf(answer) };
    } catch (error) {
      return { ok: false, message: `cannot reach the server at ${base}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
