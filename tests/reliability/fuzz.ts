// Generators of bad requests for the bad-input test: from the server's own OpenAPI document, every
// operation with wrong types, missing and extra fields, huge strings and bodies, unknown ids,
// actions out of order (real ticket ids in the wrong state) and bad tokens.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface Operation {
  method: string;
  /** OpenAPI path template, e.g. /api/counters/{id}/call-next */
  path: string;
  params: string[];
  query?: JsonSchema;
  body?: JsonSchema;
}

interface OpenApi {
  paths: Record<string, Record<string, {
    parameters?: { in: string; name: string; schema?: JsonSchema }[];
    requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  }>>;
}

/** Every operation the document lists. */
export function operations(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => {
    const query = (op.parameters ?? []).filter((p) => p.in === 'query');
    return {
      method: method.toUpperCase(),
      path,
      params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      query: query.length ? { type: 'object', properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])) } : undefined,
      body: op.requestBody?.content?.['application/json']?.schema,
    };
  }));
}

/** What the test knows of the live server when a request runs (ids resolve late, as state changes). */
export interface World {
  ticketIds: number[];
  trackCodes: string[];
  /** Ticket numbers, as officers would type them to call one. */
  numbers: number[];
  /** Authorization header values: real officer, supervisor, admin and device tokens. */
  tokens: string[];
  /** Officers signed in at their counters. */
  officers: { token: string; counterId: number }[];
}

/** A value the test resolves against the world at run time. */
export type Late<T> = (world: World) => T;

const HUGE = 'Ư'.repeat(6000);
const LONG = 'x'.repeat(300);

/** Anything but what a field wants. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, -(2 ** 53), '', ' ', '1', '1e3', '0x1F', 'NaN', 'null',
    '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', 'Nguyễn Văn Ánh', '\u0000', '\ud83d\ude00', LONG, HUGE, [], {}, [1, 2], { a: 1 }),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.array(fc.integer(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

function clampInt(min: number | undefined, max: number | undefined): fc.Arbitrary<number> {
  const lo = Math.max(min ?? -5, -1e6);
  return fc.integer({ min: lo, max: Math.max(lo, Math.min(max ?? lo + 50, lo + 1e6)) });
}

/** A value of the right shape (valid or close to it). */
export function shaped(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return junk;
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) return fc.oneof(...union.map((s) => shaped(s, depth + 1)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer': return clampInt(schema.minimum, schema.maximum);
    case 'number': return fc.double({ min: schema.minimum ?? -10, max: schema.maximum ?? 100, noNaN: true });
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'string': return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 40) });
    case 'array': return fc.array(shaped(schema.items, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = schema.properties ?? {};
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, shaped(s, depth + 1)])), { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    default: return junk;
  }
}

/** A body for this schema, most of the time broken in one way. */
function body(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const base = shaped(schema);
  const props = Object.keys(schema?.properties ?? {});
  const required = schema?.required ?? [];
  const variants: fc.Arbitrary<unknown>[] = [
    base,
    junk,
    fc.tuple(base, junk).map(([v, extra]) => (typeof v === 'object' && v !== null ? { ...v, extra } : { extra })),
  ];
  if (props.length) {
    variants.push(fc.tuple(base, fc.constantFrom(...props), junk).map(([v, k, j]) => ({ ...(v as object), [k]: j })));
  }
  if (required.length) {
    variants.push(fc.tuple(base, fc.constantFrom(...required)).map(([v, k]) => {
      const copy = { ...(v as Record<string, unknown>) };
      delete copy[k];
      return copy;
    }));
  }
  return fc.oneof(...variants);
}

/** A raw payload: text that is not the JSON it claims, or a body far over the limit. */
const rawBody = fc.constantFrom('{', '{"serviceId": 1,}', '{"serviceId":1,"__proto__":{"role":"admin"}}', '{"constructor":{"prototype":{"x":1}}}', 'null', '[]', '"text"', 'serviceId=1', '{"a":'.repeat(2000), `{"s":"${'a'.repeat(40_000)}"}`, '\u0000\u0001');

function pathValue(name: string): fc.Arbitrary<Late<string>> {
  const fixed = fc.constantFrom('0', '-1', '999999', '2147483648', '9007199254740993', '1.5', '1e2', 'abc', '%20', '%00', '..%2F..%2Fetc', encodeURIComponent(LONG), encodeURIComponent('Ấ'), '1%3B%20DROP%20TABLE%20tickets');
  const live = name === 'trackCode'
    ? fc.nat().map((i): Late<string> => (w) => w.trackCodes[i % Math.max(1, w.trackCodes.length)] ?? 'none')
    : fc.nat().map((i): Late<string> => (w) => String(w.ticketIds[i % Math.max(1, w.ticketIds.length)] ?? 1));
  return fc.oneof(
    { weight: 3, arbitrary: live },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 30 }).map((n): Late<string> => () => String(n)) },
    { weight: 2, arbitrary: fixed.map((v): Late<string> => () => v) },
  );
}

const authorization: fc.Arbitrary<Late<string | undefined>> = fc.oneof(
  { weight: 5, arbitrary: fc.nat().map((i): Late<string | undefined> => (w) => `Bearer ${w.tokens[i % w.tokens.length]}`) },
  { weight: 2, arbitrary: fc.constantFrom(undefined, 'Bearer', 'Bearer ', 'Bearer nope', 'Basic YWRtaW46YWRtaW4=', 'bearer demo-kiosk', `Bearer ${'k'.repeat(5000)}`, 'Bearer demo-kiosk extra', 'Bearer demo-display').map((v): Late<string | undefined> => () => v) },
);

const contentType = fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', undefined);

export interface BadRequest {
  method: string;
  path: Late<string>;
  authorization: Late<string | undefined>;
  contentType: string | undefined;
  /** JSON-encoded unless raw. */
  body: Late<{ json: unknown } | { raw: string } | undefined>;
}

/** One bad (or occasionally good) request for one of the operations. */
export function badRequest(ops: Operation[]): fc.Arbitrary<BadRequest> {
  return fc.constantFrom(...ops).chain((op) => {
    const params = fc.tuple(...op.params.map(pathValue));
    const query = fc.option(body(op.query).map((q) => (typeof q === 'object' && q !== null ? q : { q })), { nil: undefined });
    const payload: fc.Arbitrary<ReturnType<BadRequest['body']>> = fc.oneof(
      { weight: 6, arbitrary: body(op.body).map((json) => ({ json })) },
      { weight: 1, arbitrary: rawBody.map((raw) => ({ raw })) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
    const method = fc.oneof({ weight: 12, arbitrary: fc.constant(op.method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH') });
    return fc.record({ method, params, query, authorization, contentType, body: payload }).map((r): BadRequest => ({
      method: r.method,
      path: (w) => {
        let i = 0;
        const path = op.path.replace(/\{\w+\}/g, () => r.params[i++]!(w));
        const search = r.query ? new URLSearchParams(Object.entries(r.query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString() : '';
        return search ? `${path}?${search}` : path;
      },
      authorization: r.authorization,
      contentType: r.contentType,
      body: () => (r.method === 'GET' ? undefined : r.body),
    }));
  });
}

const pick = <T>(list: readonly T[], i: number, fallback: T): T => list[i % Math.max(1, list.length)] ?? fallback;

/** What an officer can do, and a well-formed body for it. */
const ACTIONS: readonly { path: string; body?: fc.Arbitrary<Late<unknown>> }[] = [
  { path: '/api/counters/{counter}/call-next' },
  { path: '/api/counters/{counter}/recall' },
  { path: '/api/counters/{counter}/call', body: fc.nat().map((i): Late<unknown> => (w) => ({ number: pick(w.numbers, i, 1001) })) },
  { path: '/api/counters/{counter}/open' },
  { path: '/api/counters/{counter}/close' },
  { path: '/api/counters/{counter}/pause', body: fc.constantFrom('lunch', 'meeting', 'other').map((reason): Late<unknown> => () => ({ reason })) },
  { path: '/api/counters/{counter}/resume' },
  ...['serve', 'finish', 'no-show', 'park', 'resume'].map((a) => ({ path: `/api/tickets/{ticket}/${a}` })),
  {
    path: '/api/tickets/{ticket}/transfer',
    body: fc.record({ serviceId: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }), counterId: fc.option(fc.integer({ min: 1, max: 13 }), { nil: undefined }), toBack: fc.option(fc.boolean(), { nil: undefined }) })
      .map((b): Late<unknown> => () => JSON.parse(JSON.stringify(b))),
  },
  { path: '/api/tickets/{ticket}/rating', body: fc.integer({ min: 1, max: 4 }).map((score): Late<unknown> => () => ({ score })) },
];

/**
 * Well-formed officer actions in any order, by real officers on real tickets (their own counter most
 * of the time): most are refused as out of order (409) or out of place (403), some go through.
 */
export function outOfOrder(): fc.Arbitrary<BadRequest> {
  return fc.record({
    action: fc.constantFrom(...ACTIONS),
    officer: fc.nat(),
    ticket: fc.nat(),
    elsewhere: fc.option(fc.integer({ min: 1, max: 12 }), { freq: 5, nil: undefined }),
  }).chain(({ action, officer, ticket, elsewhere }) => (action.body ?? fc.constant(undefined)).map((body): BadRequest => ({
    method: 'POST',
    path: (w) => {
      const me = pick(w.officers, officer, { token: '', counterId: 1 });
      return action.path.replace('{counter}', String(elsewhere ?? me.counterId)).replace('{ticket}', String(pick(w.ticketIds, ticket, 1)));
    },
    authorization: (w) => `Bearer ${pick(w.officers, officer, { token: 'none', counterId: 1 }).token}`,
    contentType: 'application/json',
    body: (w) => ({ json: body ? body(w) : {} }),
  })));
}
