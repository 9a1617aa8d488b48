import { describe, expect, it } from 'vitest';
import { createPrinter, DEFAULT_PRINTER_SPEC } from './create.ts';

describe('createPrinter', () => {
  it.each([
    [DEFAULT_PRINTER_SPEC, 'file', /^files in \/.*data\/printouts \(7 days, 2000 tickets at most\)$/],
    ['tcp://192.168.1.50:9100', 'tcp', /^network printer 192\.168\.1\.50:9100$/],
    ['tcp://printer.local', 'tcp', /^network printer printer\.local:9100$/],
    ['tcp://[::1]:9101', 'tcp', /^network printer ::1:9101$/],
    ['/dev/usb/lp0', 'device', /^printer device \/dev\/usb\/lp0$/],
    ['usb://4B8:e15', 'usb', /^USB printer 04b8:0e15$/],
  ])('reads %s as a %s printer', (spec, kind, description) => {
    const printer = createPrinter(spec);
    expect(printer.kind).toBe(kind);
    expect(printer.describe()).toMatch(description);
  });

  it.each(['lp0', 'usb://04b8', 'http://printer', 'tcp://:9100', ''])('refuses %j', (spec) => {
    expect(() => createPrinter(spec)).toThrow();
  });
});
