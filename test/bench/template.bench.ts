// The template executor on a chart of realistic size whose templates use only the core language
// (test/render/template/testdata/realistic: deployment, service, configmap, ingress, helpers):
// executions in one process, and the whole process beside `helm template` on the same chart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { TemplateSet } from '../../render/template/index.js';
import { helmBinary } from '../support/helm.js';
import { loadChart, renderLikeHelm } from '../render/template/support/helm-like.js';
import type { Benchmark } from './harness.js';
import { processRun } from './process.js';

const root = new URL('../..', import.meta.url).pathname;
const chartDir = join(root, 'test/render/template/testdata/realistic');
const renders = 100;

/** The chart parsed once, and a function that executes its manifests `renders` times. */
function executor(): { run: () => number; bytes: number; executions: number } {
  const chart = loadChart(chartDir);
  const set = new TemplateSet();
  const files = [...chart.templates].map(([f, text]) => [`${chart.name}/${f}`, text] as const);
  for (const [name, text] of files) set.parse(name, text);
  const manifests = files.map(([n]) => n).filter((n) => !n.split('/').pop()!.startsWith('_'));
  const data = new Map([
    ['Values', chart.values],
    [
      'Release',
      new Map([
        ['Name', 'test'],
        ['Service', 'Helm'],
      ]),
    ],
  ]);
  const once = (): number => manifests.reduce((n, m) => n + set.execute(m, data).length, 0);
  const bytes = once();
  return {
    bytes: bytes * renders,
    executions: manifests.length * renders,
    run: () => {
      let n = 0;
      for (let i = 0; i < renders; i++) n += once();
      return n;
    },
  };
}

export async function benchmarks(): Promise<Benchmark[]> {
  const exec = executor();
  const chart = loadChart(chartDir);
  const outDir = mkdtempSync(join(tmpdir(), 'kelos-template-bench-'));
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  const bundle = join(outDir, 'render.cjs');
  await build({
    entryPoints: [join(root, 'test/bench/template-render-main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'error',
  });
  const helm = await helmBinary(4);
  const node = process.execPath;
  return [
    {
      name: 'template-execute',
      description: `the realistic chart's 4 manifests executed ${renders} times in one process (parsed once)`,
      bytes: exec.bytes,
      // One execution: one manifest template executed (TemplateSet.execute), as Helm executes each.
      operations: { count: exec.executions, unit: 'executions' },
      runs: 30,
      warmup: 5,
      reference: `execute ×${renders}`,
      contenders: [
        { name: `execute ×${renders}`, run: exec.run },
        {
          name: `parse + execute ×${renders}`,
          run: () => {
            for (let i = 0; i < renders; i++) renderLikeHelm(chart, 4);
          },
          runs: 10,
        },
      ],
    },
    {
      name: 'template-process',
      // Most of our process time is Node's start and loading `yaml` for values.yaml (FACTS.md).
      description: 'rendering the realistic chart as a whole process, beside helm template',
      runs: 20,
      warmup: 2,
      reference: 'helm template',
      contenders: [
        processRun('helm template', helm, ['template', 'test', chartDir]),
        processRun(`node render bundle (${process.version})`, node, [bundle, chartDir]),
        processRun('node -e 0', node, ['-e', '0']),
      ],
    },
  ];
}
