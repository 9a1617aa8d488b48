import { constants } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { asFault } from './fault.ts';
import type { PrintJob, TicketPrinter } from './types.ts';

/** A file name from a ticket number: letters, digits, '-' and '_' only, so a number cannot leave the folder. */
const fileStem = (number: string): string => number.replace(/[^\p{L}\p{N}_-]/gu, '_') || 'ticket';

const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

export interface FilePrinterLimits {
  /** Day folders kept, today's included (7 by default). */
  days: number;
  /** Tickets kept over all days, the oldest deleted first (2,000 by default: about 170 MB). */
  tickets: number;
}

export const DEFAULT_FILE_PRINTER_LIMITS: FilePrinterLimits = { days: 7, tickets: 2000 };

/**
 * The demo printer: each ticket becomes `<day>/<number>.png` and `<day>/<number>.bin` (its ESC/POS
 * bytes) in dir, one folder per day: the day the ticket was issued on the center's clock (numbers
 * start again each day there, whatever the machine's time zone). Only the newest `days` folders and
 * `tickets` tickets are kept, so a demo left running does not fill the disk. Jobs are written one at
 * a time.
 */
export function createFilePrinter(dir: string, limits: FilePrinterLimits = DEFAULT_FILE_PRINTER_LIMITS): TicketPrinter {
  const folder = resolve(dir);
  /** The tickets kept, oldest first, as "<day>/<stem>"; read from the folder on the first job of each day. */
  const kept = new Set<string>();
  let today = '';
  let queue: Promise<unknown> = Promise.resolve();

  async function forget(ticket: string): Promise<void> {
    kept.delete(ticket);
    await Promise.all(['png', 'bin'].map((ext) => rm(join(folder, `${ticket}.${ext}`), { force: true })));
  }

  /** Makes the folders, deletes the day folders beyond the newest `days` and reads which tickets the others hold. */
  async function newDay(day: string): Promise<void> {
    await mkdir(folder, { recursive: true });
    const days = (await readdir(folder)).filter((name) => DAY_FOLDER.test(name) && name !== day).concat(day).sort();
    const old = days.splice(0, Math.max(0, days.length - limits.days));
    await Promise.all(old.map((name) => rm(join(folder, name), { recursive: true, force: true })));
    const found: { ticket: string; at: number }[] = [];
    for (const name of days) {
      const files = await readdir(join(folder, name)).catch(() => []);
      for (const file of files.filter((f) => f.endsWith('.png'))) {
        found.push({ ticket: `${name}/${file.slice(0, -'.png'.length)}`, at: (await stat(join(folder, name, file))).mtimeMs });
      }
    }
    kept.clear();
    for (const { ticket } of found.sort((a, b) => a.at - b.at)) kept.add(ticket);
    await mkdir(join(folder, day), { recursive: true });
    today = day;
  }

  async function write(job: PrintJob): Promise<void> {
    const { day } = job;
    if (day !== today) await newDay(day);
    const ticket = `${day}/${fileStem(job.number)}`;
    try {
      await writeWhole(join(folder, `${ticket}.png`), job.png);
      await writeWhole(join(folder, `${ticket}.bin`), job.escpos);
    } catch (error) {
      today = ''; // the folders are made again (and the tickets on disk read again) for the next job
      throw error;
    }
    kept.delete(ticket); // a number printed again is the newest
    kept.add(ticket);
    for (const oldest of kept) {
      if (kept.size <= limits.tickets) break;
      await forget(oldest);
    }
  }

  return {
    kind: 'file',
    describe: () => `files in ${folder} (${limits.days} days, ${limits.tickets} tickets at most)`,
    print(job) {
      const done = queue.then(() => write(job)).then(
        () => ({ status: 'printed' as const }),
        (error: unknown) => asFault(error, 'io_error').toResult(),
      );
      queue = done;
      return done;
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
    close: async () => {
      await queue;
    },
  };
}

/** Writes a printout under a passing name, then gives it its own: whoever watches the folder never reads half a ticket. */
async function writeWhole(path: string, data: Buffer): Promise<void> {
  await writeFile(`${path}.part`, data);
  await rename(`${path}.part`, path);
}
