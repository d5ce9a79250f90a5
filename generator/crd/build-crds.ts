import { DiagnosticError, sortDiagnostics, type Diagnostic } from '../../diagnostics/index.js';
import type { Marker } from '../markers/definition.js';
import {
  deprecatedVersionMarker,
  printColumnMarker,
  resourceMarker,
  storageVersionMarker,
  subresourceMarker,
  unservedVersionMarker,
} from '../markers/resource-markers.js';
import type { TypeGraph } from '../read/read-types.js';
import { diagnosticAt, type SourceLocation } from '../read/source-info.js';
import { buildContext, buildDefinition, type BuildContext } from '../schema/build.js';
import type { JSONSchemaProps } from '../schema/json-schema-props.js';
import { checkStructural } from '../schema/structural.js';
import type { UpstreamOverlay } from '../upstream/overlay.js';
import { trimDescriptions } from './descriptions.js';
import { pluralize } from './plural.js';
import type { CrdVersion, CustomResourceDefinition, PrinterColumn } from './types.js';

/** How CRDs are built from the read types. */
export interface BuildOptions {
  /** Trim every description to this many characters (0 removes them), as controller-gen's maxDescLen. */
  readonly maxDescLen?: number;
  /** Facts about upstream types that TypeScript cannot express. */
  readonly overlay: UpstreamOverlay;
  /** Extra checks of each version's finished schema (the CEL rules), returning diagnostics. */
  readonly checkSchema?: (schema: JSONSchemaProps, context: SchemaCheckContext) => Diagnostic[];
}

/** What a schema check gets besides the schema: where each node came from. */
export interface SchemaCheckContext {
  readonly kind: string;
  readonly locate: (node: JSONSchemaProps, keyword?: string) => SourceLocation | undefined;
}

/** The CRDs, sorted by name, and the warnings found while building them. */
export interface BuiltCrds {
  readonly crds: CustomResourceDefinition[];
  readonly warnings: Diagnostic[];
}

interface RootKind {
  readonly definition: string;
  readonly resource: ResourceArgs;
  readonly markers: readonly Marker[];
  readonly location: SourceLocation;
}

type ResourceArgs = ReturnType<(typeof resourceMarker)['read']> & {
  group: string;
  version: string;
  kind?: string;
  plural?: string;
  singular?: string;
  listKind?: string;
  shortNames?: string[];
  categories?: string[];
  scope?: 'Namespaced' | 'Cluster';
};

/**
 * One CRD per group and kind, with a version for each root type marked `@k8s:resource`. All
 * problems are collected; if there is any error, nothing is returned and DiagnosticError lists
 * them all. The CRDs come sorted by name.
 */
export function buildCrds(graph: TypeGraph, options: BuildOptions): BuiltCrds {
  const context = buildContext(graph.definitions, options.overlay);
  context.diagnostics.push(...graph.errors);
  const schemas = new Map<string, JSONSchemaProps>();
  for (const name of Object.keys(graph.definitions).sort()) {
    schemas.set(name, buildDefinition(name, context));
  }
  const roots = findRoots(context);
  const groups = new Map<string, RootKind[]>();
  for (const root of roots) {
    const key = `${root.resource.group}/${root.resource.kind ?? root.definition}`;
    groups.set(key, [...(groups.get(key) ?? []), root]);
  }
  const crds = [...groups.values()].map((versions) =>
    assemble(versions, schemas, context, options),
  );
  if (roots.length === 0 && context.diagnostics.length === 0) {
    context.diagnostics.push({
      code: 'no-root',
      message: 'no type is marked @k8s:resource, so there is no CRD to generate',
    });
  }
  const errors = context.diagnostics.filter((d) => d.severity !== 'warning');
  if (errors.length > 0) {
    throw new DiagnosticError(sortDiagnostics(errors));
  }
  return {
    crds: crds.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)),
    warnings: sortDiagnostics(context.diagnostics.filter((d) => d.severity === 'warning')),
  };
}

function findRoots(context: BuildContext): RootKind[] {
  const roots: RootKind[] = [];
  for (const [definition, markers] of context.typeMarkers) {
    const resource = markers.find((m) => m.definition === resourceMarker);
    if (resource !== undefined) {
      roots.push({
        definition,
        resource: resource.value as ResourceArgs,
        markers,
        location: resource.location,
      });
    } else {
      const stray = markers.find((m) => isResourceLevel(m));
      if (stray !== undefined) {
        context.diagnostics.push(
          diagnosticAt(
            stray.location,
            'marker-target',
            `@k8s:${stray.definition.name} needs @k8s:resource on the same type`,
          ),
        );
      }
    }
  }
  return roots.sort((a, b) => a.definition.localeCompare(b.definition));
}

function isResourceLevel(marker: Marker): boolean {
  return [
    storageVersionMarker,
    unservedVersionMarker,
    deprecatedVersionMarker,
    subresourceMarker,
    printColumnMarker,
  ].includes(marker.definition);
}

function assemble(
  roots: readonly RootKind[],
  schemas: ReadonlyMap<string, JSONSchemaProps>,
  context: BuildContext,
  options: BuildOptions,
): CustomResourceDefinition {
  const first = roots[0]!;
  const kind = first.resource.kind ?? first.definition;
  const plural = first.resource.plural ?? pluralize(kind);
  const names = {
    kind,
    listKind: first.resource.listKind ?? `${kind}List`,
    plural,
    singular: first.resource.singular ?? kind.toLowerCase(),
    ...(first.resource.shortNames === undefined ? {} : { shortNames: first.resource.shortNames }),
    ...(first.resource.categories === undefined ? {} : { categories: first.resource.categories }),
  };
  const scope = first.resource.scope ?? 'Namespaced';
  for (const other of roots.slice(1)) {
    const same =
      (other.resource.plural ?? pluralize(kind)) === plural &&
      (other.resource.scope ?? 'Namespaced') === scope;
    if (!same) {
      context.diagnostics.push(
        diagnosticAt(
          other.location,
          'resource-conflict',
          `${other.definition} and ${first.definition} are versions of ${kind} but disagree on plural or scope`,
        ),
      );
    }
  }
  const versions = roots
    .map((root) => version(root, schemas.get(root.definition)!, roots.length, context, options))
    .sort((a, b) => a.name.localeCompare(b.name));
  checkStorage(roots, versions, context);
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${first.resource.group}` },
    spec: { group: first.resource.group, names, scope, versions },
  };
}

function version(
  root: RootKind,
  built: JSONSchemaProps,
  count: number,
  context: BuildContext,
  options: BuildOptions,
): CrdVersion {
  const schema = rootSchema(root, built, context);
  trimDescriptions(schema, options.maxDescLen, context.provenance);
  const kind = root.resource.kind ?? root.definition;
  context.diagnostics.push(...checkStructural(schema, context.provenance, kind));
  if (options.checkSchema !== undefined) {
    const locate = (node: JSONSchemaProps, keyword?: string) => {
      const origin = context.provenance.get(node);
      return (keyword === undefined ? undefined : origin?.origins.get(keyword)) ?? origin?.location;
    };
    context.diagnostics.push(...options.checkSchema(schema, { kind, locate }));
  }
  const has = (definition: unknown) => root.markers.some((m) => m.definition === definition);
  const deprecated = root.markers.find((m) => m.definition === deprecatedVersionMarker)?.value as
    { warning?: string } | undefined;
  const columns = root.markers
    .filter((m) => m.definition === printColumnMarker)
    .map((m) => m.value as PrinterColumn);
  const subresources = subresourcesOf(root, context);
  return {
    name: root.resource.version,
    served: !has(unservedVersionMarker),
    storage: count === 1 || has(storageVersionMarker),
    ...(deprecated === undefined
      ? {}
      : {
          deprecated: true,
          ...(deprecated.warning === undefined ? {} : { deprecationWarning: deprecated.warning }),
        }),
    schema: { openAPIV3Schema: schema },
    ...(subresources === undefined ? {} : { subresources }),
    ...(columns.length === 0 ? {} : { additionalPrinterColumns: columns.map(column) }),
  };
}

// The root of a kind: an object with apiVersion and kind; its metadata is `type: object` only,
// as the API server requires, and none of the three is required (clients and the server set them).
function rootSchema(
  root: RootKind,
  schema: JSONSchemaProps,
  context: BuildContext,
): JSONSchemaProps {
  if (schema.type !== 'object' || schema.properties === undefined) {
    context.diagnostics.push(
      diagnosticAt(
        root.location,
        'root-not-object',
        `${root.definition} is marked @k8s:resource but is not an object type`,
      ),
    );
    return schema;
  }
  for (const field of ['apiVersion', 'kind'] as const) {
    if (schema.properties[field]?.type !== 'string') {
      context.diagnostics.push(
        diagnosticAt(
          root.location,
          'root-type-meta',
          `${root.definition} needs a string field ${field}, as every Kubernetes object has`,
        ),
      );
    }
  }
  if (schema.properties['metadata'] !== undefined) {
    schema.properties['metadata'] = { type: 'object' };
  }
  const required = schema.required?.filter((f) => !['apiVersion', 'kind', 'metadata'].includes(f));
  if (required === undefined || required.length === 0) {
    delete schema.required;
  } else {
    schema.required = required;
  }
  return schema;
}

function subresourcesOf(root: RootKind, context: BuildContext): CrdVersion['subresources'] {
  const result: NonNullable<CrdVersion['subresources']> = {};
  for (const marker of root.markers.filter((m) => m.definition === subresourceMarker)) {
    const value = marker.value as {
      kind: 'status' | 'scale';
      specpath?: string;
      statuspath?: string;
      selectorpath?: string;
    };
    if (value.kind === 'status') {
      result.status = {};
    } else if (value.specpath === undefined || value.statuspath === undefined) {
      context.diagnostics.push(
        diagnosticAt(
          marker.location,
          'marker-invalid',
          '@k8s:subresource scale needs specpath and statuspath',
        ),
      );
    } else {
      result.scale = {
        specReplicasPath: value.specpath,
        statusReplicasPath: value.statuspath,
        ...(value.selectorpath === undefined ? {} : { labelSelectorPath: value.selectorpath }),
      };
    }
  }
  return Object.keys(result).length === 0 ? undefined : result;
}

function column(value: PrinterColumn): PrinterColumn {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as unknown as PrinterColumn;
}

function checkStorage(
  roots: readonly RootKind[],
  versions: readonly CrdVersion[],
  context: BuildContext,
): void {
  const stored = versions.filter((v) => v.storage);
  if (roots.length > 1 && stored.length !== 1) {
    const kind = roots[0]!.resource.kind ?? roots[0]!.definition;
    context.diagnostics.push(
      diagnosticAt(
        roots[0]!.location,
        'storage-version',
        `${kind} has ${roots.length} versions; exactly one needs @k8s:storageVersion (found ${stored.length})`,
      ),
    );
  }
  const names = versions.map((v) => v.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) {
    context.diagnostics.push(
      diagnosticAt(
        roots[0]!.location,
        'resource-conflict',
        `version ${duplicate} of ${roots[0]!.resource.kind ?? roots[0]!.definition} is declared twice`,
      ),
    );
  }
}
