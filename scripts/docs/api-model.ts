import { readTypes } from '../../generator/read/read-types.js';
import { buildContext, buildDefinition } from '../../generator/schema/build.js';
import type { JSONSchemaProps } from '../../generator/schema/json-schema-props.js';
import { upstreamOverlay } from '../../generator/upstream/facts.js';

/** One field of a kind, as the API reference shows it. */
export interface FieldDoc {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly rules: readonly string[];
  readonly description: string;
  /** The upstream Kubernetes type documented elsewhere, when the field is one. */
  readonly upstream?: string;
}

/** One root kind and its fields. */
export interface KindDoc {
  readonly kind: string;
  readonly description: string;
  readonly fields: readonly FieldDoc[];
}

/**
 * The API reference's model: every root kind of the API and every field, with its type, whether
 * it is required, and its validation in words. Fields of upstream Kubernetes types stop at the
 * type's name: those are documented by Kubernetes.
 */
export function apiModel(entry: string, root: string): KindDoc[] {
  const graph = readTypes({ entry, root });
  const context = buildContext(graph.definitions, upstreamOverlay);
  const schemas = new Map(
    Object.keys(graph.definitions)
      .sort()
      .map((name) => [name, buildDefinition(name, context)]),
  );
  const kinds = [...context.typeMarkers]
    .filter(([, markers]) => markers.some((m) => m.definition.name === 'resource'))
    .map(([name]) => name)
    .sort();
  return kinds.map((kind) => {
    const schema = schemas.get(kind)!;
    const fields: FieldDoc[] = [];
    walk(schema, '', context.provenance, fields);
    return { kind, description: schema.description ?? '', fields };
  });
}

type Provenance = ReturnType<typeof buildContext>['provenance'];

function walk(
  schema: JSONSchemaProps,
  path: string,
  provenance: Provenance,
  out: FieldDoc[],
): void {
  const required = new Set(schema.required ?? []);
  for (const [name, child] of Object.entries(schema.properties ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    if (path === '' && ['apiVersion', 'kind', 'metadata'].includes(name)) {
      continue;
    }
    const childPath = path === '' ? name : `${path}.${name}`;
    const element =
      child.items ??
      (typeof child.additionalProperties === 'object' ? child.additionalProperties : undefined);
    const upstream =
      provenance.get(child)?.upstream ??
      (element === undefined ? undefined : provenance.get(element)?.upstream);
    out.push({
      path: childPath,
      type: typeName(child),
      required: required.has(name),
      rules: rulesInWords(child),
      description: (child.description ?? '').replace(/\s*\n\s*/g, ' '),
      ...(upstream === undefined ? {} : { upstream }),
    });
    if (upstream !== undefined) {
      continue;
    }
    if (child.properties !== undefined) {
      walk(child, childPath, provenance, out);
    } else if (element?.properties !== undefined) {
      walk(element, `${childPath}[]`, provenance, out);
    }
  }
}

function typeName(s: JSONSchemaProps): string {
  if (s['x-kubernetes-int-or-string'] === true) {
    return 'integer or string';
  }
  if (s.type === 'array') {
    return `array of ${s.items === undefined ? 'any' : typeName(s.items)}`;
  }
  if (s.type === 'object' && typeof s.additionalProperties === 'object') {
    return `map of ${typeName(s.additionalProperties)}`;
  }
  const base = s.type ?? 'any';
  return s.format === undefined ? base : `${base} (${s.format})`;
}

function rulesInWords(s: JSONSchemaProps): string[] {
  const rules: string[] = [];
  const add = (cond: unknown, text: string) => cond !== undefined && rules.push(text);
  add(s.default, `default ${JSON.stringify(s.default)}`);
  add(s.enum, `one of ${(s.enum ?? []).map((v) => JSON.stringify(v)).join(', ')}`);
  add(s.minimum, `at least ${s.minimum}${s.exclusiveMinimum === true ? ' (exclusive)' : ''}`);
  add(s.maximum, `at most ${s.maximum}${s.exclusiveMaximum === true ? ' (exclusive)' : ''}`);
  add(s.minLength, `at least ${s.minLength} characters`);
  add(s.maxLength, `at most ${s.maxLength} characters`);
  add(s.pattern, `matches \`${s.pattern}\``);
  add(s.minItems, `at least ${s.minItems} items`);
  add(s.maxItems, `at most ${s.maxItems} items`);
  add(
    s['x-kubernetes-list-map-keys'],
    `a list map keyed by ${(s['x-kubernetes-list-map-keys'] ?? []).join(', ')}`,
  );
  if (s['x-kubernetes-list-type'] === 'set') {
    rules.push('items are unique');
  }
  for (const rule of s['x-kubernetes-validations'] ?? []) {
    rules.push(`rule \`${rule.rule}\`${rule.message === undefined ? '' : `: ${rule.message}`}`);
  }
  return rules;
}
