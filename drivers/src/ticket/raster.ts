import { deflateSync, crc32 } from 'node:zlib';
import type { Raster } from './types.ts';

/**
 * Thresholds RGBA pixels (drawn opaque, black on white) to a packed 1-bit raster: a dot is black
 * where the green channel, the one closest to luminance, is below half.
 */
export function thresholdToRaster(rgba: Uint8ClampedArray, width: number, height: number): Raster {
  if (width % 8 !== 0) throw new Error(`raster width must be a multiple of 8, got ${width}`);
  const data = new Uint8Array((width / 8) * height);
  for (let byte = 0, pixel = 1; byte < data.length; byte++) {
    let bits = 0;
    for (let bit = 0; bit < 8; bit++, pixel += 4) {
      bits = (bits << 1) | ((rgba[pixel] as number) < 128 ? 1 : 0);
    }
    data[byte] = bits;
  }
  return { width, height, data };
}

function pngChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, body, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A 1-bit greyscale PNG of the raster: exactly the dots the printer gets. Written by hand because
 * a 1-bit PNG is a few times faster to encode than the canvas's RGBA one (and a tenth of the size).
 */
export function rasterToPng(raster: Raster): Buffer {
  const rowBytes = raster.width / 8;
  const scanlines = Buffer.alloc((rowBytes + 1) * raster.height);
  for (let y = 0; y < raster.height; y++) {
    const out = y * (rowBytes + 1);
    // filter type 0 (none); greyscale 0 is black, so the raster's bits are inverted
    for (let x = 0; x < rowBytes; x++) scanlines[out + 1 + x] = ~(raster.data[y * rowBytes + x] as number) & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(raster.width, 0);
  header.writeUInt32BE(raster.height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanlines)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
