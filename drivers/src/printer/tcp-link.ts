import { connect, type Socket } from 'node:net';
import { deadline, PrinterFault } from './fault.ts';
import { ByteInbox, type PrinterLink } from './link.ts';
import type { PrinterTimeouts } from './types.ts';

/** How long closing waits for the printer to close its side before dropping the connection. */
const CLOSE_GRACE_MS = 1000;

function linkOver(socket: Socket, where: string, timeouts: PrinterTimeouts): PrinterLink {
  const inbox = new ByteInbox();
  socket.on('data', (chunk: Buffer) => inbox.push(chunk));
  let lost: Error | undefined;
  socket.on('error', (error) => {
    lost = error;
  });
  return {
    twoWay: true,
    write: (data) =>
      deadline(
        new Promise<void>((resolve, reject) => {
          socket.write(data, (error) => {
            const failure = error ?? lost;
            if (failure) reject(new PrinterFault('io_error', `${where}: ${failure.message}`));
            else resolve();
          });
        }),
        timeouts.writeMs,
        () => new PrinterFault('timeout', `${where} took no data for ${timeouts.writeMs} ms`),
      ),
    readByte: (timeoutMs) => inbox.next(timeoutMs),
    // Half-close and let the printer close: dropping a socket with bytes still coming back resets
    // the connection, and a reset can make the printer discard what it has not printed yet.
    close: () =>
      new Promise<void>((resolve) => {
        if (socket.closed) return resolve();
        const timer = setTimeout(() => socket.destroy(), CLOSE_GRACE_MS);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        socket.end();
      }),
  };
}

/** Connects to a network printer (raw TCP, usually port 9100). */
export function openTcpLink(host: string, port: number, timeouts: PrinterTimeouts): Promise<PrinterLink> {
  const where = `${host}:${port}`;
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new PrinterFault('unreachable', `no connection to ${where} within ${timeouts.connectMs} ms`));
    }, timeouts.connectMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(new PrinterFault('unreachable', `${where}: ${error.message}`));
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(linkOver(socket, where, timeouts));
    });
  });
}
