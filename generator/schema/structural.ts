import type { Diagnostic } from '../../diagnostics/index.js';
import type { Provenance } from './draft.js';
import type { JSONSchemaProps } from './json-schema-props.js';
import { validateValue } from './value-check.js';
import { walkSchema } from './walk.js';

const numeric = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
] as const;
const stringy = ['minLength', 'maxLength', 'pattern'] as const;
const listy = [
  'minItems',
  'maxItems',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
] as const;
const mappy = ['minProperties', 'maxProperties'] as const;

/**
 * Checks a CRD version's schema against the API server's rules for structural schemas and our
 * markers' prerequisites. Every problem is reported at the declaration or marker responsible.
 */
export function checkStructural(
  root: JSONSchemaProps,
  provenance: Provenance,
  kind: string,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (
    node: JSONSchemaProps,
    keyword: string | undefined,
    path: string,
    message: string,
  ) => {
    const origin = provenance.get(node);
    const location =
      (keyword === undefined ? undefined : origin?.origins.get(keyword)) ?? origin?.location;
    problems.push({
      code: 'schema-invalid',
      message: `${kind}${path === '' ? '' : ` ${path.slice(1)}`}: ${message}`,
      ...(location === undefined
        ? {}
        : { file: location.file, position: { line: location.line, column: location.column } }),
    });
  };
  walkSchema(root, (node, path) => {
    if (!inAnyOf(path)) {
      checkNode(node, path, path === '', provenance, report);
    }
  });
  return problems;
}

type Report = (
  node: JSONSchemaProps,
  keyword: string | undefined,
  path: string,
  message: string,
) => void;

function inAnyOf(path: string): boolean {
  return /\.(anyOf|allOf|oneOf)\[\d+\]$/.test(path);
}

function checkNode(
  node: JSONSchemaProps,
  path: string,
  isRoot: boolean,
  provenance: Provenance,
  report: Report,
): void {
  const preserve = node['x-kubernetes-preserve-unknown-fields'] === true;
  const intOrString = node['x-kubernetes-int-or-string'] === true;
  const pending = provenance.get(node)?.pending;
  if (pending !== undefined) {
    report(node, undefined, path, pending);
    return;
  }
  if (node.type === undefined && !intOrString && !(preserve && !isRoot)) {
    report(node, undefined, path, 'the schema has no type');
    return;
  }
  if (intOrString && (node.type !== undefined || !isIntOrStringAnyOf(node.anyOf))) {
    report(
      node,
      'x-kubernetes-int-or-string',
      path,
      'int-or-string must be anyOf [integer, string] with no type',
    );
  }
  const type = node.type;
  if (type !== 'integer' && type !== 'number' && !intOrString) {
    misplaced(node, numeric, path, 'a number', report);
  }
  if (type !== 'string' && !intOrString) {
    misplaced(node, stringy, path, 'a string', report);
  }
  if (type !== 'array') {
    misplaced(node, listy, path, 'an array', report);
  }
  if (type !== 'object') {
    misplaced(
      node,
      [...mappy, 'x-kubernetes-map-type', 'x-kubernetes-embedded-resource'],
      path,
      'an object',
      report,
    );
  }
  if (node.properties !== undefined && node.additionalProperties !== undefined) {
    report(
      node,
      undefined,
      path,
      'properties and additionalProperties cannot both be set (an interface with an index signature)',
    );
  }
  if (node.uniqueItems === true) {
    report(
      node,
      'uniqueItems',
      path,
      'uniqueItems is refused by the API server; use @k8s:listType set',
    );
  }
  if (type === 'array') {
    checkList(node, path, report);
  }
  checkValues(node, path, report);
}

function misplaced(
  node: JSONSchemaProps,
  keywords: readonly string[],
  path: string,
  what: string,
  report: Report,
): void {
  for (const keyword of keywords) {
    if ((node as Record<string, unknown>)[keyword] !== undefined) {
      report(
        node,
        keyword,
        path,
        `${keyword} applies only to ${what}, and this is ${describeType(node)}`,
      );
    }
  }
}

function describeType(node: JSONSchemaProps): string {
  return node.type === undefined ? 'untyped' : `of type ${node.type}`;
}

function isIntOrStringAnyOf(anyOf: JSONSchemaProps[] | undefined): boolean {
  const types = anyOf
    ?.map((s) => s.type)
    .sort()
    .join(',');
  return types === 'integer,string';
}

const scalar = new Set(['string', 'integer', 'number', 'boolean']);

// listType map needs object items whose key fields are scalars, required or defaulted; set needs
// scalar items; list map keys need listType map (the API server's own rules).
function checkList(node: JSONSchemaProps, path: string, report: Report): void {
  const listType = node['x-kubernetes-list-type'];
  const keys = node['x-kubernetes-list-map-keys'];
  if (keys !== undefined && listType !== 'map') {
    report(node, 'x-kubernetes-list-map-keys', path, 'listMapKey needs @k8s:listType map');
  }
  const items = node.items;
  if (listType === 'map') {
    if (keys === undefined || keys.length === 0) {
      report(
        node,
        'x-kubernetes-list-type',
        path,
        'listType map needs at least one @k8s:listMapKey',
      );
    } else if (items?.type !== 'object') {
      report(node, 'x-kubernetes-list-type', path, 'listType map needs items that are objects');
    } else {
      for (const key of keys) {
        const field = items.properties?.[key];
        if (field === undefined) {
          report(
            node,
            'x-kubernetes-list-map-keys',
            path,
            `list map key ${key} is not a field of the items`,
          );
        } else if (
          !scalar.has(String(field.type)) &&
          field['x-kubernetes-int-or-string'] !== true
        ) {
          report(node, 'x-kubernetes-list-map-keys', path, `list map key ${key} must be a scalar`);
        } else if (!(items.required ?? []).includes(key) && field.default === undefined) {
          report(
            node,
            'x-kubernetes-list-map-keys',
            path,
            `list map key ${key} must be required or have a default`,
          );
        }
      }
    }
  }
  if (listType === 'set' && items !== undefined && !scalar.has(String(items.type))) {
    report(node, 'x-kubernetes-list-type', path, 'listType set needs scalar items');
  }
}

// Enum values and defaults must themselves be valid against the node's schema.
function checkValues(node: JSONSchemaProps, path: string, report: Report): void {
  for (const [i, value] of (node.enum ?? []).entries()) {
    const { enum: _enum, default: _default, ...shape } = node;
    const problem = validateValue(value, shape);
    if (problem !== undefined) {
      report(
        node,
        'enum',
        path,
        `enum value ${i + 1} (${JSON.stringify(value)}) is invalid: ${problem}`,
      );
    }
  }
  if (node.default !== undefined) {
    const { default: _default, ...shape } = node;
    const problem = validateValue(node.default, shape);
    if (problem !== undefined) {
      report(
        node,
        'default',
        path,
        `the default ${JSON.stringify(node.default)} is invalid: ${problem}`,
      );
    }
  }
}
