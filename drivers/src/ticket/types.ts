/** What a printed ticket shows. Texts are already in the ticket's language, except the fixed labels. */
export interface TicketPrintData {
  centerName: string;
  departmentName: string;
  serviceName: string;
  number: string;
  /** The declared priority group, e.g. "Người có công với cách mạng"; omitted for a normal ticket. */
  priorityLabel?: string;
  peopleAhead: number;
  etaMinutes: number;
  issuedAt: Date | string;
  /** IANA zone of the center, e.g. "Asia/Ho_Chi_Minh": the printed time is the center's wall clock. */
  timeZone: string;
  counterNumbers: number[];
  trackUrl: string;
  footer?: string;
  lang: 'vi' | 'en';
}

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
