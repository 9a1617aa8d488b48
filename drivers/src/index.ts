export type { PaperWidth, Raster, RenderedTicket, TicketPrintData } from './ticket/types.ts';
export { renderTicket } from './ticket/render.ts';
export { encodeTicket } from './escpos/encode.ts';
export { createPrinter, DEFAULT_PRINTER_SPEC, type PrinterOptions } from './printer/create.ts';
export { printTicket } from './printer/print-ticket.ts';
export type { UsbAdapterFactory } from './printer/usb-link.ts';
export {
  DEFAULT_PRINTER_TIMEOUTS,
  type PrinterStatus,
  type PrinterTimeouts,
  type PrintFaultCode,
  type PrintJob,
  type PrintResult,
  type TicketPrinter,
} from './printer/types.ts';
