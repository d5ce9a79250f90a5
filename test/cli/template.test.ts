// `kelosctl template` on the Kelos chart: every reference case (../shared/reference/kelos/
// chart-cases) must print what `helm template kelos chart/kelos -n kelos-system -f CASE` prints,
// stdout, stderr and exit code, with Helm 4 and Helm 3 run live beside it; and the install
// manifest's order and checks. The golden charts of test/render/chart cover each Helm feature.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../cli/index.js';
import { chartPath, referenceCases, root } from '../chart/chart-helm.js';
import { runHelm, type HelmMajor } from '../support/helm.js';

async function kelosctl(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

describe('kelosctl template: the Kelos chart against Helm', function () {
  this.timeout(120_000);
  for (const c of referenceCases()) {
    for (const major of [4, 3] as const satisfies readonly HelmMajor[]) {
      it(`${c.name}: byte-identical with Helm ${major}`, async function () {
        const args = ['template', 'kelos', chartPath, '-n', 'kelos-system', '-f', c.valuesFile];
        const helm = await runHelm(args, { major });
        const ours = await kelosctl([...args, '--helm-major', String(major)]);
        expect(ours.code).to.equal(helm.status);
        expect(ours.stdout).to.equal(helm.stdout);
        if (helm.status !== 0) expect(ours.stderr).to.equal(helm.stderr);
      });
    }
  }
});

describe('kelosctl template: install manifest', function () {
  // The charts these cases write, removed after each.
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kelos-install-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('orders CRDs, then the listed kinds, then the rest, and drops empty documents', async function () {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    writeFileSync(
      join(dir, 'templates', 'a.yaml'),
      'kind: Deployment\nmetadata:\n  name: d\n---\n# only a comment\n---\nkind: Other\n---\nkind: Namespace\n---\nmode: rw-rw----\nkind: ConfigMap\n',
    );
    writeFileSync(
      join(dir, 'templates', 'b.yaml'),
      'kind: CustomResourceDefinition\n---\nkind: Service\n',
    );
    const r = await kelosctl(['template', dir, '--install-manifest']);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal(
      '---\nkind: CustomResourceDefinition\n---\nkind: Namespace\n---\nmode: rw-rw----\nkind: ConfigMap\n---\nkind: Service\n---\nkind: Deployment\nmetadata:\n  name: d\n---\nkind: Other\n',
    );
  });

  it('fails on a document that is not valid YAML, naming the template and a line of the document', async function () {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'templates', 'a.yaml'), 'kind: A\n---\nkind: B\nbad: [x\n');
    const r = await kelosctl(['template', dir, '--install-manifest']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/^Error: c\/templates\/a\.yaml:[3-5]: invalid YAML: /);
  });

  it('puts the Kelos CRDs first', async function () {
    const r = await kelosctl([
      'template',
      'kelos',
      chartPath,
      '-n',
      'kelos-system',
      '--install-manifest',
    ]);
    expect(r.code).to.equal(0);
    const kinds = [...r.stdout.matchAll(/^kind: (\S+)$/gm)].map((m) => m[1]);
    expect(kinds.slice(0, 4)).to.deep.equal(Array(4).fill('CustomResourceDefinition'));
    expect(kinds[4]).to.equal('Namespace');
  });
});

describe('kelosctl template: usage', function () {
  it('needs a chart', async function () {
    const r = await kelosctl(['template']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.contain('"kelosctl template" accepts 1 to 2 arguments, received 0');
  });

  it('refuses a Helm major other than 3 and 4', async function () {
    const r = await kelosctl(['template', chartPath, '--helm-major', '2']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.contain('invalid argument "2" for "--helm-major": must be 3 or 4');
  });
});
