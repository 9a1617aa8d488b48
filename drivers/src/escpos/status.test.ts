import { describe, expect, it } from 'vitest';
import { isStatusByte, parseStatus, statusRequest } from './status.ts';

const READY = 0x12;

describe('parseStatus', () => {
  it('reads a ready printer', () => {
    expect(parseStatus({ printer: READY, offlineCause: READY, paperSensor: READY })).toEqual({
      online: true,
      coverOpen: false,
      paperNearEnd: false,
      paperOut: false,
    });
  });

  it('reads paper out from DLE EOT 4 bits 5-6 and reports it before offline', () => {
    const status = parseStatus({ printer: READY | 0x08, offlineCause: READY | 0x20, paperSensor: READY | 0x60 });
    expect(status).toMatchObject({ online: false, paperOut: true });
    expect(status.reason).toMatch(/^paper_out: /);
  });

  it('reads paper near end from DLE EOT 4 bits 2-3 as no fault', () => {
    const status = parseStatus({ printer: READY, offlineCause: READY, paperSensor: READY | 0x0c });
    expect(status).toMatchObject({ online: true, paperNearEnd: true, paperOut: false });
    expect(status.reason).toBeUndefined();
  });

  it('reads the cover from DLE EOT 2 bit 2', () => {
    const status = parseStatus({ printer: READY | 0x08, offlineCause: READY | 0x04, paperSensor: READY });
    expect(status).toMatchObject({ online: false, coverOpen: true, paperOut: false });
    expect(status.reason).toMatch(/^cover_open: /);
  });

  it('reads offline from DLE EOT 1 bit 3, and leaves out what was not answered', () => {
    const status = parseStatus({ printer: READY | 0x08 });
    expect(status).toMatchObject({ online: false, coverOpen: undefined, paperOut: undefined });
    expect(status.reason).toMatch(/^offline: /);
  });
});

describe('isStatusByte', () => {
  it('accepts bytes with the fixed bits of a status answer only', () => {
    expect([0x12, 0x1a, 0x72, 0x7e].every(isStatusByte)).toBe(true);
    expect([0x00, 0x10, 0x13, 0x92, 0xff].some(isStatusByte)).toBe(false);
  });
});

describe('statusRequest', () => {
  it('is DLE EOT n', () => {
    expect([...statusRequest(4)]).toEqual([0x10, 0x04, 0x04]);
  });
});
