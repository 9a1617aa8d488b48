// The part of npos (an ESC/POS parser, untyped) the printing tests use as an independent decoder.
declare module 'npos' {
  export interface Bitmap {
    getWidth(): number;
    getHeight(): number;
    /** 0 for a printed (black) dot, 0xff for white. */
    getPixel(x: number, y: number): number;
  }
  interface Ast {
    error?: unknown;
    tree: { hex: string; fn?: string }[];
    /** Decoded runs of commands; a `raster` entry's data is a Bitmap. */
    entries: { type: string; data: unknown }[];
  }
  const npos: { parser(): { parse(bytes: Buffer): Promise<Ast> } };
  export default npos;
}
