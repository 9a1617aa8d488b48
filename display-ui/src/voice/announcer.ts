// The announcement queue of the wall display: each call's clips (Vietnamese, then English) are
// played one after another, and one call after another, so announcements never overlap. Nothing
// is dropped: a call waits its turn, a recall is announced again, and while the browser refuses
// sound the queue holds its place until sound is enabled. Only an announcement that would start
// more than `maxAgeMs` after its call (hours of blocked sound) is skipped: it would send people
// to counters long after the fact.
import type { Call } from '@motcua/protocol';

/** Thrown by a ClipPlayer when the browser blocks sound until a user gesture. */
export class SoundBlockedError extends Error {
  constructor() {
    super('The browser blocks sound until someone taps the screen.');
    this.name = 'SoundBlockedError';
  }
}

export interface ClipPlayer {
  /**
   * Plays one clip (a path under /audio/) to its end. Rejects with SoundBlockedError when sound is
   * blocked; any other failure (missing file, decoding error) skips that clip.
   */
  play(clip: string): Promise<void>;
  /** Fetches clips ahead, so a queued announcement plays whole even if the server goes away. */
  preload?(clips: string[]): void;
}

export interface AnnouncerOptions {
  player: ClipPlayer;
  /** The clips of a call (its `announcement`, Vietnamese then English). */
  clipsOf(call: Call): Promise<string[]>;
  /** The server's clock (ms), for the age of a call. */
  now(): number;
  /** Tells the screen whether sound is blocked (to show the "enable sound" overlay). */
  onBlocked(blocked: boolean): void;
  maxAgeMs?: number;
}

interface Pending { call: Call; clips: Promise<string[]>; position: number }

/** Calls remembered as heard, so a call seen both in a push and in a later snapshot plays once. */
const REMEMBERED = 500;
export const DEFAULT_MAX_AGE_MS = 5 * 60_000;

const callKey = (call: Call): string => `${call.ticketId}@${call.calledAt}`;

export class Announcer {
  private readonly queue: Pending[] = [];
  private readonly heard = new Set<string>();
  private newestHeard = Number.NEGATIVE_INFINITY;
  private synced = false;
  private running = false;
  private blocked = false;

  constructor(private readonly options: AnnouncerOptions) {}

  /** A call or recall from the live stream: queued unless it was already heard. */
  announce(call: Call): void {
    if (!this.remember(call)) return;
    const clips = this.options.clipsOf(call).catch(() => []);
    void clips.then((list) => this.options.player.preload?.(list));
    this.queue.push({ call, clips, position: 0 });
    void this.pump();
  }

  /**
   * The recent calls of a snapshot. The first snapshot only marks what is already on screen; a
   * later one (a resync after a gap, a reconnect after a restart) announces the calls missed
   * meanwhile: those not heard yet and not older than the newest call heard, oldest first.
   */
  sync(recentCalls: Call[]): void {
    if (!this.synced) {
      this.synced = true;
      recentCalls.forEach((c) => this.remember(c));
      return;
    }
    recentCalls
      .filter((c) => !this.heard.has(callKey(c)) && Date.parse(c.calledAt) >= this.newestHeard)
      .sort((a, b) => Date.parse(a.calledAt) - Date.parse(b.calledAt))
      .forEach((c) => this.announce(c));
  }

  /** After a tap on the "enable sound" overlay: plays what waited. */
  resume(): void {
    this.setBlocked(false);
    void this.pump();
  }

  /** Calls still to be announced (the one playing included). */
  get pending(): number {
    return this.queue.length;
  }

  private remember(call: Call): boolean {
    const key = callKey(call);
    if (this.heard.has(key)) return false;
    this.heard.add(key);
    if (this.heard.size > REMEMBERED) this.heard.delete(this.heard.values().next().value!);
    this.newestHeard = Math.max(this.newestHeard, Date.parse(call.calledAt));
    return true;
  }

  private setBlocked(blocked: boolean): void {
    if (this.blocked === blocked) return;
    this.blocked = blocked;
    this.options.onBlocked(blocked);
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (!this.blocked) {
        const item = this.queue[0];
        if (!item) break;
        if (item.position === 0 && this.options.now() - Date.parse(item.call.calledAt) > (this.options.maxAgeMs ?? DEFAULT_MAX_AGE_MS)) {
          this.queue.shift();
          continue;
        }
        if (!(await this.playFrom(item, await item.clips))) break;
        this.queue.shift();
      }
    } finally {
      this.running = false;
    }
  }

  /** Plays the rest of one announcement; false when sound got blocked (it resumes there later). */
  private async playFrom(item: Pending, clips: string[]): Promise<boolean> {
    while (item.position < clips.length) {
      try {
        await this.options.player.play(clips[item.position]!);
      } catch (e) {
        if (e instanceof SoundBlockedError) {
          this.setBlocked(true);
          return false;
        }
      }
      item.position += 1;
    }
    return true;
  }
}
