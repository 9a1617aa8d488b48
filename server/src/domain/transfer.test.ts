import { describe, expect, it } from 'vitest';
import { assertCounterServes, assertTransferTarget, transferServiceId, type TransferCounter } from './transfer.ts';

const counter = (services: [serviceId: number, weight: number][]): TransferCounter => ({ number: 4, services: services.map(([serviceId, weight]) => ({ serviceId, weight })) });
const service = (id: number) => ({ id, name: { vi: 'Chứng thực', en: 'Certification' } });

describe('where a transfer goes', () => {
  it('needs a service or a counter', () => {
    expect(() => assertTransferTarget({})).toThrow(expect.objectContaining({ code: 'transfer_target_missing' }));
    expect(() => assertTransferTarget({ counterId: 4 })).not.toThrow();
    expect(() => assertTransferTarget({ serviceId: 2 })).not.toThrow();
  });

  it('keeps the ticket\'s service when the counter serves it', () => {
    expect(transferServiceId(2, counter([[1, 5], [2, 1]]))).toBe(2);
  });

  it('takes the counter\'s heaviest service otherwise', () => {
    expect(transferServiceId(9, counter([[1, 1], [3, 4], [2, 2]]))).toBe(3);
  });

  it('refuses a counter that serves nothing', () => {
    expect(() => transferServiceId(9, counter([]))).toThrow(expect.objectContaining({ code: 'counter_serves_nothing' }));
  });

  it('refuses a service the target counter does not serve', () => {
    expect(() => assertCounterServes(counter([[1, 1]]), service(2))).toThrow(expect.objectContaining({ code: 'counter_does_not_serve', vi: expect.stringContaining('Chứng thực') }));
    expect(() => assertCounterServes(counter([[1, 1]]), service(1))).not.toThrow();
    expect(() => assertCounterServes(undefined, service(2))).not.toThrow();
  });
});
