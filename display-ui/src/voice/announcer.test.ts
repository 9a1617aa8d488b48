import { describe, expect, it } from 'vitest';
import type { Call } from '@motcua/protocol';
import { Announcer, SoundBlockedError, type ClipPlayer } from './announcer.ts';

const T0 = Date.parse('2026-11-27T02:00:00Z');

function call(ticketId: number, number: string, counterNumber: number, secondsAfterT0: number, recall = false): Call {
  return {
    seq: ticketId, ticketId, number, departmentCode: 'TP', counterId: counterNumber, counterNumber,
    calledAt: new Date(T0 + secondsAfterT0 * 1000).toISOString(), recall,
    announcement: { vi: { text: `${number} → ${counterNumber}`, clips: [`vi/${number}`, `vi/q${counterNumber}`] }, en: { text: '', clips: [`en/${number}`] } },
  };
}

/** A player whose clips end when the test says so; it records starts and overlaps. */
function fakePlayer() {
  const started: string[] = [];
  let playing = 0;
  let overlapped = false;
  let blocked = false;
  let finishCurrent: (() => void) | null = null;
  const player: ClipPlayer = {
    play(clip) {
      if (blocked) return Promise.reject(new SoundBlockedError());
      if (playing > 0) overlapped = true;
      playing += 1;
      started.push(clip);
      return new Promise<void>((resolve) => {
        finishCurrent = () => {
          playing -= 1;
          finishCurrent = null;
          resolve();
        };
      });
    },
  };
  return {
    player,
    started,
    get overlapped() { return overlapped; },
    block(on: boolean) { blocked = on; },
    /** Ends clips one by one until nothing plays (letting the queue start the next each time). */
    async drain() {
      for (let i = 0; i < 200; i += 1) {
        await new Promise((r) => setTimeout(r, 0));
        if (!finishCurrent) return;
        finishCurrent();
      }
    },
  };
}

function announcer(fake: ReturnType<typeof fakePlayer>, now = T0 + 60_000, onBlocked: (b: boolean) => void = () => {}) {
  return new Announcer({
    player: fake.player,
    clipsOf: async (c) => [...c.announcement!.vi.clips, ...(c.announcement!.en?.clips ?? [])],
    now: () => now,
    onBlocked,
  });
}

describe('Announcer', () => {
  it('plays calls one after another, each Vietnamese then English, never overlapping', async () => {
    const fake = fakePlayer();
    const a = announcer(fake);
    a.announce(call(1, '1001', 1, 1));
    a.announce(call(2, '2001', 4, 2));
    await fake.drain();
    expect(fake.started).toEqual(['vi/1001', 'vi/q1', 'en/1001', 'vi/2001', 'vi/q4', 'en/2001']);
    expect(fake.overlapped).toBe(false);
    expect(a.pending).toBe(0);
  });

  it('has the player fetch a queued call\'s clips ahead, before its turn', async () => {
    const fake = fakePlayer();
    const preloaded: string[][] = [];
    const a = new Announcer({
      player: { play: fake.player.play, preload: (clips) => preloaded.push(clips) },
      clipsOf: async (c) => c.announcement!.vi.clips, now: () => T0, onBlocked: () => {},
    });
    a.announce(call(1, '1001', 1, 0));
    a.announce(call(2, '1002', 2, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.started).toEqual(['vi/1001']);
    expect(preloaded).toEqual([['vi/1001', 'vi/q1'], ['vi/1002', 'vi/q2']]);
  });

  it('announces a recall again but the same push only once', async () => {
    const fake = fakePlayer();
    const a = announcer(fake);
    const first = call(1, '1001', 1, 1);
    a.announce(first);
    a.announce(first);
    a.announce(call(1, '1001', 1, 30, true));
    await fake.drain();
    expect(fake.started.filter((c) => c === 'vi/1001')).toHaveLength(2);
  });

  it('says nothing for the calls of the first snapshot, and announces those a later snapshot shows were missed', async () => {
    const fake = fakePlayer();
    const a = announcer(fake);
    const before = [call(2, '1002', 2, 2), call(1, '1001', 1, 1)];
    a.sync(before);
    a.announce(call(3, '1003', 3, 3));
    // Reconnected after a restart: two calls happened while the socket was away; the list also
    // holds calls heard already, and an older one this screen never saw (it says nothing of that one).
    a.sync([call(5, '1005', 2, 5), call(4, '1004', 1, 4), call(3, '1003', 3, 3), call(9, '1009', 3, 0), ...before]);
    await fake.drain();
    expect(fake.started.filter((c) => c.startsWith('vi/1'))).toEqual(['vi/1003', 'vi/1004', 'vi/1005']);
  });

  it('holds the queue while sound is blocked and plays all of it after the tap', async () => {
    const fake = fakePlayer();
    const states: boolean[] = [];
    const a = announcer(fake, T0 + 60_000, (b) => states.push(b));
    fake.block(true);
    a.announce(call(1, '1001', 1, 1));
    a.announce(call(2, '1002', 2, 2));
    await fake.drain();
    expect(fake.started).toEqual([]);
    expect(states).toEqual([true]);
    expect(a.pending).toBe(2);
    fake.block(false);
    a.resume();
    await fake.drain();
    expect(fake.started).toEqual(['vi/1001', 'vi/q1', 'en/1001', 'vi/1002', 'vi/q2', 'en/1002']);
    expect(states).toEqual([true, false]);
  });

  it('skips a clip that fails to play and goes on with the rest', async () => {
    const fake = fakePlayer();
    const failing: ClipPlayer = { play: (clip) => (clip === 'vi/q1' ? Promise.reject(new Error('404')) : fake.player.play(clip)) };
    const a = new Announcer({ player: failing, clipsOf: async (c) => c.announcement!.vi.clips, now: () => T0, onBlocked: () => {} });
    a.announce(call(1, '1001', 1, 0));
    await fake.drain();
    expect(fake.started).toEqual(['vi/1001']);
    expect(a.pending).toBe(0);
  });

  it('skips an announcement whose turn comes more than five minutes after its call', async () => {
    const fake = fakePlayer();
    const a = announcer(fake, T0 + 6 * 60_000);
    a.announce(call(1, '1001', 1, 0));
    a.announce(call(2, '1002', 2, 120));
    await fake.drain();
    expect(fake.started).toEqual(['vi/1002', 'vi/q2', 'en/1002']);
  });
});
