import type { CustomResourceDefinition } from './types.js';

/**
 * The size limit that matters: client-side `kubectl apply` stores the whole object as compact JSON
 * in an annotation, and annotations may total at most 256 KiB.
 */
export const sizeLimit = 262_144;

/** A CRD's size as applied JSON, its largest fields, and how much of it is descriptions. */
export interface CrdSize {
  readonly bytes: number;
  readonly descriptionBytes: number;
  readonly largest: readonly { readonly path: string; readonly bytes: number }[];
}

/** Measures a CRD the way the annotation limit sees it. */
export function measureCrd(crd: CustomResourceDefinition): CrdSize {
  const bytes = jsonBytes(crd);
  const withoutDescriptions = jsonBytes(crd, (key, value) =>
    key === 'description' ? undefined : value,
  );
  const fields: { path: string; bytes: number }[] = [];
  crd.spec.versions.forEach((version) => {
    collect(version.schema.openAPIV3Schema.properties ?? {}, `${version.name}:`, 3, fields);
  });
  fields.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  return { bytes, descriptionBytes: bytes - withoutDescriptions, largest: fields.slice(0, 5) };
}

function collect(
  properties: Record<
    string,
    { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } }
  >,
  path: string,
  depth: number,
  out: { path: string; bytes: number }[],
): void {
  for (const [key, child] of Object.entries(properties)) {
    const childPath = path.endsWith(':') ? `${path}${key}` : `${path}.${key}`;
    out.push({ path: childPath, bytes: jsonBytes(child) });
    const nested = child.properties ?? child.items?.properties;
    if (depth > 1 && nested !== undefined) {
      collect(nested as typeof properties, childPath, depth - 1, out);
    }
  }
}

function jsonBytes(value: unknown, replacer?: (key: string, value: unknown) => unknown): number {
  return Buffer.byteLength(JSON.stringify(value, replacer as Parameters<typeof JSON.stringify>[1]));
}
