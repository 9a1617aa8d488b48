import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PrinterFault } from './fault.ts';
import type { PrinterLink } from './link.ts';
import type { PrinterTimeouts } from './types.ts';

/** How often a busy or silent device is tried again. */
const POLL_MS = 5;

const isWouldBlock = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'EAGAIN';

/**
 * Non-blocking I/O, polled: a blocking read of a printer that never answers would hold one of
 * libuv's few threads for good. Yields undefined when the device would block.
 */
async function tryIo(io: () => Promise<number>, where: string): Promise<number | undefined> {
  try {
    return await io();
  } catch (error) {
    if (isWouldBlock(error)) return undefined;
    throw new PrinterFault('io_error', `${where}: ${(error as Error).message}`);
  }
}

function linkOver(handle: FileHandle, path: string, twoWay: boolean, timeouts: PrinterTimeouts): PrinterLink {
  const one = Buffer.alloc(1);
  return {
    twoWay,
    async write(data) {
      const giveUpAt = Date.now() + timeouts.writeMs;
      for (let offset = 0; offset < data.length; ) {
        const written = await tryIo(async () => (await handle.write(data, offset, data.length - offset)).bytesWritten, path);
        offset += written ?? 0;
        if (written) continue;
        if (Date.now() > giveUpAt) throw new PrinterFault('timeout', `${path} took no data for ${timeouts.writeMs} ms`);
        await sleep(POLL_MS);
      }
    },
    async readByte(timeoutMs) {
      const giveUpAt = Date.now() + timeoutMs;
      for (;;) {
        const read = await tryIo(async () => (await handle.read(one, 0, 1, null)).bytesRead, path);
        if (read) return one[0];
        if (Date.now() > giveUpAt) return undefined;
        await sleep(POLL_MS);
      }
    },
    close: () => handle.close().catch(() => undefined),
  };
}

/**
 * Opens a printer's device file, such as /dev/usb/lp0 (usblp) or a serial port. Only a character
 * device can answer; a plain file or a FIFO standing in for one just takes the bytes.
 */
export async function openDeviceLink(path: string, timeouts: PrinterTimeouts): Promise<PrinterLink> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDWR | constants.O_APPEND | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw new PrinterFault('unreachable', `${path}: ${(error as Error).message}`);
  }
  const twoWay = (await handle.stat()).isCharacterDevice();
  return linkOver(handle, path, twoWay, timeouts);
}
