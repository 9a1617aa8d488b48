/** A byte link to one printer, opened for one job or one status request. */
export interface PrinterLink {
  /** Whether the printer can answer on this link; a one-way link is never asked for status. */
  readonly twoWay: boolean;
  /** Resolves once the printer (or the OS on its way) took every byte; rejects with a PrinterFault. */
  write(data: Buffer): Promise<void>;
  /** The next byte the printer sent, or undefined if none comes within timeoutMs. */
  readByte(timeoutMs: number): Promise<number | undefined>;
  close(): Promise<void>;
}

/** Bytes a printer sent on a link that delivers them by events, taken one at a time. */
export class ByteInbox {
  private readonly bytes: number[] = [];
  private wake: (() => void) | undefined;

  push(chunk: Uint8Array): void {
    this.bytes.push(...chunk);
    this.wake?.();
  }

  async next(timeoutMs: number): Promise<number | undefined> {
    if (this.bytes.length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = undefined;
    }
    return this.bytes.shift();
  }
}
