// Maintainer tool: derives the facts of generator/upstream/facts.ts from reference CRDs.
//
//   npx tsx scripts/derive-upstream-facts.ts API.ts REFERENCE.yaml CRD-NAME SCHEMA-PATH REF-PATH
//
// It builds API.ts with the current facts, walks the result beside the reference schema (at
// REF-PATH, e.g. spec.podOverrides, in the CRD named CRD-NAME), and prints, for every keyword
// that still differs, the fact that would remove the difference, attributed to the upstream type
// that declares the field. Review the output before adding it to facts.ts: a fact is a claim about
// upstream Kubernetes, and the parity test holds the table to the reference.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { readTypes } from '../generator/read/read-types.js';
import { buildContext, buildDefinition } from '../generator/schema/build.js';
import type { Provenance } from '../generator/schema/draft.js';
import type { JSONSchemaProps } from '../generator/schema/json-schema-props.js';
import { upstreamOverlay } from '../generator/upstream/facts.js';

const [entry, referenceFile, crdName, rootType, refPath] = process.argv.slice(2);
if (refPath === undefined) {
  console.error('usage: derive-upstream-facts API.ts REFERENCE.yaml CRD-NAME ROOT-TYPE REF-PATH');
  process.exit(2);
}
const graph = readTypes({ entry: entry! });
const context = buildContext(graph.definitions, upstreamOverlay);
const ours = buildDefinition(rootType!, context);
const crd = parseAllDocuments(readFileSync(referenceFile!, 'utf8'))
  .map(
    (d) =>
      d.toJS() as {
        metadata?: { name?: string };
        spec: { versions: { schema: { openAPIV3Schema: JSONSchemaProps } }[] };
      },
  )
  .find((d) => d?.metadata?.name === crdName);
let theirs: JSONSchemaProps | undefined = crd?.spec.versions[0]?.schema.openAPIV3Schema;
for (const key of refPath!.split('.')) {
  theirs = theirs?.properties?.[key];
}
if (theirs === undefined) {
  throw new Error(`${refPath} not found in ${crdName}`);
}

type Facts = Map<string, Map<string, Record<string, unknown>>>;
const facts: Facts = new Map();
const conflicts: string[] = [];

function record(type: string, field: string, keyPath: readonly string[], value: unknown): void {
  const fields = facts.get(type) ?? new Map<string, Record<string, unknown>>();
  facts.set(type, fields);
  let fact = fields.get(field) ?? {};
  fields.set(field, fact);
  for (const step of keyPath.slice(0, -1)) {
    fact = (fact[step] ??= {}) as Record<string, unknown>;
  }
  const key = keyPath[keyPath.length - 1]!;
  if (key in fact && JSON.stringify(fact[key]) !== JSON.stringify(value)) {
    conflicts.push(
      `${type}.${field} ${keyPath.join('.')}: ${JSON.stringify(fact[key])} vs ${JSON.stringify(value)}`,
    );
  }
  fact[key] = value;
}

const keywords = [
  'type',
  'format',
  'default',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  'required',
] as const;

// Walks both schemas; `owner` is the nearest upstream object and `field` the property of it that
// the current node belongs to, with `nesting` the steps below that property (items, values).
function walk(
  a: JSONSchemaProps,
  b: JSONSchemaProps,
  provenance: Provenance,
  owner?: string,
  field?: string,
  nesting: string[] = [],
): void {
  const self = provenance.get(a)?.upstream;
  for (const keyword of keywords) {
    if (JSON.stringify(a[keyword]) === JSON.stringify(b[keyword])) {
      continue;
    }
    if (self !== undefined && (keyword === 'x-kubernetes-map-type' || keyword === 'required')) {
      record(self, '(self)', ['set', keyword], b[keyword]);
    } else if (owner !== undefined && field !== undefined) {
      record(owner, field, [...nesting, 'set', keyword], b[keyword] ?? null);
    } else {
      conflicts.push(`unattributed difference at ${keyword}`);
    }
  }
  for (const [key, child] of Object.entries(a.properties ?? {})) {
    const other = b.properties?.[key];
    if (other !== undefined) {
      walk(child, other, provenance, self ?? owner, key, []);
    }
  }
  if (a.items !== undefined && b.items !== undefined) {
    walk(a.items, b.items, provenance, owner, field, [...nesting, 'items']);
  }
  if (typeof a.additionalProperties === 'object' && typeof b.additionalProperties === 'object') {
    walk(a.additionalProperties, b.additionalProperties, provenance, owner, field, [
      ...nesting,
      'values',
    ]);
  }
}

walk(ours, theirs, context.provenance);
for (const [type, fields] of [...facts].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(
    `  '${type}': ${JSON.stringify(Object.fromEntries([...fields].sort(([a], [b]) => a.localeCompare(b))))},`,
  );
}
for (const conflict of conflicts) {
  console.error(`conflict: ${conflict}`);
}
