import type { Diagnostic } from '../../diagnostics/index.js';
import { collectMarkers } from '../markers/collect.js';
import type { Marker, MarkerTarget } from '../markers/definition.js';
import type { JsonSchema } from '../read/json-schema.js';
import {
  diagnosticAt,
  sourceInfoKey,
  type SourceInfo,
  type SourceLocation,
} from '../read/source-info.js';
import { applyFact, type UpstreamOverlay } from '../upstream/overlay.js';
import { cloneSchema, draft, type Draft, type Provenance } from './draft.js';
import type { JSONSchemaProps } from './json-schema-props.js';

/** What building needs: the read definitions, the overlay of upstream facts, and sinks. */
export interface BuildContext {
  readonly definitions: Readonly<Record<string, JsonSchema>>;
  readonly overlay: UpstreamOverlay;
  readonly diagnostics: Diagnostic[];
  readonly provenance: Provenance;
  /** Resource markers found on each definition (the CRD builder reads those of root kinds). */
  readonly typeMarkers: Map<string, Marker[]>;
  readonly built: Map<string, JSONSchemaProps>;
}

/** A new context over the read definitions. */
export function buildContext(
  definitions: Readonly<Record<string, JsonSchema>>,
  overlay: UpstreamOverlay,
): BuildContext {
  return {
    definitions,
    overlay,
    diagnostics: [],
    provenance: new WeakMap(),
    typeMarkers: new Map(),
    built: new Map(),
  };
}

const unknownLocation: SourceLocation = { file: '<generated>', line: 1, column: 1 };

/**
 * The structural schema of one definition, with every reference inlined (CRDs forbid `$ref`) and
 * every marker applied: the type's markers on the type's node, a property's markers on top of
 * them where the property uses it. Built once per definition and copied for each use.
 */
export function buildDefinition(
  name: string,
  context: BuildContext,
  stack: readonly string[] = [],
): JSONSchemaProps {
  const done = context.built.get(name);
  if (done !== undefined) {
    return cloneSchema(done, context.provenance);
  }
  const source = context.definitions[name];
  if (source === undefined) {
    throw new Error(`no definition named ${name}`);
  }
  const schema = buildNode(source, context, [...stack, name], 'type', name);
  context.built.set(name, schema);
  return cloneSchema(schema, context.provenance);
}

function buildNode(
  node: JsonSchema,
  context: BuildContext,
  stack: readonly string[],
  target: MarkerTarget,
  definitionName?: string,
  parentLocation: SourceLocation = unknownLocation,
): JSONSchemaProps {
  const info = node[sourceInfoKey] as SourceInfo | undefined;
  const location = info?.location ?? parentLocation;
  if (info?.unsupported !== undefined) {
    const schema: JSONSchemaProps = {};
    draft(schema, location, context.provenance).pending = info.unsupported;
    return schema;
  }
  const result =
    node.$ref !== undefined
      ? referenced(node.$ref, location, context, stack)
      : shape(node, location, context, stack);
  const current = context.provenance.get(result) ?? draft(result, location, context.provenance);
  if (info !== undefined) {
    current.location = info.location;
    applyInfo(current, info, target, context, definitionName);
  }
  return result;
}

function referenced(
  ref: string,
  location: SourceLocation,
  context: BuildContext,
  stack: readonly string[],
): JSONSchemaProps {
  const name = decodeURIComponent(ref.replace(/^#\/definitions\//, ''));
  if (stack.includes(name)) {
    const schema: JSONSchemaProps = {};
    const cycle = [...stack.slice(stack.indexOf(name)), name].join(' → ');
    draft(schema, location, context.provenance).pending =
      `${cycle}: a CRD schema cannot be recursive`;
    return schema;
  }
  return buildDefinition(name, context, stack);
}

function applyInfo(
  current: Draft,
  info: SourceInfo,
  target: MarkerTarget,
  context: BuildContext,
  definitionName?: string,
): void {
  if (info.description !== undefined) {
    current.schema.description = info.description;
  }
  if (target === 'type' && info.upstream !== undefined) {
    const fact = context.overlay[info.upstream]?.self;
    if (fact !== undefined) {
      applyFact(current.schema, fact);
      if (fact.replace !== undefined) {
        delete current.pending;
      }
    }
  }
  const markers = collectMarkers(info.markers, target, context.diagnostics);
  if (definitionName !== undefined) {
    context.typeMarkers.set(definitionName, markers);
  }
  for (const marker of markers) {
    marker.definition.apply?.(current, marker.value, {
      location: marker.location,
      report: (message) =>
        context.diagnostics.push(diagnosticAt(marker.location, 'marker-invalid', message)),
    });
  }
}

// The shape of a node that is not a reference: its type and its children.
function shape(
  node: JsonSchema,
  location: SourceLocation,
  context: BuildContext,
  stack: readonly string[],
): JSONSchemaProps {
  const variants =
    node.anyOf ??
    (Array.isArray(node.type) ? node.type.map((type) => ({ ...node, type })) : undefined);
  if (variants !== undefined) {
    return union(variants, node, location, context, stack);
  }
  const schema: JSONSchemaProps = {};
  const current = draft(schema, location, context.provenance);
  const type = node.type as string | undefined;
  if (node.const !== undefined) {
    schema.type = jsonType(node.const);
    schema.enum = [node.const];
  } else if (type === 'object' || node.properties !== undefined) {
    object(node, schema, current, context, stack);
  } else if (type === 'array') {
    array(node, schema, current, context, stack);
  } else if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean') {
    schema.type = type;
    if (node.enum !== undefined) {
      schema.enum = node.enum;
    }
  } else if (type === 'null') {
    current.pending = 'null alone is not a type a CRD can hold';
  } else {
    current.pending =
      'unknown or any needs @k8s:schemaless, @k8s:preserveUnknownFields or @k8s:type';
  }
  return schema;
}

function object(
  node: JsonSchema,
  schema: JSONSchemaProps,
  current: Draft,
  context: BuildContext,
  stack: readonly string[],
): void {
  schema.type = 'object';
  if (node.propertyNames !== undefined || node.patternProperties !== undefined) {
    current.pending = 'map keys must be strings (Record<string, T>)';
  }
  const properties = Object.entries(node.properties ?? {});
  if (properties.length > 0) {
    schema.properties = {};
    const upstream = (node[sourceInfoKey] as SourceInfo | undefined)?.upstream;
    if (upstream !== undefined) {
      current.upstream = upstream;
    }
    for (const [key, child] of properties) {
      const built = buildNode(child, context, stack, 'field', undefined, current.location);
      if (upstream !== undefined) {
        dropLiteralEnums(built, context);
        const fact = context.overlay[upstream]?.fields?.[key];
        if (fact !== undefined) {
          applyFact(built, fact);
        }
      }
      schema.properties[key] = built;
    }
  }
  if (node.required !== undefined && node.required.length > 0) {
    schema.required = [...node.required].sort();
  }
  const extra = node.additionalProperties;
  if (typeof extra === 'object') {
    schema.additionalProperties = buildNode(
      extra,
      context,
      stack,
      'field',
      undefined,
      current.location,
    );
  } else if (extra === true || (node.properties === undefined && extra === undefined)) {
    current.pending =
      'an object of unknown shape needs @k8s:preserveUnknownFields or @k8s:schemaless';
  }
}

function array(
  node: JsonSchema,
  schema: JSONSchemaProps,
  current: Draft,
  context: BuildContext,
  stack: readonly string[],
): void {
  schema.type = 'array';
  if (Array.isArray(node.items)) {
    current.pending = 'tuples cannot be expressed in a CRD schema; use T[]';
  } else if (node.items !== undefined) {
    schema.items = buildNode(node.items, context, stack, 'field', undefined, current.location);
  } else {
    current.pending = 'an array of unknown items needs @k8s:schemaless';
  }
}

// `T | null` is a nullable T; `T | undefined` was already made optional by the reader; any other
// union (of objects, or of different scalar kinds) cannot be structural unless a marker says
// what it is (`@k8s:intOrString`, `@k8s:type`, `@k8s:schemaless`).
function union(
  variants: JsonSchema[],
  node: JsonSchema,
  location: SourceLocation,
  context: BuildContext,
  stack: readonly string[],
): JSONSchemaProps {
  // ts-json-schema-generator writes `undefined` as `{not: {}}`; an optional value is not a union.
  const defined = variants.filter((v) => !(v.not !== undefined && Object.keys(v.not).length === 0));
  const nonNull = defined.filter((v) => v.type !== 'null');
  const nullable = nonNull.length < defined.length;
  if (nonNull.length === 1) {
    const { anyOf: _drop, ...rest } = { ...node, ...nonNull[0]! };
    const schema =
      nonNull[0]!.$ref !== undefined
        ? buildNode(nonNull[0]!, context, stack, 'field', undefined, location)
        : shape({ ...rest, type: nonNull[0]!.type } as JsonSchema, location, context, stack);
    if (nullable) {
      schema.nullable = true;
    }
    return schema;
  }
  const schema: JSONSchemaProps = {};
  const current = draft(schema, location, context.provenance);
  const kinds = [
    ...new Set(nonNull.map((v) => (v.$ref !== undefined ? 'object' : String(v.type)))),
  ].sort();
  current.pending = `a union of ${kinds.join(' and ')} types needs a marker saying what it is (@k8s:intOrString, @k8s:type or @k8s:schemaless)`;
  if (nullable) {
    schema.nullable = true;
  }
  return schema;
}

function jsonType(value: unknown): 'string' | 'boolean' | 'integer' | 'number' {
  if (typeof value === 'string') {
    return 'string';
  }
  if (typeof value === 'boolean') {
    return 'boolean';
  }
  return Number.isInteger(value) ? 'integer' : 'number';
}

// Upstream Go types are plain strings with their allowed values listed in prose; kubernetes-models
// turns those lists into literal unions, but the API server (and controller-gen) enforce no enum
// there. Only an enum a marker or fact set survives on an upstream field.
function dropLiteralEnums(schema: JSONSchemaProps, context: BuildContext): void {
  if (schema.enum !== undefined && context.provenance.get(schema)?.origins.has('enum') !== true) {
    delete schema.enum;
  }
  if (schema.items !== undefined) {
    dropLiteralEnums(schema.items, context);
  }
  if (typeof schema.additionalProperties === 'object') {
    dropLiteralEnums(schema.additionalProperties, context);
  }
}
