// The kiosks' printers before a citizen taps: the server asks its own printer's status every few
// seconds (DLE EOT through the drivers; a file printer is always ready), device agents report
// theirs (device:status, through the device hub onto the status board). Each kiosk hears the state
// of the printer its tickets print on (`printer:state`), and supervisors' dashboards hear every
// change of a device at once (`device:changed`).
import type { DeviceStatus, KioskPrinterState } from '@motcua/protocol';
import { kioskPrinterState, printerRow } from '../domain/printer-state.ts';
import type { DeviceStatusBoard } from '../services/device-status.ts';
import type { Store } from '../store/index.ts';
import type { PrintingService } from './printing.ts';

/** The dashboard row of the server's own printer. */
export const SERVER_PRINTER_KEY = 'printer:server';
const SERVER_PRINTER_NAME = 'Máy in của máy chủ';

/** Where the watch pushes: the realtime hub. */
export interface PrinterPushes {
  printerState(kioskId: number, state: KioskPrinterState): void;
  deviceChanged(status: DeviceStatus): void;
}

export class PrinterWatch {
  private timer: NodeJS.Timeout | undefined;
  private asking = false;

  constructor(
    private readonly store: Pick<Store, 'admin'>,
    private readonly board: DeviceStatusBoard,
    private readonly printing: Pick<PrintingService, 'routeOf' | 'localStatus'>,
    private readonly push: PrinterPushes,
  ) {
    board.onChange((status) => {
      push.deviceChanged(status);
      for (const kioskId of this.kiosksBehind(status.key)) push.printerState(kioskId, this.kioskState(kioskId));
    });
  }

  /** Asks the server's printer now, then every `everyMs`. */
  start(everyMs: number): void {
    void this.ask();
    this.timer = setInterval(() => void this.ask(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The printer of a kiosk as it shows it. */
  kioskState(kioskId: number): KioskPrinterState {
    const route = this.printing.routeOf(kioskId);
    if (route === null) return { state: 'none' };
    if (route !== 'local') return kioskPrinterState(this.board.reportedAs(`printer:kiosk-${kioskId}`));
    const row = this.board.reportedAs(SERVER_PRINTER_KEY);
    // not asked yet (the first answer is a moment away): a printout will tell if it fails
    return row ? kioskPrinterState(row) : { state: 'ready' };
  }

  private async ask(): Promise<void> {
    const answer = this.printing.localStatus();
    if (answer === null || this.asking) return;
    this.asking = true;
    try {
      this.board.report(SERVER_PRINTER_KEY, { kind: 'printer', name: SERVER_PRINTER_NAME, ...printerRow(await answer) });
    } finally {
      this.asking = false;
    }
  }

  /** The kiosks whose tickets print on the printer of a dashboard row. */
  private kiosksBehind(key: string): number[] {
    if (key === SERVER_PRINTER_KEY) {
      return this.store.admin.devices().filter((d) => d.kind === 'kiosk' && d.revokedAt === null && this.printing.routeOf(d.id) === 'local').map((d) => d.id);
    }
    const kiosk = /^printer:kiosk-(\d+)$/.exec(key);
    return kiosk ? [Number(kiosk[1])] : [];
  }
}
