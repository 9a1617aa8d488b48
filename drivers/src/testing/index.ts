// Test doubles and helpers for printing: fake printers (TCP, USB, any link), an ESC/POS decoder,
// sample tickets. Exported as @motcua/drivers/testing for the cross-package tests.
export { parseEscpos, printedRaster, type EscposCommand } from './escpos-decoder.ts';
export { FakeEscposPrinter, type FakePrinterState } from './fake-printer.ts';
export { FakeTcpPrinter } from './tcp-printer.ts';
export { fakeUsbDevice } from './usb-device.ts';
export { containsInk, textInk, ticketTextInk, unpack, type Dots } from './raster-search.ts';
export { justiceTicket, labourTicket } from './sample-tickets.ts';
export { ticketJob } from './print-job.ts';
