import { expect } from 'chai';
import { format } from 'prettier';
import { readdirSync, readFileSync } from 'node:fs';
import { crdFile, crdFileName, generateCrds } from '../../generator/index.js';

const root = new URL('../..', import.meta.url).pathname;

describe('config/crd (written by npm run gen:crds)', function () {
  this.timeout(60_000);
  it('holds exactly what the API generates now', async () => {
    const { crds, yaml } = await generateCrds({ entry: `${root}api/index.ts`, root });
    const expected = new Map(crds.map((crd, i) => [crdFileName(crd), crdFile(yaml[i]!)]));
    expect(readdirSync(`${root}config/crd`).sort()).to.deep.equal([...expected.keys()].sort());
    for (const [name, text] of expected) {
      expect(
        readFileSync(`${root}config/crd/${name}`, 'utf8'),
        `config/crd/${name} is stale: run npm run gen:crds`,
      ).to.equal(text);
      // Upstream descriptions hold both kinds of quotes: prettier must agree with our choice.
      expect(await format(text, { parser: 'yaml' }), `prettier would change ${name}`).to.equal(
        text,
      );
    }
  });
});
