export { parseEscpos, printedRaster, readCommand, type EscposCommand } from './escpos-decoder.ts';
export { FakeEscposPrinter, type FakePrinterState } from './fake-printer.ts';
export { FakeTcpPrinter } from './tcp-printer.ts';
export { fakeUsbDevice } from './usb-device.ts';
export { containsInk, textInk, unpack, type Dots } from './raster-search.ts';
export { justiceTicket, labourTicket } from './sample-tickets.ts';
export { ticketJob } from './print-job.ts';
