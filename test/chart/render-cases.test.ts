// Drop-in replacement: for every reference case, our chart renders the same objects as the
// reference chart (same kind, namespace and name; equal content after parsing; CRDs as
// crd-comparison.ts allows), with Helm 4 and Helm 3.
import { expect } from 'chai';
import { isDeepStrictEqual } from 'node:util';
import { crdDifferences } from './crd-comparison.js';
import { helmTemplate, majors, referenceCases } from './chart-helm.js';
import { renderedObjects, type KubeObject } from './objects.js';

describe('chart/kelos renders what the reference chart renders', function () {
  this.timeout(120_000);
  for (const c of referenceCases().filter((c) => c.rendered !== undefined)) {
    for (const major of majors) {
      it(`${c.name} (Helm ${major})`, async () => {
        const result = await helmTemplate(['-f', c.valuesFile], major);
        expect(result.stderr).to.equal('');
        expect(result.status).to.equal(0);
        const ours = renderedObjects(result.stdout, `ours/${c.name}.yaml`);
        const theirs = renderedObjects(c.rendered!, `reference/${c.name}.yaml`);
        expect([...ours.keys()].sort()).to.deep.equal([...theirs.keys()].sort());
        const differing = [...theirs].flatMap(([key, object]) =>
          differences(ours.get(key)!, object).map((d) => `${key}: ${d}`),
        );
        expect(differing).to.deep.equal([]);
      });
    }
  }
});

function differences(ours: KubeObject, theirs: KubeObject): string[] {
  if (theirs.kind === 'CustomResourceDefinition') {
    return crdDifferences(ours, theirs);
  }
  return isDeepStrictEqual(ours, theirs)
    ? []
    : [`ours ${JSON.stringify(ours)}\n  reference ${JSON.stringify(theirs)}`];
}
