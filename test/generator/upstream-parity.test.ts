// The upstream overlay against the reference: the core/v1 types that the reference Kelos CRDs embed
// under spec.podOverrides, generated from kubernetes-models plus our facts, must equal the
// reference keyword for keyword (descriptions aside: upstream's prose comes from another source).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { generateCrds, type JSONSchemaProps } from '../../generator/index.js';
import { diffSchemas } from './schema-diff.js';

const reference = new URL('../../../shared/reference/kelos/install-crd.yaml', import.meta.url)
  .pathname;

function referencePodOverrides(): Record<string, JSONSchemaProps> {
  const crds = parseAllDocuments(readFileSync(reference, 'utf8')).map(
    (d) =>
      d.toJS() as {
        metadata: { name: string };
        spec: { versions: { schema: { openAPIV3Schema: JSONSchemaProps } }[] };
      },
  );
  const task = crds.find((c) => c.metadata.name === 'tasks.kelos.dev');
  return task!.spec.versions[0]!.schema.openAPIV3Schema.properties!['spec']!.properties![
    'podOverrides'
  ]!.properties!;
}

function countPaths(schema: JSONSchemaProps): number {
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items === undefined ? [] : [schema.items]),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
  ];
  return 1 + children.reduce((sum, child) => sum + countPaths(child), 0);
}

describe('upstream types against the reference CRDs', function () {
  this.timeout(60_000);

  it('generates spec.podOverrides upstream fields exactly as the reference has them', async () => {
    const fixture = new URL('fixtures/upstream-fields.ts', import.meta.url).pathname;
    const { crds } = await generateCrds({ entry: fixture });
    const ours = crds[0]!.spec.versions[0]!.schema.openAPIV3Schema.properties!['spec']!.properties!;
    const theirs = referencePodOverrides();
    const fields = Object.keys(ours).sort();
    expect(fields).to.deep.equal([
      'containerSecurityContext',
      'env',
      'podSecurityContext',
      'resources',
      'volumeMounts',
      'volumes',
    ]);
    const differences = fields.flatMap((f) =>
      diffSchemas(ours[f], theirs[f], new Set(['description']), f),
    );
    expect(differences).to.deep.equal([]);
    const paths = fields.reduce((sum, f) => sum + countPaths(theirs[f]!), 0);
    expect(paths).to.be.greaterThan(370);
  });
});
