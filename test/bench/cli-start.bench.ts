// kelosctl as a whole process against Helm's own start, the oracle our CLI is judged beside.
// `node -e 0` shows the floor that any Node.js program pays on this machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { helmBinary } from '../support/helm.js';
import type { Benchmark, Contender } from './harness.js';
import { node24 } from './node24.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = `${root}dist/kelosctl.cjs`;

function processRun(name: string, command: string, args: readonly string[]): Contender {
  return {
    name,
    run: () => {
      const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      if (result.status !== 0) {
        throw new Error(`${name} failed: ${result.stderr.toString()}`);
      }
    },
  };
}

export async function benchmarks(): Promise<Benchmark[]> {
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: run npm run build first`);
  }
  const helm = await helmBinary(4);
  const node = process.execPath;
  const contenders: Contender[] = [
    processRun('helm version', helm, ['version']),
    processRun('kelosctl --version', node, [bin, '--version']),
    processRun('kelosctl --help', node, [bin, '--help']),
    processRun('node -e 0', node, ['-e', '0']),
  ];
  if (node24 !== undefined) {
    contenders.push(
      processRun('kelosctl --version (node 24)', node24, [bin, '--version']),
      processRun('node -e 0 (node 24)', node24, ['-e', '0']),
    );
  }
  return [
    {
      name: 'cli-start',
      description: `whole-process start of kelosctl (node ${process.version}) beside helm version`,
      runs: 40,
      warmup: 3,
      reference: 'helm version',
      contenders,
    },
  ];
}
