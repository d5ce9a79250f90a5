// The golden corpus: small charts whose templates use only the core language, rendered by real
// Helm 4 and Helm 3 (recorded in each chart folder as helm4.golden / helm3.golden) and by our
// executor through test support that stands in for Helm's engine. `UPDATE_GOLDEN=1 npm test`
// re-records the goldens from Helm; without it, Helm is run again and must still agree.
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runHelm, type HelmMajor } from '../../support/helm.js';
import { loadChart, renderLikeHelm, type HelmLikeResult } from './support/helm-like.js';

const root = new URL('./testdata/', import.meta.url).pathname;
const update = process.env.UPDATE_GOLDEN === '1';
const majors: readonly HelmMajor[] = [4, 3];
const helmHint = '\n\nUse --debug flag to render out invalid YAML\n';

/** Every folder under testdata that holds a chart. */
function chartDirs(dir: string): string[] {
  if (existsSync(join(dir, 'Chart.yaml'))) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => chartDirs(join(dir, e.name)));
}

function goldenPath(dir: string, major: HelmMajor): string {
  return join(dir, `helm${major}.golden`);
}

// A golden is Helm's stdout, or for a failed render "Error: …" as Helm prints it (minus its hint).
function helmGolden(status: number | null, stdout: string, stderr: string): string {
  return status === 0
    ? stdout
    : stderr.endsWith(helmHint)
      ? stderr.slice(0, -helmHint.length)
      : stderr;
}

function ourGolden(result: HelmLikeResult): string {
  return 'stdout' in result ? result.stdout : `Error: ${result.error}`;
}

const charts = chartDirs(root);

describe('template language: golden charts against Helm', function () {
  const mismatches: string[] = [];

  before(async function () {
    // Two Helm runs per chart, about 60 ms each.
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
        expect(ourGolden(renderLikeHelm(loadChart(dir), major))).to.equal(golden);
      });
    }
  }
});
