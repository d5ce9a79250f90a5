// Whole-process CRD generation: `kelosctl crds` cold (no cache: a TypeScript program is built)
// and with nothing changed (the content-hash cache answers), beside `node -e 0`, the floor of any
// Node.js process. The API is the Kelos API itself (api/index.ts): four CRDs, 240 KB of JSON.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Benchmark, Contender } from './harness.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = `${root}dist/kelosctl.cjs`;
const api = `${root}api/index.ts`;

function processRun(name: string, args: readonly string[]): Contender {
  return {
    name,
    run: () => {
      const result = spawnSync(process.execPath, args, {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      if (result.status !== 0) {
        throw new Error(`${name} failed: ${result.stderr.toString()}`);
      }
    },
  };
}

/** The crds benchmark. */
export async function benchmarks(): Promise<Benchmark[]> {
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: run npm run build first`);
  }
  return [
    {
      name: 'crds',
      description: 'kelosctl crds --stdout on the Kelos API, whole process',
      runs: 10,
      warmup: 1,
      reference: 'node -e 0',
      contenders: [
        processRun('crds, cold (--no-cache)', [
          bin,
          'crds',
          '--api',
          api,
          '--stdout',
          '--no-cache',
        ]),
        processRun('crds, nothing changed (cache)', [bin, 'crds', '--api', api, '--stdout']),
        processRun('node -e 0', ['-e', '0']),
      ],
      targets: [
        { kind: 'time', contender: 'crds, cold (--no-cache)', maxMs: 2000 },
        { kind: 'time', contender: 'crds, nothing changed (cache)', maxMs: 500 },
      ],
    },
  ];
}
