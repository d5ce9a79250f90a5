// The texts Helm prints for failed schema rules: gojsonschema's `field: description` in Helm 3
// (the field dotted, `(root)` at the top), santhosh-tekuri/jsonschema v6's
// `at '/pointer': message` in Helm 4.
import type { SchemaFailure } from './schema.js';

const q3 = (v: unknown): string => JSON.stringify(v);

function describe3(f: SchemaFailure, field: string): string {
  const p = f.params as Record<string, unknown>;
  switch (f.keyword) {
    case 'type':
      return `Invalid type. Expected: ${(p.expected as string[]).join(', ')}, given: ${p.given as string}`;
    case 'enum':
      return `${field} must be one of the following: ${(p.allowed as unknown[]).map(q3).join(', ')}`;
    case 'const':
      return `${field} does not match: ${q3(p.allowed)}`;
    case 'required':
      return `${(p.missing as string[])[0]!} is required`;
    case 'additionalProperties':
      return `Additional property ${(p.extra as string[])[0]!} is not allowed`;
    case 'minimum':
      return `Must be greater than or equal to ${String(p.limit)}`;
    case 'maximum':
      return `Must be less than or equal to ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `Must be greater than ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `Must be less than ${String(p.limit)}`;
    case 'multipleOf':
      return `Must be a multiple of ${String(p.limit)}`;
    case 'minLength':
      return `String length must be greater than or equal to ${String(p.limit)}`;
    case 'maxLength':
      return `String length must be less than or equal to ${String(p.limit)}`;
    case 'pattern':
      return `Does not match pattern '${p.pattern as string}'`;
    case 'minItems':
      return `Array must have at least ${String(p.limit)} items`;
    case 'maxItems':
      return `Array must have at most ${String(p.limit)} items`;
    case 'uniqueItems':
      return `array items[${String(p.i)},${String(p.j)}] must be unique`;
    case 'minProperties':
      return `Must have at least ${String(p.limit)} properties`;
    case 'maxProperties':
      return `Must have at most ${String(p.limit)} properties`;
    case 'allOf':
      return 'Must validate all the schemas (allOf)';
    case 'anyOf':
      return 'Must validate at least one schema (anyOf)';
    case 'oneOf':
      return 'Must validate one and only one schema (oneOf)';
    case 'not':
      return 'Must not validate the schema (not)';
    case 'then':
      return 'Must validate "then" as "if" was valid';
    case 'else':
      return 'Must validate "else" as "if" was not valid';
    default:
      return 'False always fails validation';
  }
}

/** Helm 3's list: one `- field: description` line per failure (each missing or extra key its own). */
export function schemaFailure3(failures: readonly SchemaFailure[]): string {
  let out = '';
  for (const f of failures) {
    const field = f.path.length === 0 ? '(root)' : f.path.join('.');
    const p = f.params as Record<string, unknown>;
    const many =
      f.keyword === 'required'
        ? (p.missing as string[])
        : f.keyword === 'additionalProperties'
          ? (p.extra as string[])
          : undefined;
    if (many !== undefined) {
      for (const k of many) {
        const one = { ...f, params: { missing: [k], extra: [k] } };
        out += `- ${field}: ${describe3(one, field)}\n`;
      }
    } else out += `- ${field}: ${describe3(f, field)}\n`;
  }
  return out;
}

const q4 = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

function describe4(f: SchemaFailure): string | undefined {
  const p = f.params as Record<string, unknown>;
  switch (f.keyword) {
    case 'type':
      return `got ${p.given === 'integer' ? 'number' : (p.given as string)}, want ${(p.expected as string[]).join(' or ')}`;
    case 'enum':
      return `value must be one of ${(p.allowed as unknown[]).map(q4).join(', ')}`;
    case 'const':
      return `value must be ${q4(p.allowed)}`;
    case 'required': {
      const m = p.missing as string[];
      return m.length === 1
        ? `missing property ${q4(m[0])}`
        : `missing properties ${m.map(q4).join(', ')}`;
    }
    case 'additionalProperties':
      return `additional properties ${(p.extra as string[]).map(q4).join(', ')} not allowed`;
    case 'minimum':
      return `minimum: got ${String(p.value)}, want ${String(p.limit)}`;
    case 'maximum':
      return `maximum: got ${String(p.value)}, want ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `exclusiveMinimum: got ${String(p.value)}, want ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `exclusiveMaximum: got ${String(p.value)}, want ${String(p.limit)}`;
    case 'multipleOf':
      return `${String(p.value)} not multipleOf ${String(p.limit)}`;
    case 'minLength':
      return `minLength: got ${String(p.value)}, want ${String(p.limit)}`;
    case 'maxLength':
      return `maxLength: got ${String(p.value)}, want ${String(p.limit)}`;
    case 'pattern':
      return `'${p.value as string}' does not match pattern '${p.pattern as string}'`;
    case 'minItems':
      return `minItems: got ${String(p.value)}, want ${String(p.limit)}`;
    case 'maxItems':
      return `maxItems: got ${String(p.value)}, want ${String(p.limit)}`;
    case 'uniqueItems':
      return `items at ${String(p.i)} and ${String(p.j)} are equal`;
    case 'allOf':
      return undefined; // v6 reports the failing subschemas' own errors
    case 'anyOf':
      return 'anyOf failed';
    case 'oneOf':
      return 'oneOf failed, none matched';
    case 'not':
      return 'not failed';
    case 'then':
    case 'else':
      return undefined;
    default:
      return 'false schema';
  }
}

/** Helm 4's list: `- at '/pointer': message` per failure. */
export function schemaFailure4(failures: readonly SchemaFailure[]): string {
  let out = '';
  for (const f of failures) {
    const text = describe4(f);
    if (text === undefined) continue;
    const pointer = f.path.map((s) => `/${s.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
    out += `- at '${pointer}': ${text}\n`;
  }
  return out;
}
