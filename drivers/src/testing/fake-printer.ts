import { readCommand, type EscposCommand } from './escpos-decoder.ts';

/** What the fake printer reports about itself; `silent` models a printer that answers no status request. */
export interface FakePrinterState {
  offline?: boolean;
  coverOpen?: boolean;
  paperNearEnd?: boolean;
  paperOut?: boolean;
  silent?: boolean;
}

/**
 * The ESC/POS side of a printer, without a link: takes bytes as they come, decodes them, and
 * answers `DLE EOT n` like a printer whose state is `state` (which a test may change at any time).
 */
export class FakeEscposPrinter {
  readonly commands: EscposCommand[] = [];
  /** Every byte received, status requests included. */
  received = Buffer.alloc(0);
  /** The first bytes it could not decode; a printer would print garbage. */
  error: Error | undefined;
  private pending = Buffer.alloc(0);

  constructor(public state: FakePrinterState = {}) {}

  /** Takes bytes from the host and returns the printer's answer (possibly empty). */
  receive(chunk: Uint8Array): Buffer {
    this.received = Buffer.concat([this.received, chunk]);
    this.pending = Buffer.concat([this.pending, chunk]);
    const answers: number[] = [];
    let offset = 0;
    try {
      for (let read = readCommand(this.pending, 0); read; read = readCommand(this.pending, offset)) {
        offset += read.length;
        if (read.command.kind === 'status') {
          if (!this.state.silent) answers.push(this.statusByte(read.command.request));
        } else {
          this.commands.push(read.command);
        }
      }
    } catch (error) {
      this.error ??= error as Error;
    }
    this.pending = this.pending.subarray(offset);
    return Buffer.from(answers);
  }

  /** The `DLE EOT n` answer per the ESC/POS spec (fixed bits 0x12, plus the state's bits). */
  statusByte(request: number): number {
    const { offline, coverOpen, paperNearEnd, paperOut } = this.state;
    const flag = (on: boolean | undefined, bits: number): number => (on ? bits : 0);
    switch (request) {
      case 1:
        return 0x12 | flag(offline || coverOpen || paperOut, 0x08);
      case 2:
        return 0x12 | flag(coverOpen, 0x04) | flag(paperOut, 0x20);
      case 4:
        return 0x12 | flag(paperNearEnd, 0x0c) | flag(paperOut, 0x60);
      default:
        return 0x12;
    }
  }
}
