// A fixed-window counter per key (a kiosk): enough to stop a stuck or abused kiosk.
export interface RateLimiter { allow(key: string): boolean }

export function createRateLimiter(perMinute: number, clock: () => Date): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    allow(key) {
      if (perMinute <= 0) return true;
      const now = clock().getTime();
      const w = windows.get(key);
      if (!w || now - w.start >= 60_000) {
        windows.set(key, { start: now, count: 1 });
        return true;
      }
      w.count += 1;
      return w.count <= perMinute;
    },
  };
}
