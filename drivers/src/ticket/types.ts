// What a printed ticket shows is TicketPrintContent of @motcua/protocol (texts already in the
// ticket's language, except the fixed labels); these are the shapes of what is drawn from it.

/** Printable width in dots: 576 for 80 mm paper, 384 for 58 mm paper (203 dpi). */
export type PaperWidth = 576 | 384;

/** A 1-bit image: rows of width/8 bytes, most significant bit first, 1 = black dot. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface RenderedTicket {
  png: Buffer;
  raster: Raster;
}
