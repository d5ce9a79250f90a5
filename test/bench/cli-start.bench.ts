// kelosctl as a whole process against Helm's own start, the oracle our CLI is judged beside.
// `node -e 0` shows the floor that any Node.js program pays on this machine; started as
// `node dist/kelosctl.cjs`, kelosctl pays what `node -e 0` pays, NODE_EXTRA_CA_CERTS included
// (cli/launcher.ts), and its launcher avoids that.
import { helmBinary } from '../support/helm.js';
import type { Benchmark, Contender } from './harness.js';
import { node24 } from './node24.js';
import { kelosctl, kelosctlRun, processRun, requireBuiltKelosctl } from './process.js';

export async function benchmarks(): Promise<Benchmark[]> {
  requireBuiltKelosctl();
  const helm = await helmBinary(4);
  const node = process.execPath;
  const contenders: Contender[] = [
    processRun('helm version', helm, ['version']),
    kelosctlRun('kelosctl --version', ['--version']),
    kelosctlRun('kelosctl --help', ['--help']),
    processRun('node kelosctl.cjs --version (no launcher)', node, [kelosctl, '--version']),
    processRun('node -e 0', node, ['-e', '0']),
  ];
  if (node24 !== undefined) {
    contenders.push(
      kelosctlRun('kelosctl --version (node 24)', ['--version'], node24),
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
