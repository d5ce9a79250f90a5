/**
 * Field errors as k8s.io/apimachinery `pkg/util/validation/field` makes and prints them
 * (Kubernetes 1.33): `spec.replicas: Invalid value: "string": <detail>`. Paths are built with
 * `child`, `index` and `key` as `field.Path` builds them (`spec.volumes[2]`, `spec.env[FOO]`).
 */
import { goFloat, goQuote, goSharpV, isGoInt } from './go-format.js';

/** The machine-readable kind of a field error (Kubernetes' `field.ErrorType`). */
export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError'
  | 'FieldValueTypeInvalid';

/** Marks a value that the error does not print (`field.OmitValueType`). */
export const OMIT: unique symbol = Symbol('omit');

/** Marks a Go `int` (not int64): printed by `%#v`, which gives the same digits. */
export interface GoInt {
  readonly goInt: number;
}

/** One field error: type, path (`<nil>` for none), the bad value and a detail. */
export interface FieldError {
  readonly type: FieldErrorType;
  readonly field: string;
  readonly value: unknown;
  readonly detail: string;
}

const TYPE_TEXT: Readonly<Record<FieldErrorType, string>> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
  FieldValueTypeInvalid: 'Invalid value',
};

/** The path `field.NewPath(nil)` prints. */
export const NIL_PATH = '<nil>';

/** `parent.name` (or `name` at the root). */
export function child(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/** `parent[i]`. */
export function index(parent: string, i: number): string {
  return `${parent}[${i}]`;
}

/** `parent[key]`, as `field.Path.Key` prints a map key. */
export function key(parent: string, k: string): string {
  return `${parent}[${k}]`;
}

function make(type: FieldErrorType, field: string, value: unknown, detail: string): FieldError {
  return { type, field: field === '' ? NIL_PATH : field, value, detail };
}

/** `field.Invalid`. */
export function invalid(field: string, value: unknown, detail: string): FieldError {
  return make('FieldValueInvalid', field, value, detail);
}

/** `field.TypeInvalid`. */
export function typeInvalid(field: string, value: unknown, detail: string): FieldError {
  return make('FieldValueTypeInvalid', field, value, detail);
}

/** `field.Required`. */
export function required(field: string, detail: string): FieldError {
  return make('FieldValueRequired', field, '', detail);
}

/** `field.Forbidden`. */
export function forbidden(field: string, detail: string): FieldError {
  return make('FieldValueForbidden', field, '', detail);
}

/** `field.Duplicate`. */
export function duplicate(field: string, value: unknown): FieldError {
  return make('FieldValueDuplicate', field, value, '');
}

/** `field.NotSupported`: the detail lists the allowed values, each `%q`-quoted. */
export function notSupported(
  field: string,
  value: unknown,
  allowed: readonly string[],
): FieldError {
  const detail =
    allowed.length === 0 ? '' : `supported values: ${allowed.map((v) => goQuote(v)).join(', ')}`;
  return make('FieldValueNotSupported', field, value, detail);
}

/** `field.TooLong` (1.33 wording; the value is never printed). */
export function tooLong(field: string, maxLength: number): FieldError {
  const detail =
    maxLength >= 0
      ? `may not be more than ${maxLength} ${maxLength === 1 ? 'byte' : 'bytes'}`
      : 'value is too long';
  return make('FieldValueTooLong', field, '<value omitted>', detail);
}

/** `field.TooMany`. */
export function tooMany(field: string, actual: number, max: number): FieldError {
  const detail =
    max >= 0 ? `must have at most ${max} ${max === 1 ? 'item' : 'items'}` : 'has too many items';
  const value: unknown = actual >= 0 ? ({ goInt: actual } satisfies GoInt) : OMIT;
  return make('FieldValueTooMany', field, value, detail);
}

function isGoIntValue(v: unknown): v is GoInt {
  return typeof v === 'object' && v !== null && 'goInt' in v;
}

/** The value part of `ErrorBody`: `%v` for numbers and booleans, `%q` for strings, else `%#v`. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '"null"';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return isGoInt(value) ? String(value) : goFloat(value);
  if (isGoIntValue(value)) return String(value.goInt);
  return goSharpV(value);
}

/** `field.Error.ErrorBody()`: the message without the path. */
export function errorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  const bare =
    e.type === 'FieldValueRequired' ||
    e.type === 'FieldValueForbidden' ||
    e.type === 'FieldValueTooLong' ||
    e.type === 'InternalError' ||
    e.value === OMIT;
  if (!bare) s += `: ${valueText(e.value)}`;
  if (e.detail !== '') s += `: ${e.detail}`;
  return s;
}

/** `field.Error.Error()`: `path: body`. */
export function errorString(e: FieldError): string {
  return `${e.field}: ${errorBody(e)}`;
}

/** The bad value as plain JSON, for machine-readable output. */
export function jsonValue(e: FieldError): unknown {
  if (e.value === OMIT) return undefined;
  if (isGoIntValue(e.value)) return e.value.goInt;
  return e.value;
}
