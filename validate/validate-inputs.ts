/**
 * Input objects → one report each: the object's CRD is found by apiVersion and kind, its previous
 * version (for `--old`) by group, kind, namespace and name, and it is validated. An object of a
 * group no given CRD defines is skipped (a Deployment beside the Tasks); an unknown kind or version
 * of a known group is an error, as `no matches for kind` is from kubectl.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { errorString, jsonValue, type FieldErrorType } from './field-error.js';
import type { CrdSet } from './crd-set.js';
import { isObject, type JsonObject } from './json-value.js';
import type { InputObject } from './read-documents.js';
import { validateObject } from './validate-object.js';

/** One field error in a report. */
export interface ReportError {
  readonly type: FieldErrorType;
  readonly field: string;
  readonly value?: unknown;
  readonly detail: string;
  /** The line as the API server prints it: `field: Type: value: detail`. */
  readonly message: string;
  /** Where the field (or its nearest present ancestor) is in the file. */
  readonly line?: number;
}

/** One warning in a report. */
export interface ReportWarning {
  readonly message: string;
  readonly field?: string;
  readonly line?: number;
}

/** What became of one document (or one YAML problem). */
export interface DocumentReport {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly status: 'valid' | 'invalid' | 'skipped';
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly namespace?: string;
  readonly name?: string;
  readonly operation?: 'create' | 'update';
  /** Why the whole document failed or was skipped (no field errors then). */
  readonly message?: string;
  readonly errors: readonly ReportError[];
  readonly warnings: readonly ReportWarning[];
}

function text(o: JsonObject, k: string): string {
  const v = o[k];
  return typeof v === 'string' ? v : '';
}

function identity(o: JsonObject): {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
} {
  const meta = isObject(o['metadata']) ? o['metadata'] : {};
  return {
    apiVersion: text(o, 'apiVersion'),
    kind: text(o, 'kind'),
    namespace: text(meta, 'namespace'),
    name: text(meta, 'name') || text(meta, 'generateName'),
  };
}

function oldKey(o: JsonObject): string {
  const id = identity(o);
  const group = id.apiVersion.includes('/') ? id.apiVersion.split('/')[0] : '';
  return `${group}|${id.kind}|${id.namespace}|${id.name}`;
}

/** Validates every object; `old` holds the stored objects `--old` gave. */
export function validateInputs(
  objects: readonly InputObject[],
  crds: CrdSet,
  options: { readonly strict?: boolean; readonly old?: readonly InputObject[] } = {},
): DocumentReport[] {
  const olds = new Map((options.old ?? []).map((o) => [oldKey(o.object), o.object]));
  return objects.map((input) => validateInput(input, crds, options.strict === true, olds));
}

function validateInput(
  input: InputObject,
  crds: CrdSet,
  strict: boolean,
  olds: ReadonlyMap<string, JsonObject>,
): DocumentReport {
  const id = identity(input.object);
  const base = { file: input.file, line: input.line, ...id };
  if (id.apiVersion === '' || id.kind === '') {
    const missing = [
      id.apiVersion === '' ? 'apiVersion not set' : '',
      id.kind === '' ? 'kind not set' : '',
    ]
      .filter((m) => m !== '')
      .join(', ');
    return {
      ...base,
      status: 'invalid',
      message: `error validating data: [${missing}]`,
      errors: [],
      warnings: [],
    };
  }
  const crd = crds.find(id.apiVersion, id.kind);
  if (crd === undefined) {
    const group = id.apiVersion.includes('/') ? (id.apiVersion.split('/')[0] ?? '') : '';
    const known = group !== '' && crds.hasGroup(group);
    return {
      ...base,
      status: known ? 'invalid' : 'skipped',
      message: known
        ? `no matches for kind "${id.kind}" in version "${id.apiVersion}"`
        : `no CRD given for kind "${id.kind}" in version "${id.apiVersion}"`,
      errors: [],
      warnings: [],
    };
  }
  const old = olds.get(oldKey(input.object));
  const outcome = validateObject(input.object, crd, {
    strict,
    ...(old === undefined ? {} : { old }),
  });
  const warnings = outcome.warnings.map((w) => withLine(w, input));
  if (outcome.decodeError !== undefined) {
    const message = `${id.kind} in version "${crd.version}" cannot be handled as a ${id.kind}: ${outcome.decodeError}`;
    return {
      ...base,
      operation: outcome.operation,
      status: 'invalid',
      message,
      errors: [],
      warnings,
    };
  }
  const errors = outcome.errors.map((e) => {
    const value = jsonValue(e);
    const line = e.field === '<nil>' ? undefined : input.lineOf(e.field);
    return {
      type: e.type,
      field: e.field,
      ...(value === undefined ? {} : { value }),
      detail: e.detail,
      message: errorString(e),
      ...(line === undefined ? {} : { line }),
    };
  });
  const status = errors.length === 0 ? 'valid' : 'invalid';
  return { ...base, operation: outcome.operation, status, errors, warnings };
}

function withLine(w: { message: string; field?: string }, input: InputObject): ReportWarning {
  const line = w.field === undefined ? undefined : input.lineOf(w.field);
  return { ...w, ...(line === undefined ? {} : { line }) };
}

/** A diagnostic of an unreadable document as a report. */
export function diagnosticReport(d: Diagnostic): DocumentReport {
  return {
    file: d.file ?? '-',
    line: d.position?.line ?? 1,
    ...(d.position === undefined ? {} : { column: d.position.column }),
    status: 'invalid',
    message: d.message,
    errors: [],
    warnings: [],
  };
}
