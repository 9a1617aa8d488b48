// Decodes boot-protocol keyboard input reports into key presses. A report is 8 bytes: modifier bits,
// a reserved byte, then up to six usage codes of the keys held down now (0 = none). A key is
// pressed when it appears in a report and was not held in the one before, so a held key repeated
// in report after report is one press, and rolled-over keys are each pressed once.

export const BOOT_REPORT_LENGTH = 8;
/** Usage codes 0x01–0x03 (ErrorRollOver, POSTFail, ErrorUndefined) fill a report that says nothing. */
const PHANTOM_MAX = 0x03;

export interface Decoded {
  /** Usage codes of the keys that went down with this report, in report order. */
  pressed: number[];
  /** Why the report was ignored, for a log line. */
  ignored?: string;
}

export class BootKeyboardDecoder {
  private held = new Set<number>();

  /** `reportId`: the device prefixes each report with this id byte (composite keyboards); none by default. */
  constructor(private readonly reportId?: number) {}

  decode(report: Uint8Array): Decoded {
    let body = report;
    if (this.reportId !== undefined) {
      if (report[0] !== this.reportId) return { pressed: [], ignored: `report id ${report[0] ?? 'none'} is not the keyboard's (${this.reportId})` };
      body = report.subarray(1);
    }
    if (body.length !== BOOT_REPORT_LENGTH) {
      const hint = this.reportId === undefined && body.length === BOOT_REPORT_LENGTH + 1 ? '; if every report is 9 bytes, set reportId in the configuration' : '';
      return { pressed: [], ignored: `report of ${body.length} bytes, expected ${BOOT_REPORT_LENGTH}${hint}` };
    }
    const usages = body.subarray(2).filter((u) => u !== 0);
    // Too many keys at once: the keyboard cannot say which; keep the last known state (HID 1.11, appendix C).
    if (usages.some((u) => u <= PHANTOM_MAX)) return { pressed: [], ignored: 'phantom state (ErrorRollOver): too many keys at once' };
    const now = new Set(usages);
    const pressed = [...now].filter((u) => !this.held.has(u));
    this.held = now;
    return { pressed };
  }

  /** Forgets the keys held (the device was unplugged or reopened). */
  reset(): void {
    this.held = new Set();
  }
}
