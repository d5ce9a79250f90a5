// values.schema.json validation (chartutil.ValidateAgainstSchema): the chart's schema checks the
// coalesced values, then each subchart's schema its own section, and every failure is listed
// under the chart's name. Helm 3 validates with gojsonschema and prints `- field: description`;
// Helm 4 with santhosh-tekuri/jsonschema v6 and prints `- at '/json/pointer': message`.
// Our validator covers the draft-07 keywords charts use (type, enum, const, properties,
// required, additionalProperties, patternProperties, items, min/max for numbers, strings,
// arrays and properties, pattern, uniqueItems, allOf/anyOf/oneOf/not, if/then/else, local $ref).
import { GoInt, type GoMap, type GoValue } from '../go/index.js';
import { fileText, type Chart } from './chart.js';
import { ChartError } from './errors.js';
import { schemaFailure3, schemaFailure4 } from './schema-messages.js';

/** A JSON value as the validators see the values (numbers as float64). */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** One failed rule: where (JSON path segments), which keyword, and its parameters. */
export interface SchemaFailure {
  readonly path: readonly string[];
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Go values as JSON (what Helm's marshal to JSON and back yields). */
export function toJson(v: GoValue): Json {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string')
    return v;
  if (v instanceof GoInt) return Number(v.value);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof Map) {
    const o: { [k: string]: Json } = {};
    for (const [k, x] of v) o[k] = toJson(x);
    return o;
  }
  return null;
}

/** The JSON type name of a value; integral numbers are `integer`. */
export function jsonType(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}

function equal(a: Json, b: Json): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: Json): Json {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    const o: { [k: string]: Json } = {};
    for (const k of Object.keys(v).sort()) o[k] = canonical(v[k]!);
    return o;
  }
  return v;
}

type Schema = boolean | { readonly [k: string]: unknown };

class Validator {
  readonly failures: SchemaFailure[] = [];
  constructor(private readonly root: Schema) {}

  private resolve(ref: string): Schema {
    if (!ref.startsWith('#')) return true; // remote references are not fetched offline
    let cur: unknown = this.root;
    for (const raw of ref
      .slice(1)
      .split('/')
      .filter((p) => p !== '')) {
      const part = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      cur = (cur as Record<string, unknown> | undefined)?.[part];
    }
    return (cur ?? true) as Schema;
  }

  validate(s: Schema, v: Json, path: string[]): void {
    if (s === true) return;
    const fail = (keyword: string, params: Record<string, unknown> = {}): void =>
      void this.failures.push({ path, keyword, params });
    if (s === false) return fail('false');
    if (typeof s.$ref === 'string') return this.validate(this.resolve(s.$ref), v, path);
    const t = jsonType(v);
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((x) => x === t || (x === 'number' && t === 'integer')))
        return fail('type', { expected: types, given: t });
    }
    if (Array.isArray(s.enum) && !(s.enum as Json[]).some((e) => equal(e, v)))
      fail('enum', { allowed: s.enum });
    if ('const' in s && !equal(s.const as Json, v)) fail('const', { allowed: s.const });
    this.combinators(s, v, path, fail);
    if (typeof v === 'number') this.number(s, v, fail);
    if (typeof v === 'string') this.string(s, v, fail);
    if (Array.isArray(v)) this.array(s, v, path, fail);
    if (t === 'object') this.object(s, v as { [k: string]: Json }, path, fail);
  }

  private sub(s: Schema, v: Json, path: string[]): SchemaFailure[] {
    const inner = new Validator(this.root);
    inner.validate(s, v, path);
    return inner.failures;
  }

  private combinators(
    s: { readonly [k: string]: unknown },
    v: Json,
    path: string[],
    fail: (k: string, p?: Record<string, unknown>) => void,
  ): void {
    if (Array.isArray(s.allOf)) {
      const before = this.failures.length;
      for (const x of s.allOf as Schema[]) this.validate(x, v, path);
      if (this.failures.length > before) fail('allOf');
    }
    if (
      Array.isArray(s.anyOf) &&
      !(s.anyOf as Schema[]).some((x) => this.sub(x, v, path).length === 0)
    )
      fail('anyOf');
    if (
      Array.isArray(s.oneOf) &&
      (s.oneOf as Schema[]).filter((x) => this.sub(x, v, path).length === 0).length !== 1
    )
      fail('oneOf');
    if (s.not !== undefined && this.sub(s.not as Schema, v, path).length === 0) fail('not');
    if (s.if !== undefined) {
      const ok = this.sub(s.if as Schema, v, path).length === 0;
      const branch = (ok ? s.then : s.else) as Schema | undefined;
      if (branch !== undefined) {
        const errs = this.sub(branch, v, path);
        if (errs.length > 0) {
          this.failures.push(...errs);
          fail(ok ? 'then' : 'else');
        }
      }
    }
  }

  private number(
    s: { readonly [k: string]: unknown },
    v: number,
    fail: (k: string, p?: Record<string, unknown>) => void,
  ): void {
    const n = (k: string): number | undefined =>
      typeof s[k] === 'number' ? (s[k] as number) : undefined;
    const min = n('minimum');
    const max = n('maximum');
    const xmin = n('exclusiveMinimum');
    const xmax = n('exclusiveMaximum');
    const mult = n('multipleOf');
    if (min !== undefined && v < min) fail('minimum', { limit: min, value: v });
    if (max !== undefined && v > max) fail('maximum', { limit: max, value: v });
    if (xmin !== undefined && v <= xmin) fail('exclusiveMinimum', { limit: xmin, value: v });
    if (xmax !== undefined && v >= xmax) fail('exclusiveMaximum', { limit: xmax, value: v });
    if (mult !== undefined && !Number.isInteger(v / mult))
      fail('multipleOf', { limit: mult, value: v });
  }

  private string(
    s: { readonly [k: string]: unknown },
    v: string,
    fail: (k: string, p?: Record<string, unknown>) => void,
  ): void {
    const len = [...v].length;
    if (typeof s.minLength === 'number' && len < s.minLength)
      fail('minLength', { limit: s.minLength, value: len });
    if (typeof s.maxLength === 'number' && len > s.maxLength)
      fail('maxLength', { limit: s.maxLength, value: len });
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v))
      fail('pattern', { pattern: s.pattern, value: v });
  }

  private array(
    s: { readonly [k: string]: unknown },
    v: Json[],
    path: string[],
    fail: (k: string, p?: Record<string, unknown>) => void,
  ): void {
    if (typeof s.minItems === 'number' && v.length < s.minItems)
      fail('minItems', { limit: s.minItems, value: v.length });
    if (typeof s.maxItems === 'number' && v.length > s.maxItems)
      fail('maxItems', { limit: s.maxItems, value: v.length });
    if (s.uniqueItems === true) {
      outer: for (let i = 0; i < v.length; i++)
        for (let j = i + 1; j < v.length; j++)
          if (equal(v[i]!, v[j]!)) {
            fail('uniqueItems', { i, j });
            break outer;
          }
    }
    if (Array.isArray(s.items)) {
      (s.items as Schema[]).forEach(
        (x, i) => i < v.length && this.validate(x, v[i]!, [...path, String(i)]),
      );
    } else if (s.items !== undefined)
      v.forEach((x, i) => this.validate(s.items as Schema, x, [...path, String(i)]));
  }

  private object(
    s: { readonly [k: string]: unknown },
    v: { [k: string]: Json },
    path: string[],
    fail: (k: string, p?: Record<string, unknown>) => void,
  ): void {
    const keys = Object.keys(v);
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties)
      fail('minProperties', { limit: s.minProperties, value: keys.length });
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties)
      fail('maxProperties', { limit: s.maxProperties, value: keys.length });
    const missing = Array.isArray(s.required)
      ? (s.required as string[]).filter((k) => !(k in v))
      : [];
    if (missing.length > 0) fail('required', { missing });
    const props = (s.properties ?? {}) as Record<string, Schema>;
    const patterns = Object.entries((s.patternProperties ?? {}) as Record<string, Schema>).map(
      ([p, x]) => [new RegExp(p, 'u'), x] as const,
    );
    const extra: string[] = [];
    for (const k of keys) {
      const matched = patterns.filter(([re]) => re.test(k));
      if (!(k in props) && matched.length === 0) extra.push(k);
    }
    if (s.additionalProperties === false && extra.length > 0)
      fail('additionalProperties', { extra });
    for (const [k, x] of Object.entries(props)) if (k in v) this.validate(x, v[k]!, [...path, k]);
    for (const k of keys)
      for (const [re, x] of patterns) if (re.test(k)) this.validate(x, v[k]!, [...path, k]);
    if (typeof s.additionalProperties === 'object' && s.additionalProperties !== null) {
      for (const k of extra) this.validate(s.additionalProperties as Schema, v[k]!, [...path, k]);
    }
  }
}

/** The failures of `values` against one schema text. */
export function validateSchema(schemaText: string, values: Json): SchemaFailure[] {
  const schema = JSON.parse(schemaText) as Schema;
  const v = new Validator(schema);
  v.validate(schema, values, []);
  return v.failures;
}

function check(chart: Chart, values: GoMap, major: 3 | 4): string {
  let out = '';
  if (chart.schema !== undefined) {
    let failures: SchemaFailure[];
    try {
      failures = validateSchema(fileText(chart.schema), toJson(values));
    } catch (e) {
      if (e instanceof SyntaxError) throw new ChartError(`unable to validate schema: ${e.message}`);
      throw e;
    }
    if (failures.length > 0) {
      out += `${chart.metadata.name}:\n`;
      out += major === 3 ? schemaFailure3(failures) : schemaFailure4(failures);
    }
  }
  for (const sub of chart.dependencies) {
    const section = values.get(sub.metadata.name);
    if (section instanceof Map) out += check(sub, section, major);
  }
  return out;
}

/** Helm's ValidateAgainstSchema over the chart and its subcharts; throws with Helm's message. */
export function validateSchemas(chart: Chart, values: GoMap, major: 3 | 4): void {
  const text = check(chart, values, major);
  if (text !== '') {
    throw new ChartError(
      `values don't meet the specifications of the schema(s) in the following chart(s):\n${text}`,
    );
  }
}
