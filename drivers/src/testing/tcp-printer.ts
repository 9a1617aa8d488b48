import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { FakeEscposPrinter, type FakePrinterState } from './fake-printer.ts';

/** A network printer on 127.0.0.1 (a free port): decodes what it gets and answers status like a printer. */
export class FakeTcpPrinter {
  /** One fake printer per connection, in the order they came. */
  readonly connections: FakeEscposPrinter[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server = createServer((socket) => this.accept(socket));

  /** `state` is what each new connection's printer reports; change it between jobs. */
  private constructor(public state: FakePrinterState) {}

  static async start(state: FakePrinterState = {}): Promise<FakeTcpPrinter> {
    const printer = new FakeTcpPrinter(state);
    printer.server.listen(0, '127.0.0.1');
    await once(printer.server, 'listening');
    return printer;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What createPrinter takes to print here. */
  get spec(): string {
    return `tcp://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
    await once(this.server, 'close');
  }

  private accept(socket: Socket): void {
    const printer = new FakeEscposPrinter({ ...this.state });
    this.connections.push(printer);
    this.sockets.add(socket);
    socket.on('data', (chunk) => {
      const answer = printer.receive(chunk);
      if (answer.length > 0) socket.write(answer);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  }
}
