import { expect } from 'chai';
import { reportSizes } from '../../cli/commands/crd-sizes.js';
import { measureCrd, sizeLimit } from '../../generator/crd/size.js';
import type { CustomResourceDefinition, JSONSchemaProps } from '../../generator/index.js';

function crdWith(properties: Record<string, JSONSchemaProps>): CustomResourceDefinition {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'bigs.example.dev' },
    spec: {
      group: 'example.dev',
      names: { kind: 'Big', listKind: 'BigList', plural: 'bigs', singular: 'big' },
      scope: 'Namespaced',
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: { spec: { type: 'object', properties } },
            },
          },
        },
      ],
    },
  };
}

describe('CRD size', () => {
  it('is the compact JSON that kubectl apply stores, with descriptions counted apart', () => {
    const crd = crdWith({ a: { type: 'string', description: 'x'.repeat(1000) } });
    const size = measureCrd(crd);
    expect(size.bytes).to.equal(Buffer.byteLength(JSON.stringify(crd)));
    expect(size.descriptionBytes).to.equal(1000 + '"description":"",'.length);
    expect(size.largest[0]).to.deep.equal({
      path: 'v1:spec',
      bytes: Buffer.byteLength(
        JSON.stringify(crd.spec.versions[0]!.schema.openAPIV3Schema.properties!['spec']),
      ),
    });
  });

  it('warns over the annotation limit, naming the largest fields and what descriptions cost', () => {
    const big = crdWith({
      huge: { type: 'string', description: 'd'.repeat(sizeLimit) },
      small: { type: 'string' },
    });
    let stderr = '';
    reportSizes([big], [measureCrd(big)], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    expect(stderr).to.match(/^bigs\.example\.dev: 262,[\d,]+ bytes as applied JSON\n/);
    expect(stderr).to.contain('warning: bigs.example.dev is over the 262,144-byte limit');
    expect(stderr).to.contain('largest fields: v1:spec (');
    expect(stderr).to.contain('v1:spec.huge (');
    expect(stderr).to.match(/descriptions are 262,1\d\d bytes \(--max-desc-len 0 removes them\)/);
  });

  it('stays quiet under the limit', () => {
    const crd = crdWith({ a: { type: 'string' } });
    let stderr = '';
    reportSizes([crd], [measureCrd(crd)], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    expect(stderr).to.not.contain('warning');
  });
});
