// The Kelos API against the reference CRDs, kind by kind: names, scope, versions, printer
// columns, subresources, and every schema keyword but descriptions, which must only be present.
// The differences we make on purpose are listed in ./allowed-differences.ts with their reasons.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import {
  generateCrds,
  type CustomResourceDefinition,
  type JSONSchemaProps,
} from '../../generator/index.js';
import { diffSchemas, type SchemaDifference } from '../generator/schema-diff.js';
import { allowedDifferences } from './allowed-differences.js';

const root = new URL('../..', import.meta.url).pathname;
const reference = parseAllDocuments(
  readFileSync(`${root}../shared/reference/kelos/install-crd.yaml`, 'utf8'),
)
  .map((d) => d.toJS() as CustomResourceDefinition | null)
  .filter((d): d is CustomResourceDefinition => d !== null);

let ours: readonly CustomResourceDefinition[] = [];

function allowed(kind: string, difference: SchemaDifference): boolean {
  return allowedDifferences.some((a) => a.kind === kind && a.path.test(difference.path));
}

// Property nodes without a description, by path (the root's metadata is a bare object by rule).
function undescribed(schema: JSONSchemaProps, path = ''): string[] {
  const own = path !== '' && path !== '/metadata' && schema.description === undefined ? [path] : [];
  return [
    ...own,
    ...Object.entries(schema.properties ?? {}).flatMap(([k, v]) => undescribed(v, `${path}/${k}`)),
    ...(schema.items?.properties === undefined
      ? []
      : Object.entries(schema.items.properties).flatMap(([k, v]) =>
          undescribed(v, `${path}[]/${k}`),
        )),
  ];
}

describe('kelos.dev/v1alpha1 against the reference CRDs', function () {
  this.timeout(60_000);
  before(async () => {
    ours = (await generateCrds({ entry: `${root}api/index.ts`, root })).crds;
  });

  it('has the same four CRDs', () => {
    expect(ours.map((c) => c.metadata.name)).to.deep.equal(
      reference.map((c) => c.metadata.name).sort(),
    );
  });

  for (const theirs of reference) {
    const name = theirs.metadata.name;
    const kind = theirs.spec.names.kind;
    const find = () => ours.find((c) => c.metadata.name === name)!;

    it(`${kind}: same group, names, scope, versions, columns and subresources`, () => {
      const crd = find();
      expect(crd.spec.group).to.equal(theirs.spec.group);
      expect(crd.spec.names).to.deep.equal(theirs.spec.names);
      expect(crd.spec.scope).to.equal(theirs.spec.scope);
      const strip = (c: CustomResourceDefinition) =>
        c.spec.versions.map(({ schema: _schema, ...rest }) => rest);
      expect(strip(crd)).to.deep.equal(strip(theirs));
    });

    it(`${kind}: same schema, keyword for keyword, outside the allowed differences`, () => {
      const differences = diffSchemas(
        find().spec.versions[0]!.schema.openAPIV3Schema,
        theirs.spec.versions[0]!.schema.openAPIV3Schema,
        new Set(['description']),
      ).filter((d) => !allowed(kind, d));
      expect(
        differences.map(
          (d) => `${d.path}: ours ${JSON.stringify(d.ours)}, reference ${JSON.stringify(d.theirs)}`,
        ),
      ).to.deep.equal([]);
    });

    it(`${kind}: every field has a description`, () => {
      expect(undescribed(find().spec.versions[0]!.schema.openAPIV3Schema)).to.deep.equal([]);
    });
  }

  it('uses every allowed difference (a stale allowance hides nothing)', () => {
    const all = reference.flatMap((theirs) => {
      const crd = ours.find((c) => c.metadata.name === theirs.metadata.name)!;
      return diffSchemas(
        crd.spec.versions[0]!.schema.openAPIV3Schema,
        theirs.spec.versions[0]!.schema.openAPIV3Schema,
        new Set(['description']),
      ).map((d) => ({ kind: theirs.spec.names.kind, d }));
    });
    for (const a of allowedDifferences) {
      expect(
        all.some(({ kind, d }) => kind === a.kind && a.path.test(d.path)),
        `${a.kind} ${a.path} (${a.reason})`,
      ).to.equal(true);
    }
  });
});
