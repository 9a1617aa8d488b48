// @motcua/protocol: the one place every shape on the wire is declared. Each shape is a TypeBox
// schema with its type of the same name derived by Static<> (no hand-written twin); the route
// table (./routes) and the socket events (./events.ts) are built of them, with the error codes.
// Browsers import it: TypeBox only, no Node imports. The typed client is `@motcua/protocol/client`.
export * from './shapes/common.ts';
export * from './shapes/catalog.ts';
export * from './shapes/procedures.ts';
export * from './shapes/appointments.ts';
export * from './shapes/tickets.ts';
export * from './shapes/queue.ts';
export * from './shapes/people.ts';
export * from './shapes/admin.ts';
export * from './shapes/supervision.ts';
export * from './shapes/devices.ts';
export * from './shapes/config.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './routes/index.ts';
export * from './shapes/province.ts';
export * from './audit-words.ts';
