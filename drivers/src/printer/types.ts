/** Why a ticket did not print: a stable code for programs, then a message for people. */
export type PrintFaultCode = 'paper_out' | 'cover_open' | 'offline' | 'timeout' | 'unreachable' | 'io_error';

export interface PrintJob {
  number: string;
  /** The day the ticket was issued on the center's clock (YYYY-MM-DD): the file printer's folder. */
  day: string;
  /** The ticket image (kept by the file printer). */
  png: Buffer;
  /** The ESC/POS bytes a printer gets. */
  escpos: Buffer;
}

/** On failure, `reason` is "<code>: <message>", e.g. "paper_out: the printer reports no paper". */
export type PrintResult = { status: 'printed' } | { status: 'failed'; code: PrintFaultCode; reason: string };

/**
 * What the printer said about itself. The flags are absent when it cannot tell (no status on its
 * link); `reason` explains a fault, or that status is unknown.
 */
export interface PrinterStatus {
  online: boolean;
  coverOpen?: boolean;
  paperNearEnd?: boolean;
  paperOut?: boolean;
  reason?: string;
}

export interface TicketPrinter {
  /** `file`, `tcp`, `device` or `usb`. */
  readonly kind: string;
  describe(): string;
  /** Never rejects and never hangs: a fault comes back as a failed result. Jobs print one at a time. */
  print(job: PrintJob): Promise<PrintResult>;
  status(): Promise<PrinterStatus>;
  /** Waits for jobs already started. */
  close(): Promise<void>;
}

export interface PrinterTimeouts {
  /** Opening the link: TCP connect, USB open. */
  connectMs: number;
  /** Waiting for each status byte; a printer that never answers is printed to blind. */
  statusMs: number;
  /** Handing the whole job to the printer. */
  writeMs: number;
}

export const DEFAULT_PRINTER_TIMEOUTS: PrinterTimeouts = { connectMs: 3000, statusMs: 500, writeMs: 15_000 };
