// How requests are checked against the route table's schemas: bodies strictly (JSON has types: no
// coercion, so `"1"`, `true` or `[1]` is never taken for the number 1); params, query strings and
// headers are text, converted to the schema's numbers only when they are plain decimal integers
// (`1e3` or `0x10` is not an id). Dates are real calendar dates (format `date`).
import type { FastifySchemaCompiler } from 'fastify';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const make = (coerceTypes: false | 'array') => addFormats(new Ajv({ coerceTypes, removeAdditional: false, allErrors: false, useDefaults: true, strict: false }));
const strict = make(false);
const coercing = make('array');
const DECIMAL = /^-?(0|[1-9][0-9]*)$/;

interface Shape { type?: string; properties?: Record<string, Shape> }

/** Fails text that is not a plain decimal integer where the schema wants an integer, then coerces and validates. */
function textValidator(schema: Shape): ValidateFunction {
  const validate = coercing.compile(schema);
  const integers = Object.entries(schema.properties ?? {}).filter(([, s]) => s.type === 'integer').map(([name]) => name);
  const check = ((data: Record<string, unknown> | undefined) => {
    const bad = integers.find((name) => typeof data?.[name] === 'string' && !DECIMAL.test(data[name] as string));
    if (bad !== undefined) {
      check.errors = [{ instancePath: `/${bad}`, schemaPath: '', keyword: 'type', params: {}, message: 'must be a whole number written in decimal digits' } satisfies ErrorObject];
      return false;
    }
    const ok = validate(data);
    check.errors = validate.errors ?? null;
    return ok;
  }) as ValidateFunction;
  return check;
}

export const validatorCompiler: FastifySchemaCompiler<Shape> = ({ schema, httpPart }) =>
  httpPart === 'body' ? strict.compile(schema) : textValidator(schema);
