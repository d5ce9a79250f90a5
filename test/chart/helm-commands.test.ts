// What users run on the chart: helm lint --strict, helm install --dry-run=client (no cluster
// needed) and helm package, with both Helm majors where a run is cheap.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runHelm } from '../support/helm.js';
import { chartPath, helmTemplate, majors, root } from './chart-helm.js';

const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string })
  .version;

// An API server address nothing listens on, so that a run proves it needs no cluster whatever
// kubeconfig the machine has.
const noCluster = ['--kube-apiserver', 'http://127.0.0.1:1'];

describe('chart/kelos with Helm commands', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kelos-chart-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("Chart.yaml: apiVersion v2, an application named kelos, at the toolchain's version", () => {
    const chart = parse(readFileSync(`${root}${chartPath}/Chart.yaml`, 'utf8')) as Record<
      string,
      unknown
    >;
    expect(chart).to.include({ apiVersion: 'v2', name: 'kelos', type: 'application', version });
  });

  for (const major of majors) {
    it(`helm lint --strict passes (Helm ${major})`, async () => {
      const result = await runHelm(['lint', '--strict', chartPath], { major });
      expect(result.status, result.stdout + result.stderr).to.equal(0);
      expect(result.stdout).to.contain('1 chart(s) linted, 0 chart(s) failed');
      expect(result.stdout).to.not.match(/\[(WARNING|ERROR)\]/);
    });
  }

  it('helm install --dry-run=client succeeds without a cluster (Helm 4)', async () => {
    const result = await runHelm(
      ['install', 'kelos', chartPath, '-n', 'kelos-system', '--dry-run=client', ...noCluster],
      { major: 4 },
    );
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.contain('STATUS: pending-install');
    expect(result.stdout).to.contain('name: kelos-controller-manager');
  });

  // Helm 3 checks that the cluster is reachable even with --dry-run=client (helm/helm#13144, open
  // for 3.15 to 3.21), so without a cluster it stops before the chart is read; helm template,
  // which the other suites run with Helm 3, is its client-only path. Pinned so the README's advice
  // stays true.
  it('helm install --dry-run=client needs a cluster in Helm 3 (helm/helm#13144)', async () => {
    const result = await runHelm(
      ['install', 'kelos', chartPath, '-n', 'kelos-system', '--dry-run=client', ...noCluster],
      { major: 3 },
    );
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain('Kubernetes cluster unreachable');
  });

  it(`helm package writes kelos-${version}.tgz, which renders as the folder does`, async () => {
    const result = await runHelm(['package', chartPath, '-d', dir]);
    expect(result.status, result.stderr).to.equal(0);
    const tgz = join(dir, `kelos-${version}.tgz`);
    expect(existsSync(tgz)).to.equal(true);
    const listing = spawnSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).stdout.split('\n');
    expect(listing).to.include.members([
      'kelos/Chart.yaml',
      'kelos/values.yaml',
      'kelos/values.schema.json',
      'kelos/README.md',
      'kelos/templates/crds/task-crd.yaml',
    ]);
    expect(listing.filter((f) => f.endsWith('.ts'))).to.deep.equal([]);
    const packaged = await runHelm(['template', 'kelos', tgz, '-n', 'kelos-system']);
    const folder = await helmTemplate([]);
    expect(packaged.status).to.equal(0);
    expect(packaged.stdout).to.equal(folder.stdout);
  });
});
