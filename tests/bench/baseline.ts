// The benchmark baseline, run as its own process: plain Fastify + better-sqlite3 (WAL,
// synchronous=FULL, one IMMEDIATE transaction per command, as the real store) + Socket.IO doing the
// minimum of the same work: issue a numbered ticket durably and push the waiting counts; call the
// oldest waiting ticket and push the call to every screen. No auth beyond a fixed key, no
// policy, no audit, no OpenAPI, no UIs. Same environment as main.ts (PORT, HOST, DATA_DIR).
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Server } from 'socket.io';

const KIOSK_KEY = 'demo-kiosk';
const SERVICES = 23;
const DEPARTMENTS = 4;

const dataDir = process.env.DATA_DIR ?? '.';
mkdirSync(dataDir, { recursive: true });
const db = new Database(join(dataDir, 'baseline.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`
CREATE TABLE IF NOT EXISTS day_numbers (department_id INTEGER PRIMARY KEY, last_number INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, number INTEGER NOT NULL, department_id INTEGER NOT NULL,
  service_id INTEGER NOT NULL, status TEXT NOT NULL, issued_at INTEGER NOT NULL, called_at INTEGER, counter_id INTEGER);
CREATE INDEX IF NOT EXISTS tickets_waiting ON tickets(department_id, id) WHERE status = 'waiting';
`);

interface TicketRow { id: number; number: number; department_id: number; service_id: number }
const q = {
  last: db.prepare<[number], number>('SELECT last_number FROM day_numbers WHERE department_id = ?').pluck(),
  setLast: db.prepare('INSERT INTO day_numbers (department_id, last_number) VALUES (?, ?) ON CONFLICT (department_id) DO UPDATE SET last_number = excluded.last_number'),
  insert: db.prepare("INSERT INTO tickets (number, department_id, service_id, status, issued_at) VALUES (?, ?, ?, 'waiting', ?)"),
  head: db.prepare<[number], TicketRow>("SELECT id, number, department_id, service_id FROM tickets WHERE status = 'waiting' AND department_id = ? ORDER BY id LIMIT 1"),
  call: db.prepare("UPDATE tickets SET status = 'called', called_at = ?, counter_id = ? WHERE id = ?"),
};
const waiting: Record<string, number> = {};
let seq = 0;

const issue = db.transaction((serviceId: number) => {
  const departmentId = ((serviceId - 1) % DEPARTMENTS) + 1;
  const number = (q.last.get(departmentId) ?? departmentId * 1000) + 1;
  q.setLast.run(departmentId, number);
  const issuedAt = Date.now();
  const id = Number(q.insert.run(number, departmentId, serviceId, issuedAt).lastInsertRowid);
  return { id, number: String(number), departmentId, serviceId, status: 'waiting', issuedAt: new Date(issuedAt).toISOString() };
});

const callNext = db.transaction((counterId: number) => {
  const head = q.head.get(((counterId - 1) % DEPARTMENTS) + 1);
  if (!head) return null;
  const calledAt = Date.now();
  q.call.run(calledAt, counterId, head.id);
  return { id: head.id, number: String(head.number), departmentId: head.department_id, status: 'called', counterId, calledAt: new Date(calledAt).toISOString() };
});

const app = Fastify({ logger: false, bodyLimit: 16 * 1024 });
const io = new Server(app.server, { path: '/socket.io', serveClient: false });
io.on('connection', (socket) => socket.emit('queue:snapshot', { seq, waiting }));

function authorized(header: string | undefined): boolean {
  return header === `Bearer ${KIOSK_KEY}`;
}

app.post<{ Body: { serviceId: number } }>('/api/tickets', {
  schema: { body: { type: 'object', required: ['serviceId'], additionalProperties: false, properties: { serviceId: { type: 'integer', minimum: 1, maximum: SERVICES } } } },
}, async (request, reply) => {
  if (!authorized(request.headers.authorization)) return reply.status(401).send({ error: { code: 'unauthorized', message: 'kiosk key needed' } });
  const ticket = issue.immediate(request.body.serviceId);
  const code = String(ticket.departmentId);
  waiting[code] = (waiting[code] ?? 0) + 1;
  io.emit('queue:changed', { seq: ++seq, waiting });
  return reply.status(201).send(ticket);
});

app.post<{ Params: { id: number } }>('/api/counters/:id/call-next', {
  schema: { params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } } } },
}, async (request, reply) => {
  if (!authorized(request.headers.authorization)) return reply.status(401).send({ error: { code: 'unauthorized', message: 'key needed' } });
  const ticket = callNext.immediate(request.params.id);
  if (ticket) {
    const code = String(ticket.departmentId);
    waiting[code] = (waiting[code] ?? 1) - 1;
    io.emit('ticket:called', {
      seq: ++seq, ticketId: ticket.id, number: ticket.number, departmentCode: code, counterId: ticket.counterId,
      counterNumber: ticket.counterId, calledAt: ticket.calledAt, recall: false,
    });
  }
  return { ticket };
});

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
console.log(`baseline is running: ${address}`);
process.once('SIGTERM', () => {
  io.close();
  void app.close().then(() => process.exit(0));
});
