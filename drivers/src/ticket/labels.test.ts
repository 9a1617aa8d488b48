import { describe, expect, it } from 'vitest';
import { formatIssuedAt, issuedDay, ticketLabels } from './labels.ts';

describe('formatIssuedAt', () => {
  it('shows the wall clock of the center, not of the machine', () => {
    expect(formatIssuedAt('2025-03-14T01:05:00Z', 'Asia/Ho_Chi_Minh')).toBe('08:05, 14/03/2025');
    expect(formatIssuedAt(new Date('2025-03-13T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('00:30, 14/03/2025');
  });

  it("gives the day of issue on the center's clock as YYYY-MM-DD", () => {
    expect(issuedDay('2025-03-13T17:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('2025-03-14');
    expect(issuedDay('2025-03-13T16:59:00Z', 'Asia/Ho_Chi_Minh')).toBe('2025-03-13');
  });
});

describe('ticketLabels', () => {
  it('words the estimated wait in minutes, and a wait under a minute as such', () => {
    expect(ticketLabels('vi').waitMinutes(25)).toBe('25 phút');
    expect(ticketLabels('vi').waitMinutes(0)).toBe('dưới 1 phút');
    expect(ticketLabels('en').waitMinutes(0)).toBe('under 1 min');
  });
});
