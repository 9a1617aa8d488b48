import { describe, expect, it } from 'vitest';
import { kioskPrinterState, printerRow } from './printer-state.ts';

describe('printer states', () => {
  it('turn what a printer says into the dashboard row, and the row into what a kiosk shows', () => {
    expect(kioskPrinterState(printerRow({ online: true, paperOut: false, coverOpen: false }))).toEqual({ state: 'ready' });
    expect(kioskPrinterState(printerRow({ online: true, paperNearEnd: true }))).toEqual({ state: 'ready' });
    expect(kioskPrinterState(printerRow({ online: true, paperOut: true })).state).toBe('paper_out');
    expect(kioskPrinterState(printerRow({ online: true, coverOpen: true })).state).toBe('cover_open');
    expect(kioskPrinterState(printerRow({ online: false, reason: 'paper_out: the printer reports no paper' })).state).toBe('paper_out');
    expect(kioskPrinterState(printerRow({ online: false, reason: 'unreachable: connection refused' }))).toMatchObject({ state: 'offline', detail: expect.stringContaining('refused') });
  });

  it('read an agent\'s row: its printer out of paper, or the agent gone', () => {
    expect(kioskPrinterState({ state: 'error', detail: 'paper_out: the printer reports no paper' }).state).toBe('paper_out');
    expect(kioskPrinterState({ state: 'error', detail: 'io_error: broken pipe' }).state).toBe('offline');
    expect(kioskPrinterState(undefined).state).toBe('offline');
  });
});
