// Golden charts for the function library: each folder under testdata/ holding a Chart.yaml is
// rendered by real Helm 4 and Helm 3 (recorded beside it as helm4.golden / helm3.golden) and by
// our TemplateSet with helmFuncMap + bindHelmFuncs. `UPDATE_GOLDEN=1` re-records from Helm;
// without it Helm runs again and must still agree with the recorded goldens.
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runHelm, type HelmMajor } from '../../support/helm.js';
import { loadChart, renderChart } from './support/render-chart.js';

const root = new URL('./testdata/', import.meta.url).pathname;
const update = process.env['UPDATE_GOLDEN'] === '1';
const majors: readonly HelmMajor[] = [4, 3];
const helmHint = '\n\nUse --debug flag to render out invalid YAML\n';

function chartDirs(dir: string): string[] {
  if (existsSync(join(dir, 'Chart.yaml'))) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => chartDirs(join(dir, e.name)));
}

const goldenPath = (dir: string, major: HelmMajor): string => join(dir, `helm${major}.golden`);

function helmGolden(status: number | null, stdout: string, stderr: string): string {
  if (status === 0) return stdout;
  return stderr.endsWith(helmHint) ? stderr.slice(0, -helmHint.length) : stderr.replace(/\n$/, '');
}

const charts = chartDirs(root);

describe('function library: golden charts against Helm', function () {
  const mismatches: string[] = [];

  before(async function () {
    this.timeout(600_000);
    for (const dir of charts) {
      for (const major of majors) {
        const r = await runHelm(['template', 'test', dir], { major });
        const golden = helmGolden(r.status, r.stdout, r.stderr);
        const path = goldenPath(dir, major);
        if (update) writeFileSync(path, golden);
        else if (!existsSync(path) || readFileSync(path, 'utf8') !== golden) {
          mismatches.push(relative(root, path));
        }
      }
    }
  });

  it(`the ${charts.length * majors.length} recorded goldens still match real Helm`, function () {
    expect(mismatches).to.deep.equal([]);
  });

  for (const dir of charts) {
    for (const major of majors) {
      it(`${relative(root, dir)}: we render as Helm ${major} does`, function () {
        const golden = readFileSync(goldenPath(dir, major), 'utf8');
        expect(renderChart(loadChart(dir), major)).to.equal(golden);
      });
    }
  }
});
