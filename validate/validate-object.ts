/**
 * One custom resource through the API server's create (or, with an old object, update) path, in
 * its order (apiextensions-apiserver `customresource_handler.go` and `strategy.go`): decode
 * (metadata read, unknown fields pruned, nulls pruned, defaults applied; with `strict` an unknown
 * field fails the request), status reset when the status subresource is on, then metadata,
 * schema, embedded resources, list types and, unless an earlier error blocks them, CEL rules.
 */
import type { FieldError } from './field-error.js';
import { errorString, invalid } from './field-error.js';
import { runRules } from './cel-rules.js';
import type { CrdVersion } from './crd-set.js';
import { applyDefaults, pruneNulls } from './defaults.js';
import { cloneJson, isObject, type JsonObject } from './json-value.js';
import { validateListTypes } from './list-types.js';
import {
  customResourceName,
  readMetadata,
  validateEmbeddedResources,
  validateObjectMeta,
} from './metadata.js';
import { NO_OLD } from './old-value.js';
import { pruneUnknownFields } from './prune.js';
import { validateSchema } from './schema-validate.js';

/** A warning the server would send back (`Warning: …` in kubectl); `field` when it has one. */
export interface ValidationWarning {
  readonly message: string;
  readonly field?: string;
}

/** The outcome for one object. */
export interface ObjectOutcome {
  readonly operation: 'create' | 'update';
  /** The request failed before validation (`… cannot be handled as a Task: …`). */
  readonly decodeError?: string;
  /** Field errors, in the server's order; empty when the object is valid. */
  readonly errors: readonly FieldError[];
  readonly warnings: readonly ValidationWarning[];
}

/** How to validate. */
export interface ValidateOptions {
  /** Unknown fields fail the request, as `kubectl --validate=strict`. Default false. */
  readonly strict?: boolean;
  /** The object as stored before this update; absent means a create. */
  readonly old?: JsonObject;
}

// Required, Unsupported, Too long, Too many and type errors stop CEL rules from running.
const BLOCKING = new Set([
  'FieldValueNotSupported',
  'FieldValueRequired',
  'FieldValueTooLong',
  'FieldValueTooMany',
  'FieldValueTypeInvalid',
]);

/** The notice the server adds when blocking errors kept the CEL rules from running. */
export const RULES_NOT_CHECKED = invalid(
  '',
  null,
  'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
);

interface Decoded {
  readonly object: JsonObject;
  readonly unknownFields: string[];
  readonly decodeError?: string;
}

/** The decode step: metadata read, pruning, null pruning and defaulting, on a copy. */
export function decode(input: JsonObject, crd: CrdVersion): Decoded {
  const object = cloneJson(input);
  const meta = readMetadata(object);
  if (meta.decodeError !== undefined) {
    return { object, unknownFields: meta.unknownFields, decodeError: meta.decodeError };
  }
  const pruned = pruneUnknownFields(object, crd.schema);
  pruneNulls(object, crd.schema);
  applyDefaults(object, crd.schema);
  return { object, unknownFields: [...meta.unknownFields, ...pruned] };
}

/** Validates one object of `crd`'s kind. */
export function validateObject(
  input: JsonObject,
  crd: CrdVersion,
  options: ValidateOptions = {},
): ObjectOutcome {
  const operation = options.old === undefined ? 'create' : 'update';
  const decoded = decode(input, crd);
  const unknown = decoded.unknownFields.map((f) => `unknown field "${f}"`);
  if (decoded.decodeError !== undefined) {
    return { operation, decodeError: decoded.decodeError, errors: [], warnings: [] };
  }
  if (options.strict === true && unknown.length > 0) {
    return {
      operation,
      decodeError: `strict decoding error: ${unknown.join(', ')}`,
      errors: [],
      warnings: [],
    };
  }
  const warnings: ValidationWarning[] = decoded.unknownFields.map((f) => ({
    message: `unknown field "${f}"`,
    field: f,
  }));
  const obj = decoded.object;
  const old = options.old === undefined ? undefined : decode(options.old, crd).object;
  if (crd.statusSubresource) {
    // PrepareForCreate drops status; PrepareForUpdate keeps the stored one.
    if (old !== undefined && Object.hasOwn(old, 'status')) obj['status'] = old['status'];
    else delete obj['status'];
  }
  const errors = checks(obj, old, crd, warnings);
  return { operation, errors, warnings };
}

function checks(
  obj: JsonObject,
  old: JsonObject | undefined,
  crd: CrdVersion,
  warnings: ValidationWarning[],
): FieldError[] {
  const oldValue = old ?? NO_OLD;
  const meta = isObject(obj['metadata']) ? obj['metadata'] : {};
  const errors: FieldError[] = [];
  errors.push(...validateObjectMeta(meta, crd.namespaced, customResourceName, 'metadata'));
  if (!crd.namespaced && errors.some((e) => e.field === 'metadata.namespace')) {
    // The server clears the namespace of a cluster-scoped object before it validates.
    const at = errors.findIndex((e) => e.field === 'metadata.namespace');
    errors.splice(at, 1);
    warnings.push({
      message: 'metadata.namespace: ignored: the kind is cluster-scoped',
      field: 'metadata.namespace',
    });
  }
  const schema = validateSchema(obj, crd.schema, oldValue);
  errors.push(...schema.errors);
  for (const e of schema.ratcheted) warnings.push(ratchetWarning(e));
  errors.push(...validateEmbeddedResources(obj, crd.schema));
  // On update, list-type errors count only if the old object had none (ratcheting).
  if (old === undefined || validateListTypes(old, crd.schema).length === 0) {
    errors.push(...validateListTypes(obj, crd.schema));
  }
  const rules = crd.rules;
  if (rules !== undefined) {
    if (errors.some((e) => BLOCKING.has(e.type))) errors.push(RULES_NOT_CHECKED);
    else {
      const r = runRules(rules, obj, oldValue);
      errors.push(...r.errors);
      for (const e of r.ratcheted) warnings.push(ratchetWarning(e));
    }
  }
  return errors;
}

// A failure on a value unchanged since the old object is ratcheted: sent back as a warning.
function ratchetWarning(e: FieldError): ValidationWarning {
  return { message: errorString(e), field: e.field };
}
