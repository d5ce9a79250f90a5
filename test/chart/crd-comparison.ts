// How a CRD our chart renders may differ from the one the reference chart renders: descriptions
// are ours, the schema differences our API makes on purpose are listed (with reasons) in
// test/api/allowed-differences.ts, and we do not claim controller-gen's version annotation.
import type { CustomResourceDefinition } from '../../generator/index.js';
import { allowedDifferences } from '../api/allowed-differences.js';
import { diffSchemas } from '../generator/schema-diff.js';
import type { KubeObject } from './objects.js';

/** Annotations the reference CRDs carry that ours must not: we are not controller-gen. */
export const referenceOnlyAnnotations: ReadonlySet<string> = new Set([
  'controller-gen.kubebuilder.io/version',
]);

/** Every difference between two rendered CRDs outside the allowed ones, one line each. */
export function crdDifferences(ours: KubeObject, theirs: KubeObject): string[] {
  const a = ours as unknown as CustomResourceDefinition;
  const b = theirs as unknown as CustomResourceDefinition;
  const kind = b.spec.names.kind;
  const annotations = Object.fromEntries(
    Object.entries(b.metadata.annotations ?? {}).filter(([k]) => !referenceOnlyAnnotations.has(k)),
  );
  const withoutSchemas = (crd: CustomResourceDefinition) => ({
    ...crd,
    spec: { ...crd.spec, versions: crd.spec.versions.map(({ schema: _s, ...rest }) => rest) },
  });
  const theirsTrimmed = withoutSchemas({
    ...b,
    metadata: {
      name: b.metadata.name,
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
  });
  const top = diffSchemas(withoutSchemas(a), theirsTrimmed, new Set()).map(
    (d) => `${d.path}: ours ${JSON.stringify(d.ours)}, reference ${JSON.stringify(d.theirs)}`,
  );
  const schemas = a.spec.versions.flatMap((version, i) =>
    diffSchemas(
      version.schema.openAPIV3Schema,
      b.spec.versions[i]?.schema.openAPIV3Schema,
      new Set(['description']),
    )
      .filter((d) => !allowedDifferences.some((x) => x.kind === kind && x.path.test(d.path)))
      .map(
        (d) =>
          `${version.name} schema ${d.path}: ours ${JSON.stringify(d.ours)}, reference ${JSON.stringify(d.theirs)}`,
      ),
  );
  return [...top, ...schemas];
}
