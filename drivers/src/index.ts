export type { PaperWidth, Raster, RenderedTicket } from './ticket/types.ts';
// Rendering (@napi-rs/canvas) happens only in the render pool's threads: importing this module never loads it.
export { createRenderPool, NICE_INCREMENT, type RenderPoolOptions, type TestFault } from './render/pool.ts';
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
