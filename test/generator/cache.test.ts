import { expect } from 'chai';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crdToYaml, generateCrds } from '../../generator/index.js';

const api = (field: string) => `/** @k8s:resource group=example.dev version=v1 */
export interface Kite {
  apiVersion: string;
  kind: string;
  spec?: { ${field}?: string };
}
`;

describe('the generation cache', function () {
  this.timeout(60_000);
  let root: string;
  let cacheDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kelos-cache-'));
    mkdirSync(join(root, 'node_modules'));
    cacheDir = join(root, 'node_modules', '.cache', 'kelos-toolchain', 'crds');
    writeFileSync(join(root, 'api.ts'), api('colour'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const generate = async () => {
    const { crds } = await generateCrds({ entry: join(root, 'api.ts'), root, cache: true });
    return crds.map(crdToYaml).join('---\n');
  };

  it('stores a result and serves it while nothing changed', async () => {
    const first = await generate();
    expect(await generate()).to.equal(first);
    const [entry] = readdirSync(cacheDir);
    expect(entry).to.match(/\.json$/);
    // Mark the stored result: the next run must hand back the marked copy, not regenerate.
    const path = join(cacheDir, entry!);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('kites.example.dev', 'kites.cached.example'),
    );
    expect(await generate()).to.contain('kites.cached.example');
  });

  it('regenerates when an input file changes', async () => {
    expect(await generate()).to.contain('colour:');
    writeFileSync(join(root, 'api.ts'), api('shape'));
    const second = await generate();
    expect(second).to.contain('shape:');
    expect(second).to.not.contain('colour:');
  });

  it('keeps separate entries for separate options, and none unless asked', async () => {
    await generate();
    await generateCrds({ entry: join(root, 'api.ts'), root, cache: true, maxDescLen: 0 });
    expect(readdirSync(cacheDir)).to.have.length(2);
    rmSync(cacheDir, { recursive: true });
    await generateCrds({ entry: join(root, 'api.ts'), root });
    expect(existsSync(cacheDir)).to.equal(false);
  });
});
