// The HID backend over node-hid (hidraw on Linux). node-hid's HID object already is an
// EventEmitter of `data` Buffers and `error`s; this adds `close` and the lazy loading of the
// native binding, so an agent without HID devices configured never loads it.
import { createRequire } from 'node:module';
import { EventEmitter } from 'node:events';
import type * as NodeHid from 'node-hid';
import type { HidBackend, HidDeviceInfo, HidSource } from './source.ts';

let loaded: typeof NodeHid | undefined;
function nodeHid(): typeof NodeHid {
  loaded ??= createRequire(import.meta.url)('node-hid') as typeof NodeHid;
  return loaded;
}

class NodeHidSource extends EventEmitter implements HidSource {
  private closed = false;

  constructor(private readonly device: NodeHid.HID) {
    super();
    device.on('data', (report: Buffer) => this.emit('data', report));
    device.on('error', (error: Error) => {
      this.emit('error', error);
      this.close();
    });
  }

  write(bytes: number[]): void {
    this.device.write(bytes);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.device.close();
    this.emit('close');
  }
}

export const nodeHidBackend: HidBackend = {
  devices: () => nodeHid().devices(),
  open(device: HidDeviceInfo) {
    if (!device.path) throw new Error('node-hid listed the device without a path');
    return new NodeHidSource(new (nodeHid().HID)(device.path));
  },
};
