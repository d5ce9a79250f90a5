// The reserved volume names: one list in api/, a CEL rule generated from it, and a list map that
// makes the API server refuse duplicate names (which no `map()`-based rule can do).
import { expect } from 'chai';
import { reservedVolumeNames } from '../../api/index.js';
import { compileRule, evaluateRule } from '../../generator/cel/index.js';
import { generateCrds, type JSONSchemaProps } from '../../generator/index.js';

const root = new URL('../..', import.meta.url).pathname;

async function volumesSchemas(): Promise<JSONSchemaProps[]> {
  const { crds } = await generateCrds({ entry: `${root}api/index.ts`, root });
  const spec = (name: string) =>
    crds.find((c) => c.metadata.name === name)!.spec.versions[0]!.schema.openAPIV3Schema
      .properties!['spec']!;
  return [
    spec('tasks.kelos.dev').properties!['podOverrides']!.properties!['volumes']!,
    spec('taskspawners.kelos.dev').properties!['taskTemplate']!.properties!['podOverrides']!
      .properties!['volumes']!,
  ];
}

const volumes = (...names: string[]) => names.map((name) => ({ name, emptyDir: {} }));

describe('reserved volume names', function () {
  this.timeout(60_000);

  it('are the two names Kelos mounts itself', () => {
    expect(reservedVolumeNames).to.deep.equal(['workspace', 'kelos-plugin']);
  });

  it('feed a rule that refuses each of them, naming them all', async () => {
    for (const schema of await volumesSchemas()) {
      const [rule] = schema['x-kubernetes-validations']!;
      const compiled = compileRule(rule!, schema, {});
      expect(compiled.issues).to.deep.equal([]);
      for (const name of reservedVolumeNames) {
        expect(evaluateRule(compiled, { self: volumes('cache', name) })).to.deep.include({
          status: 'failed',
        });
      }
      expect(evaluateRule(compiled, { self: volumes('cache', 'workspace-2') })).to.deep.include({
        status: 'passed',
      });
      expect(rule!.message).to.equal(
        `volume names must not be a reserved name: ${reservedVolumeNames.join(', ')}`,
      );
    }
  });

  it('make duplicate names a list-map error, which a map() size rule cannot catch', async () => {
    for (const schema of await volumesSchemas()) {
      expect(schema['x-kubernetes-list-type']).to.equal('map');
      expect(schema['x-kubernetes-list-map-keys']).to.deep.equal(['name']);
      expect(schema.items!.required).to.include('name');
      expect(schema.maxItems).to.equal(64);
      // The often-suggested rule keeps every element, so duplicates pass it.
      const naive = compileRule({ rule: 'size(self.map(v, v.name)) == size(self)' }, schema, {});
      expect(evaluateRule(naive, { self: volumes('cache', 'cache') })).to.deep.include({
        status: 'passed',
      });
    }
  });
});
