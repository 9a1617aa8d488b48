// Wrong passwords counted per username and per address over a sliding window: past the limit,
// sign-in is refused with 429 too_many_attempts and the seconds to wait, before any hashing.
// An attempt counts as wrong from its start until its password proves right, so a burst of
// concurrent guesses (hashing is asynchronous) gets no more tries than a sequence would.
// Kept in memory: a restart forgets the counts (and the attacker's lead, at most one window).
import { DomainError } from '../domain/errors.ts';
import type { ErrorCode } from '@motcua/protocol';

/** A refusal that says when to try again (the Retry-After header and `retryAfter` in the answer). */
export class RetryLater extends DomainError {
  constructor(code: ErrorCode, message: string, vi: string, readonly retryAfter: number) {
    super(code, message, vi);
  }
}

export interface SignInLimits { perUser: number; perAddress: number; windowMs: number }
export const SIGN_IN_LIMITS: SignInLimits = { perUser: 5, perAddress: 20, windowMs: 15 * 60_000 };

/** One sign-in attempt, counted as wrong until `succeeded()`. */
export interface Attempt {
  /** Whether this attempt, if wrong, reached a limit (worth one audit row). */
  locked: 'user' | 'address' | null;
  /** The password was right: the username's count is cleared and this attempt uncounted. */
  succeeded(): void;
}

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: () => Date, private readonly limits: SignInLimits = SIGN_IN_LIMITS) {}

  /** Starts an attempt, or refuses with 429 while the username or the address is at its limit. */
  attempt(username: string, address: string): Attempt {
    const now = this.clock().getTime();
    const [user, from] = [userKey(username), `a:${address}`];
    const wait = Math.max(this.wait(user, this.limits.perUser, now), this.wait(from, this.limits.perAddress, now));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      const minutes = Math.ceil(seconds / 60);
      throw new RetryLater('too_many_attempts', `Too many wrong passwords: try again in ${minutes} minute(s), or ask an administrator to set a new password.`,
        `Nhập sai mật khẩu quá nhiều lần: vui lòng thử lại sau ${minutes} phút, hoặc đề nghị quản trị viên đặt lại mật khẩu.`, seconds);
    }
    const users = this.add(user, now);
    const addresses = this.add(from, now);
    return {
      locked: users === this.limits.perUser ? 'user' : addresses === this.limits.perAddress ? 'address' : null,
      succeeded: () => {
        this.failures.delete(user);
        const times = this.failures.get(from) ?? [];
        const mine = times.lastIndexOf(now);
        if (mine >= 0) times.splice(mine, 1);
      },
    };
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  private add(key: string, now: number): number {
    if (this.failures.size > SWEEP_ABOVE) for (const k of [...this.failures.keys()]) this.recent(k, now);
    const times = [...this.recent(key, now), now];
    this.failures.set(key, times);
    return times.length;
  }

  /** Milliseconds until `key` is under `limit` again (0: it is). */
  private wait(key: string, limit: number, now: number): number {
    const times = this.recent(key, now);
    if (times.length < limit) return 0;
    return times[times.length - limit]! + this.limits.windowMs - now;
  }
}

/** Past this many usernames and addresses remembered, forget those whose failures all aged out. */
const SWEEP_ABOVE = 10_000;
const userKey = (username: string) => `u:${username.normalize('NFC').toLowerCase()}`;
