// Schemas of what device agents send over Socket.IO: checked before use, like every HTTP body (an
// agent holds a key, but what it sends is still input). Each is checked against its protocol type.
import Type, { type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { AgentDevice, AgentHello, AgentStatus, PrintJobResult } from '@motcua/protocol';

const Text = (maxLength: number) => Type.String({ maxLength });
const MAX_DEVICES = 32;

const AgentDeviceSchema = Type.Object({
  kind: Type.Union([Type.Literal('printer'), Type.Literal('keypad'), Type.Literal('rating')]),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  state: Type.Union([Type.Literal('online'), Type.Literal('offline'), Type.Literal('error'), Type.Literal('unknown')]),
  since: Text(40),
  detail: Type.Optional(Text(500)),
}, { additionalProperties: false });

const devices = Type.Array(AgentDeviceSchema, { maxItems: MAX_DEVICES });

export const AgentHelloSchema = Type.Object({ version: Text(40), hostname: Text(200), devices }, { additionalProperties: false });
export const AgentStatusSchema = Type.Object({ devices }, { additionalProperties: false });
export const PrintJobResultSchema = Type.Object({
  jobId: Text(100),
  ticketId: Type.Integer({ minimum: 1 }),
  status: Type.Union([Type.Literal('printed'), Type.Literal('failed')]),
  reason: Type.Optional(Text(500)),
}, { additionalProperties: false });

/** The payload typed, or undefined when it does not fit the schema. */
export function checked<S extends Type.TSchema>(schema: S, payload: unknown): Static<S> | undefined {
  return Value.Check(schema, payload) ? (payload as Static<S>) : undefined;
}

type Fits<A, B> = A extends B ? (B extends A ? true : never) : never;
export const agentSchemaChecks: [
  Fits<Static<typeof AgentDeviceSchema>, AgentDevice>,
  Fits<Static<typeof AgentHelloSchema>, AgentHello>,
  Fits<Static<typeof AgentStatusSchema>, AgentStatus>,
  Fits<Static<typeof PrintJobResultSchema>, PrintJobResult>,
] = [true, true, true, true];
