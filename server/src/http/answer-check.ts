// Checks an answer against its documented schema, strictly: every field the schema requires is
// there with the right type, and no field is there that the schema lacks (the serializer would
// drop it without a word). Used in tests on every answer the server gives.
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';

/** What is wrong with `value` as an instance of `schema`: an empty list when it fits. */
export function answerProblems(schema: TSchema, value: unknown): string[] {
  const problems = Value.Check(schema, value) ? [] : [...Value.Errors(schema, value)].slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
  return [...problems, ...undocumented(schema, JSON.parse(JSON.stringify(value ?? null)) as unknown, '')];
}

interface Shape { type?: string; properties?: Record<string, TSchema>; items?: TSchema; anyOf?: TSchema[]; additionalProperties?: unknown; patternProperties?: unknown }

/** Fields present in `value` that the schema does not describe (for unions: no branch describes them). */
function undocumented(schema: TSchema, value: unknown, path: string): string[] {
  const s = schema as Shape;
  if (s.anyOf) {
    const tries = s.anyOf.map((branch) => (Value.Check(branch, value) ? undocumented(branch, value, path) : null)).filter((r): r is string[] => r !== null);
    return tries.length === 0 || tries.some((r) => r.length === 0) ? [] : tries[0]!;
  }
  if (Array.isArray(value) && s.items) return value.flatMap((item, i) => undocumented(s.items!, item, `${path}/${i}`));
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !s.properties || s.patternProperties) return [];
  return Object.entries(value).flatMap(([name, field]) => {
    const property = s.properties![name];
    if (!property) return [`${path}/${name} is not in the schema`];
    return undocumented(property, field, `${path}/${name}`);
  });
}
