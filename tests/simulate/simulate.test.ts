// The day simulator drives the real API through a morning hour (arrivals, calls, no-shows,
// transfers, ratings, pauses) and gives the same figures for the same seed.
import { describe, expect, it } from 'vitest';
import { simulateDay, startSimServer } from './engine.ts';
import { dayMetrics, type DayMetrics } from './report.ts';

async function morning(seed: number): Promise<DayMetrics> {
  const server = await startSimServer();
  try {
    const day = await simulateDay({
      url: server.url, seed, speed: Infinity, hours: 1, kioskKey: 'demo-kiosk', password: 'demo',
      officer: (n) => `officer${String(n).padStart(2, '0')}`, onTime: server.setMinute,
    });
    return dayMetrics(day, 1);
  } finally {
    await server.close();
  }
}

describe('the day simulator', () => {
  it('replays the same hour for the same seed, and every citizen is called', async () => {
    const first = await morning(7);
    expect(first.issued).toBeGreaterThan(30);
    expect(first.called).toBe(first.issued);
    expect(first.stillWaiting).toBe(0);
    expect(Object.keys(first.waitsByDepartment).sort()).toEqual(['LDTBXH', 'TNMT', 'TP', 'YT']);
    expect(await morning(7)).toEqual(first);
  }, 120_000);
});
