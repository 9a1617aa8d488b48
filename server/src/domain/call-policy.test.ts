import { describe, expect, it } from 'vitest';
import { callOrder, chooseNext, DEFAULT_POLICY, pickNext, recallOutcome, type Candidate } from './call-policy.ts';

const now = new Date('2026-11-27T02:00:00Z');
const minutesAgo = (m: number) => now.getTime() - m * 60_000;

function candidate(id: number, waitedMin: number, priority: Candidate['priority'] = null, weight = 1): Candidate {
  return { ticketId: id, number: String(1000 + id), serviceName: { vi: 'Lý lịch tư pháp', en: 'Judicial record' }, priority, arrivalAt: minutesAgo(waitedMin), weight, targeted: false };
}

describe('chooseNext', () => {
  it('answers null when nothing waits', () => {
    expect(chooseNext([], 0, DEFAULT_POLICY, now)).toBeNull();
  });

  it('calls a priority ticket before an older normal one, and says why', () => {
    const choice = chooseNext([candidate(1, 20), candidate(2, 12, 'elderly')], 0, DEFAULT_POLICY, now)!;
    expect(choice.ticketId).toBe(2);
    expect(choice.reason).toBe('priority: elderly person, waited 12 min');
    expect(choice.reasonVi).toBe('ưu tiên: người cao tuổi, đã chờ 12 phút');
    expect(choice.priorityStreak).toBe(1);
  });

  it('interleaves: after 2 priority calls in a row a waiting normal ticket gets its turn', () => {
    const lines = [candidate(1, 20), candidate(2, 5, 'pregnant')];
    const third = chooseNext(lines, 2, DEFAULT_POLICY, now)!;
    expect(third.ticketId).toBe(1);
    expect(third.reason).toBe('normal turn after 2 priority calls: oldest normal ticket for Judicial record, waited 20 min');
    expect(third.reasonVi).toBe('lượt thường sau 2 lượt ưu tiên: phiếu thường chờ lâu nhất của Lý lịch tư pháp, đã chờ 20 phút');
    expect(third.priorityStreak).toBe(0);
  });

  it('follows a configured interleave ratio', () => {
    const lines = [candidate(1, 20), candidate(2, 5, 'merit')];
    expect(chooseNext(lines, 1, { ...DEFAULT_POLICY, maxPriorityPerNormal: 1 }, now)!.ticketId).toBe(1);
    expect(chooseNext(lines, 1, { ...DEFAULT_POLICY, maxPriorityPerNormal: 3 }, now)!.ticketId).toBe(2);
  });

  it('keeps calling priority tickets when no normal ticket waits, without building a streak', () => {
    const choice = chooseNext([candidate(2, 5, 'disabled')], 5, DEFAULT_POLICY, now)!;
    expect(choice.ticketId).toBe(2);
    expect(choice.priorityStreak).toBe(0);
  });

  it('keeps declared priority groups ahead of normal tickets past the aging threshold', () => {
    const choice = chooseNext([candidate(1, 50), candidate(2, 10, 'elderly')], 0, DEFAULT_POLICY, now)!;
    expect(choice.ticketId).toBe(2);
    expect(choice.priorityStreak).toBe(1);
  });

  it('lifts a normal ticket past the aging threshold above newer normal ones, whatever the weights', () => {
    const choice = chooseNext([candidate(1, 46, null, 1), candidate(2, 30, null, 3)], 0, DEFAULT_POLICY, now)!;
    expect(choice.ticketId).toBe(1);
    expect(choice.reason).toMatch(/waited 46 min, over the 45 min aging threshold/);
    expect(chooseNext([candidate(1, 44, null, 1), candidate(2, 30, null, 3)], 0, DEFAULT_POLICY, now)!.ticketId).toBe(2);
  });

  it('gives the interleave turn to the aged normal ticket first, and the turn resets the streak', () => {
    const choice = chooseNext([candidate(1, 30), candidate(2, 50), candidate(3, 5, 'elderly')], 2, DEFAULT_POLICY, now)!;
    expect(choice.ticketId).toBe(2);
    expect(choice.reasonVi).toMatch(/đã chờ 50 phút, quá ngưỡng 45 phút/);
    expect(choice.priorityStreak).toBe(0);
  });

  it('weights lines by the counter work profile', () => {
    // 10 min in a weight-3 service beats 20 min in a weight-1 service
    expect(chooseNext([candidate(1, 20, null, 1), candidate(2, 10, null, 3)], 0, DEFAULT_POLICY, now)!.ticketId).toBe(2);
  });
});

describe('callOrder', () => {
  it('lists the next tickets as the policy calls them: two priority, then a normal turn', () => {
    const lines = [candidate(1, 30), candidate(2, 20), candidate(3, 10, 'elderly'), candidate(4, 8, 'merit'), candidate(5, 5, 'disabled')];
    expect(callOrder(lines, DEFAULT_POLICY, now, 4).map((c) => c.ticketId)).toEqual([3, 4, 1, 5]);
  });

  it('puts an aged normal ticket before a newer one, and stops when nothing is left', () => {
    const lines = [candidate(1, 10), candidate(2, 50)];
    expect(callOrder(lines, DEFAULT_POLICY, now, 3).map((c) => c.ticketId)).toEqual([2, 1]);
    // aged first also when a newer one scores more by its weight (30 min × 3 against 50 × 1)
    expect(callOrder([candidate(1, 30, null, 3), candidate(2, 50, null, 1)], DEFAULT_POLICY, now, 2).map((c) => c.ticketId)).toEqual([2, 1]);
    expect(callOrder([], DEFAULT_POLICY, now, 3)).toEqual([]);
  });

  it('is the order of picking among every waiting ticket one call after another, from any streak', () => {
    // what callOrder does by the heads of its groups, done the long way: every ticket weighed at every call
    const oneByOne = (left: Candidate[], streak: number): number[] => {
      const pick = pickNext(left, streak, DEFAULT_POLICY, now.getTime());
      return pick ? [pick.candidate.ticketId, ...oneByOne(left.filter((c) => c !== pick.candidate), pick.priorityStreak)] : [];
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    for (let round = 0; round < 300; round += 1) {
      const tickets = Array.from({ length: 2 + random(12) }, (_, i): Candidate => {
        const c = candidate(i + 1, random(90), random(4) === 0 ? 'elderly' : null, 1 + random(3));
        // a few equal waits (the lower id first), a few appointments, some before their slot
        return random(8) === 0 ? { ...c, appointment: { at: now.getTime() + (random(40) - 30) * 60_000, label: '09:00' } } : c;
      });
      const streak = random(3);
      expect(callOrder(tickets, DEFAULT_POLICY, now, tickets.length, streak).map((c) => c.ticketId), `round ${round}`).toEqual(oneByOne(tickets, streak));
    }
  });
});

describe('chooseNext with appointments', () => {
  const booked = (id: number, waitedMin: number, startInMin: number, label = '09:30'): Candidate => ({
    ...candidate(id, waitedMin), appointment: { at: now.getTime() + startInMin * 60_000, label },
  });

  it('calls a checked-in appointment at its slot ahead of older normal and aged tickets, and names it', () => {
    const choice = chooseNext([candidate(1, 50), candidate(2, 30), booked(3, 5, 0)], 0, DEFAULT_POLICY, now)!;
    expect(choice.ticketId).toBe(3);
    expect(choice.reason).toBe('appointment 09:30, waited 5 min');
    expect(choice.reasonVi).toBe('lịch hẹn 09:30, đã chờ 5 phút');
  });

  it('does not call an appointment before its slot starts', () => {
    expect(chooseNext([candidate(1, 10), booked(3, 5, 1)], 0, DEFAULT_POLICY, now)!.ticketId).toBe(1);
    expect(chooseNext([booked(3, 5, 1)], 0, DEFAULT_POLICY, now)).toBeNull();
  });

  it('calls the earliest slot first', () => {
    expect(chooseNext([booked(3, 20, -5, '09:25'), booked(4, 25, -15, '09:15')], 0, DEFAULT_POLICY, now)!.ticketId).toBe(4);
  });

  it('keeps declared priority groups interleaving with appointments', () => {
    const lines = [booked(3, 5, 0), candidate(2, 5, 'elderly')];
    expect(chooseNext(lines, 0, DEFAULT_POLICY, now)!.ticketId).toBe(2);
    const turn = chooseNext(lines, 2, DEFAULT_POLICY, now)!;
    expect(turn.ticketId).toBe(3);
    expect(turn.priorityStreak).toBe(0);
  });
});

describe('recallOutcome', () => {
  it('allows the configured number of recalls, then marks no-show', () => {
    expect(recallOutcome(0, DEFAULT_POLICY)).toBe('recall');
    expect(recallOutcome(2, DEFAULT_POLICY)).toBe('recall');
    expect(recallOutcome(3, DEFAULT_POLICY)).toBe('no_show');
  });
});
