// The whole-process contender of the template benchmark: renders a chart folder as
// `helm template test <chart>` does (through the test harness that stands in for Helm's engine
// until chart loading exists) and prints the manifests. Bundled into one file before timing.
import { loadChart, renderLikeHelm } from '../render/template/support/helm-like.js';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: template-render-main <chart-dir>');
const result = renderLikeHelm(loadChart(dir), 4);
if ('error' in result) {
  process.stderr.write(`Error: ${result.error}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(result.stdout);
}
