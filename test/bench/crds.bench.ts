// Whole-process CRD generation: `kelosctl crds` cold (no cache: a TypeScript program is built)
// and with nothing changed (the content-hash cache answers), beside `node -e 0`, the floor of any
// Node.js process. The API is the Kelos API itself (api/index.ts): four CRDs, 240 KB of JSON.
import type { Benchmark } from './harness.js';
import { kelosctlRun, processRun, requireBuiltKelosctl } from './process.js';

const root = new URL('../..', import.meta.url).pathname;
const api = `${root}api/index.ts`;

/** The crds benchmark. */
export async function benchmarks(): Promise<Benchmark[]> {
  requireBuiltKelosctl();
  return [
    {
      name: 'crds',
      description: 'kelosctl crds --stdout on the Kelos API, whole process',
      runs: 10,
      warmup: 1,
      reference: 'node -e 0',
      contenders: [
        kelosctlRun('crds, cold (--no-cache)', ['crds', '--api', api, '--stdout', '--no-cache']),
        kelosctlRun('crds, nothing changed (cache)', ['crds', '--api', api, '--stdout']),
        processRun('node -e 0', process.execPath, ['-e', '0']),
      ],
      targets: [
        { kind: 'time', contender: 'crds, cold (--no-cache)', maxMs: 2000 },
        { kind: 'time', contender: 'crds, nothing changed (cache)', maxMs: 500 },
      ],
    },
  ];
}
