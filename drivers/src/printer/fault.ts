import type { PrintFaultCode, PrintResult } from './types.ts';

export class PrinterFault extends Error {
  constructor(
    readonly code: PrintFaultCode,
    message: string,
  ) {
    super(message);
    this.name = 'PrinterFault';
  }

  get reason(): string {
    return `${this.code}: ${this.message}`;
  }

  toResult(): PrintResult {
    return { status: 'failed', code: this.code, reason: this.reason };
  }
}

/** The fault an error stands for: itself if it is one, else a fault of the given code. */
export function asFault(error: unknown, code: PrintFaultCode): PrinterFault {
  if (error instanceof PrinterFault) return error;
  return new PrinterFault(code, error instanceof Error ? error.message : String(error));
}

/** Settles like `work`, or rejects with `onTimeout()` (after calling it) if work takes longer than ms. */
export function deadline<T>(work: Promise<T>, ms: number, onTimeout: () => PrinterFault): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
