import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { asFault } from './fault.ts';
import type { TicketPrinter } from './types.ts';

/** A file name from a ticket number: letters, digits, '-' and '_' only, so a number cannot leave the folder. */
const fileStem = (number: string): string => number.replace(/[^\p{L}\p{N}_-]/gu, '_') || 'ticket';

/** The demo printer: each ticket becomes `<number>.png` and `<number>.bin` (its ESC/POS bytes) in dir. */
export function createFilePrinter(dir: string): TicketPrinter {
  const folder = resolve(dir);
  return {
    kind: 'file',
    describe: () => `files in ${folder}`,
    async print(job) {
      try {
        await mkdir(folder, { recursive: true });
        const stem = join(folder, fileStem(job.number));
        await writeFile(`${stem}.png`, job.png);
        await writeFile(`${stem}.bin`, job.escpos);
        return { status: 'printed' };
      } catch (error) {
        return asFault(error, 'io_error').toResult();
      }
    },
    async status() {
      try {
        await mkdir(folder, { recursive: true });
        await access(folder, constants.W_OK);
        return { online: true };
      } catch (error) {
        return { online: false, reason: asFault(error, 'io_error').reason };
      }
    },
    close: async () => undefined,
  };
}
