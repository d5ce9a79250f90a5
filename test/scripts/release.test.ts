// The release in --dry-run mode, twice, into temporary folders: every artifact checked — the
// chart archive with real Helm, the manifests with the line-exact reader, the checksums — and the
// two runs equal to the byte.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDocuments, splitDocuments } from '../../render/index.js';
import { crdFileName } from '../../generator/index.js';
import { staleGeneratedFiles } from '../../scripts/release/stale.js';
import { runHelm } from '../support/helm.js';

const root = new URL('../..', import.meta.url).pathname;
const version = '1.2.3';

function release(args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/release.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('npm run release --dry-run', function () {
  this.timeout(120_000);
  const outs: string[] = [];
  let out = '';

  before(() => {
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'kelos-release-'));
      const result = release(['--version', version, '--dry-run', '--out', dir]);
      expect(result.status, result.stderr).to.equal(0);
      outs.push(dir);
    }
    out = outs[0]!;
  });
  after(() => outs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const artifacts = [
    `kelos-${version}.tgz`,
    'install.yaml',
    'install-crd.yaml',
    'RELEASE_NOTES.md',
    'SHA256SUMS',
  ];

  it('writes every artifact, the same bytes on every run', () => {
    expect(readdirSync(out).sort()).to.deep.equal([...artifacts].sort());
    for (const name of artifacts) {
      expect(
        readFileSync(join(outs[1]!, name)).equals(readFileSync(join(out, name))),
        name,
      ).to.equal(true);
    }
  });

  it('lists the right checksum of every other artifact', () => {
    const lines = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => l.split('  ')[1])).to.deep.equal(
      artifacts.filter((a) => a !== 'SHA256SUMS').sort(),
    );
    for (const line of lines) {
      const [sum, name] = line.split('  ');
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, name!)))
          .digest('hex'),
        name,
      ).to.equal(sum);
    }
  });

  for (const major of [4, 3] as const) {
    it(`packages a chart Helm ${major} shows, lints and renders`, async () => {
      const archive = join(out, `kelos-${version}.tgz`);
      const shown = await runHelm(['show', 'chart', archive], { major });
      expect(shown.status, shown.stderr).to.equal(0);
      expect(parse(shown.stdout)).to.deep.include({
        name: 'kelos',
        version,
        appVersion: `v${version}`,
      });
      const lint = await runHelm(['lint', '--strict', archive], { major });
      expect(lint.status, lint.stdout + lint.stderr).to.equal(0);
      const rendered = await runHelm(['template', 'kelos', archive, '-n', 'kelos-system'], {
        major,
      });
      expect(rendered.status, rendered.stderr).to.equal(0);
      expect(rendered.stdout).to.contain(`:v${version}`);
    });
  }

  it('renders install.yaml CRDs first, then the controller, with the release image tag', () => {
    const kinds = contentDocuments(
      splitDocuments(readFileSync(join(out, 'install.yaml'), 'utf8')),
    ).map((d) => (parse(d.text) as { kind: string }).kind);
    expect(kinds.slice(0, 4)).to.deep.equal(Array(4).fill('CustomResourceDefinition'));
    expect(kinds.slice(4, 6)).to.deep.equal(['Namespace', 'ServiceAccount']);
    expect(kinds).to.include('Deployment');
    expect(readFileSync(join(out, 'install.yaml'), 'utf8')).to.contain(`:v${version}`);
  });

  it('puts exactly the generated CRDs in install-crd.yaml', () => {
    const docs = contentDocuments(
      splitDocuments(readFileSync(join(out, 'install-crd.yaml'), 'utf8')),
    );
    const committed = readdirSync(join(root, 'config/crd')).sort();
    expect(docs).to.have.length(committed.length);
    for (const doc of docs) {
      const crd = parse(doc.text) as Parameters<typeof crdFileName>[0];
      const file = readFileSync(join(root, 'config/crd', crdFileName(crd)), 'utf8');
      // The chart keeps CRDs on uninstall (crds.keep, default true): the one addition it makes.
      expect(crd.metadata.annotations).to.deep.equal({ 'helm.sh/resource-policy': 'keep' });
      delete crd.metadata.annotations;
      expect(crd, crd.metadata.name).to.deep.equal(parse(file));
    }
  });

  it('passes kelosctl validate, document by document', () => {
    for (const name of ['install.yaml', 'install-crd.yaml']) {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'cli/main.ts', 'validate', join(out, name)],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      expect(result.status, result.stdout + result.stderr).to.equal(0);
    }
  });

  it('groups release notes by area', () => {
    const notes = readFileSync(join(out, 'RELEASE_NOTES.md'), 'utf8');
    expect(notes).to.match(new RegExp(`^# kelos-toolchain v${version.replace(/\./g, '\\.')}\n`));
    expect(notes).to.match(/^## generator$/m);
  });

  it('finds no stale generated file in the committed tree', async () => {
    expect(await staleGeneratedFiles(root)).to.deep.equal([]);
  });

  it('refuses a version that is not semantic', () => {
    const result = release(['--version', 'one', '--dry-run']);
    expect(result.status).to.equal(1);
    expect(result.stderr).to.equal(
      'release: --version must be a semantic version such as 1.2.3, not "one"\n',
    );
  });
});
