// `npm run bench [-- NAME...]`: runs every benchmark in test/bench/*.bench.ts (or those whose
// name contains one of the given words) and prints medians, ratios and targets. Benchmarks are
// not tests; they never run in CI.
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { measure, report, type Benchmark } from './harness.js';

const here = new URL('.', import.meta.url);
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();

console.log(
  `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'})\n`,
);
for (const file of files) {
  const module = (await import(new URL(file, here).href)) as {
    benchmarks: () => Promise<Benchmark[]>;
  };
  for (const bench of await module.benchmarks()) {
    if (filters.length > 0 && !filters.some((f) => bench.name.includes(f))) {
      continue;
    }
    console.log(report(bench, await measure(bench)));
    console.log();
  }
}
