import type { Raster } from '../ticket/types.ts';

/** The commands a motcua ticket uses, decoded from the bytes a printer received. */
export type EscposCommand =
  | { kind: 'init' }
  | { kind: 'status'; request: number }
  | { kind: 'raster'; width: number; height: number; data: Uint8Array }
  | { kind: 'line-feed' }
  | { kind: 'cut'; partial: boolean };

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const LF = 0x0a;

/**
 * Decodes the command at offset: the command and how many bytes it took, or undefined when the
 * bytes end inside it. Throws on a command a ticket never sends, so stray bytes cannot pass unseen.
 */
export function readCommand(bytes: Uint8Array, offset: number): { command: EscposCommand; length: number } | undefined {
  const at = (i: number): number | undefined => bytes[offset + i];
  const [first, second] = [at(0), at(1)];
  if (first === LF) return { command: { kind: 'line-feed' }, length: 1 };
  if (second === undefined) return undefined;
  if (first === ESC && second === 0x40) return { command: { kind: 'init' }, length: 2 };
  if (first === DLE && second === 0x04) {
    const request = at(2);
    return request === undefined ? undefined : { command: { kind: 'status', request }, length: 3 };
  }
  if (first === GS && second === 0x56) {
    const mode = at(2);
    if (mode === undefined) return undefined;
    if (mode === 65 || mode === 66) return at(3) === undefined ? undefined : { command: { kind: 'cut', partial: mode === 66 }, length: 4 };
    return { command: { kind: 'cut', partial: mode === 1 || mode === 49 }, length: 3 };
  }
  if (first === GS && second === 0x76 && at(2) === 0x30) {
    // GS v 0 m xL xH yL yH d1…dk: k = (xL + 256 xH) bytes a row × (yL + 256 yH) rows
    if (offset + 8 > bytes.length) return undefined;
    const view = Buffer.from(bytes.buffer, bytes.byteOffset + offset, 8);
    const [rowBytes, height] = [view.readUInt16LE(4), view.readUInt16LE(6)];
    const end = offset + 8 + rowBytes * height;
    if (end > bytes.length) return undefined;
    return { command: { kind: 'raster', width: rowBytes * 8, height, data: bytes.slice(offset + 8, end) }, length: end - offset };
  }
  throw new Error(`unexpected ESC/POS bytes at ${offset}: ${Buffer.from(bytes.subarray(offset, offset + 4)).toString('hex')}`);
}

/** Decodes a whole byte stream; throws if it ends inside a command. */
export function parseEscpos(bytes: Uint8Array): EscposCommand[] {
  const commands: EscposCommand[] = [];
  for (let offset = 0; offset < bytes.length; ) {
    const read = readCommand(bytes, offset);
    if (!read) throw new Error(`ESC/POS stream ends inside a command at ${offset}`);
    commands.push(read.command);
    offset += read.length;
  }
  return commands;
}

/** The image the printer would print: every `GS v 0` band, one under the other. */
export function printedRaster(commands: EscposCommand[]): Raster {
  const bands = commands.flatMap((c) => (c.kind === 'raster' ? [c] : []));
  const width = bands[0]?.width ?? 0;
  if (bands.some((band) => band.width !== width)) throw new Error('raster bands differ in width');
  return {
    width,
    height: bands.reduce((sum, band) => sum + band.height, 0),
    data: Buffer.concat(bands.map((band) => band.data)),
  };
}
