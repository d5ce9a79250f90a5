/**
 * Structural-schema validation with kube-openapi's checks and messages, converted to field errors
 * as apiextensions-apiserver `validation.ValidateCustomResource` converts them. Per node, in
 * kube-openapi's order: type, anyOf/oneOf/allOf/not, string bounds and pattern (RE2), format,
 * number bounds, array items then bounds, enum, object bounds, values, required. Messages name the
 * node by kube-openapi's path (`spec.volumes[0].name`, map values as `spec.limits.cpu`).
 *
 * On update, errors under a node equal to its correlated old value are ratcheted (reported as
 * warnings), as CRDValidationRatcheting does.
 */
import { compileRe2 } from '../generator/cel/shared.js';
import type { JSONSchemaProps } from '../generator/schema/json-schema-props.js';
import {
  invalid,
  notSupported,
  required,
  tooLong,
  tooMany,
  typeInvalid,
  type FieldError,
} from './field-error.js';
import { formatCheck } from './formats.js';
import { goFloat, goQuote } from './go-format.js';
import { deepEqual, goJson, isObject, jsonType } from './json-value.js';
import { NO_OLD, oldField, oldItem, type Old } from './old-value.js';

/** What schema validation found: errors, and errors ratcheted away on update. */
export interface SchemaResult {
  readonly errors: FieldError[];
  readonly ratcheted: FieldError[];
}

/** Validates `value` (the whole object) against a CRD version's openAPIV3Schema. */
export function validateSchema(value: unknown, schema: JSONSchemaProps, old: Old): SchemaResult {
  const out: SchemaResult = { errors: [], ratcheted: [] };
  validateNode(value, schema, '', old, out);
  return out;
}

// kube-openapi names a node `path in body`; the field error's path is the same string.
function where(path: string): string {
  return `${path} in body`;
}

function validateNode(
  v: unknown,
  s: JSONSchemaProps,
  path: string,
  old: Old,
  out: SchemaResult,
): void {
  // Ratcheting: a node equal to its old value may keep whatever errors it already had.
  if (old !== NO_OLD && deepEqual(v, old)) {
    const inner: SchemaResult = { errors: [], ratcheted: [] };
    validateNode(v, s, path, NO_OLD, inner);
    out.ratcheted.push(...inner.errors, ...inner.ratcheted);
    return;
  }
  const errs = out.errors;
  if (v === null || v === undefined) {
    checkType(null, s, path, errs);
    checkEnum(null, s, path, errs);
    return;
  }
  checkType(v, s, path, errs);
  checkCombinators(v, s, path, errs);
  if (typeof v === 'string') {
    checkString(v, s, path, errs);
    checkFormat(v, s, path, errs);
  }
  if (typeof v === 'number') checkNumber(v, s, path, errs);
  if (Array.isArray(v)) checkArray(v, s, path, old, out);
  checkEnum(v, s, path, errs);
  if (isObject(v)) checkObject(v, s, path, old, out);
}

/** The types a node allows: int-or-string becomes `integer,string`, as the server converts it. */
function typesOf(s: JSONSchemaProps): string[] {
  if (s['x-kubernetes-int-or-string'] === true) return ['integer', 'string'];
  return s.type === undefined ? [] : [s.type];
}

/** A format the server keeps (unsupported ones are stripped before validation). */
function keptFormat(s: JSONSchemaProps): string {
  return s.format !== undefined && formatCheck(s.format) !== undefined ? s.format : '';
}

function typeError(path: string, typeName: string, got: string): FieldError {
  return typeInvalid(path, got, `${where(path)} must be of type ${typeName}: ${goQuote(got)}`);
}

// kube-openapi's typeValidator, quirks included: with a format, any non-string, non-array value
// of another type is reported against the format name and the data's Go format (`int64`).
function checkType(v: unknown, s: JSONSchemaProps, path: string, errs: FieldError[]): void {
  const types = typesOf(s);
  const format = keptFormat(s);
  if (types.length === 0 && format === '') return;
  if (v === null) {
    if (types.length > 0 && s.nullable !== true)
      errs.push(typeError(path, types.join(','), 'null'));
    return;
  }
  const t = jsonType(v);
  const dataFormat = t === 'integer' ? 'int64' : t === 'number' ? 'float64' : '';
  const intAsNumber = t === 'integer' && types.includes('number');
  const fits = types.includes(t) || intAsNumber;
  const numeric = types.includes('integer') || types.includes('number');
  if (t !== 'string' && t !== 'array' && format !== '' && !(fits || dataFormat === format)) {
    errs.push(typeError(path, format, dataFormat));
    return;
  }
  if (!numeric && format !== '' && (t === 'string' || t === 'array')) return;
  if (!fits) errs.push(typeError(path, types.join(','), t));
}

function checkString(v: string, s: JSONSchemaProps, path: string, errs: FieldError[]): void {
  // Go counts runes.
  const length = s.maxLength !== undefined || s.minLength !== undefined ? [...v].length : 0;
  if (s.maxLength !== undefined && length > s.maxLength) errs.push(tooLong(path, s.maxLength));
  if (s.minLength !== undefined && length < s.minLength) {
    errs.push(invalid(path, v, `${where(path)} should be at least ${s.minLength} chars long`));
  }
  if (s.pattern !== undefined && !compileRe2(s.pattern).test(v)) {
    errs.push(invalid(path, v, `${where(path)} should match '${s.pattern}'`));
  }
}

function checkFormat(v: string, s: JSONSchemaProps, path: string, errs: FieldError[]): void {
  const format = keptFormat(s);
  if (format === '' || formatCheck(format)?.(v) !== false) return;
  errs.push(typeError(path, format, v));
}

function checkNumber(v: number, s: JSONSchemaProps, path: string, errs: FieldError[]): void {
  const w = where(path);
  if (s.multipleOf !== undefined && !Number.isInteger(v / s.multipleOf)) {
    errs.push(invalid(path, v, `${w} should be a multiple of ${goFloat(s.multipleOf)}`));
  }
  if (s.maximum !== undefined) {
    const exclusive = s.exclusiveMaximum === true;
    if (exclusive ? v >= s.maximum : v > s.maximum) {
      const rel = exclusive ? 'less than' : 'less than or equal to';
      errs.push(invalid(path, v, `${w} should be ${rel} ${goFloat(s.maximum)}`));
    }
  }
  if (s.minimum !== undefined) {
    const exclusive = s.exclusiveMinimum === true;
    if (exclusive ? v <= s.minimum : v < s.minimum) {
      const rel = exclusive ? 'greater than' : 'greater than or equal to';
      errs.push(invalid(path, v, `${w} should be ${rel} ${goFloat(s.minimum)}`));
    }
  }
}

function checkArray(v: unknown[], s: JSONSchemaProps, path: string, old: Old, out: SchemaResult) {
  if (s.items !== undefined) {
    const items = s.items;
    v.forEach((item, i) => validateNode(item, items, `${path}[${i}]`, oldItem(old, s, item), out));
  }
  if (s.minItems !== undefined && v.length < s.minItems) {
    const msg = `${where(path)} should have at least ${s.minItems} items`;
    out.errors.push(invalid(path, v.length, msg));
  }
  if (s.maxItems !== undefined && v.length > s.maxItems) {
    out.errors.push(tooMany(path, v.length, s.maxItems));
  }
}

function checkEnum(v: unknown, s: JSONSchemaProps, path: string, errs: FieldError[]): void {
  if (s.enum === undefined || s.enum.length === 0) return;
  if (s.enum.some((e) => deepEqual(e, v))) return;
  const allowed = s.enum.map((e) => (typeof e === 'string' ? e : goJson(e)));
  errs.push(notSupported(path, v, allowed));
}

function checkObject(
  v: Record<string, unknown>,
  s: JSONSchemaProps,
  path: string,
  old: Old,
  out: SchemaResult,
): void {
  const size = Object.keys(v).length;
  // kube-openapi stops at a property-count failure and checks nothing inside.
  if (s.minProperties !== undefined && size < s.minProperties) {
    const msg = `${where(path)} should have at least ${s.minProperties} properties`;
    out.errors.push(invalid(path, size, msg));
    return;
  }
  if (s.maxProperties !== undefined && size > s.maxProperties) {
    out.errors.push(tooMany(path, size, s.maxProperties));
    return;
  }
  const props = s.properties ?? {};
  const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  for (const [k, value] of Object.entries(v)) {
    const sub = Object.hasOwn(props, k) ? props[k] : extra;
    if (sub !== undefined)
      validateNode(value, sub, path === '' ? k : `${path}.${k}`, oldField(old, k), out);
  }
  for (const k of s.required ?? []) {
    if (!Object.hasOwn(v, k)) out.errors.push(required(path === '' ? k : `${path}.${k}`, ''));
  }
}

/** Errors of `v` against one sub-schema of a combinator (no ratcheting inside, as upstream). */
function subErrors(v: unknown, s: JSONSchemaProps, path: string): FieldError[] {
  const r: SchemaResult = { errors: [], ratcheted: [] };
  validateNode(v, s, path, NO_OLD, r);
  return r.errors;
}

// Combinator failures are plain errors to the API server, not kube-openapi validations: they
// print with the nil path and an empty value (`<nil>: Invalid value: "": "spec.x" must …`).
function composite(message: string): FieldError {
  return invalid('', '', message);
}

function fewest(results: FieldError[][]): FieldError[] {
  return results.reduce((best, r) => (r.length < best.length ? r : best));
}

function checkCombinators(v: unknown, s: JSONSchemaProps, path: string, errs: FieldError[]): void {
  if (
    s.anyOf === undefined &&
    s.oneOf === undefined &&
    s.allOf === undefined &&
    s.not === undefined
  ) {
    return;
  }
  const q = goQuote(path);
  if (s.anyOf !== undefined && s.anyOf.length > 0) {
    const results = s.anyOf.map((sub) => subErrors(v, sub, path));
    if (!results.some((r) => r.length === 0)) {
      errs.push(composite(`${q} must validate at least one schema (anyOf)`), ...fewest(results));
    }
  }
  if (s.oneOf !== undefined && s.oneOf.length > 0) {
    const results = s.oneOf.map((sub) => subErrors(v, sub, path));
    const valid = results.filter((r) => r.length === 0).length;
    if (valid !== 1) {
      const found = valid === 0 ? 'Found none valid' : `Found ${valid} valid alternatives`;
      errs.push(composite(`${q} must validate one and only one schema (oneOf). ${found}`));
      if (valid === 0) errs.push(...fewest(results));
    }
  }
  if (s.allOf !== undefined && s.allOf.length > 0) {
    const results = s.allOf.map((sub) => subErrors(v, sub, path));
    const valid = results.filter((r) => r.length === 0).length;
    if (valid !== results.length) {
      const none = valid === 0 ? '. None validated' : '';
      errs.push(composite(`${q} must validate all the schemas (allOf)${none}`), ...results.flat());
    }
  }
  if (s.not !== undefined && subErrors(v, s.not, path).length === 0) {
    errs.push(composite(`${q} must not validate the schema (not)`));
  }
}
