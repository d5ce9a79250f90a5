// The kelosctl binary: the bundle's entry point. It only wires the process to runCli; all
// behaviour lives in run.ts so tests can drive it in-process.
import module from 'node:module';
import { restoreLauncherEnv } from './launcher.js';
import { exitAfterOutput, writeOutput } from './process-output.js';
import { runCli } from './run.js';

// The environment as the user set it, before the command runs.
restoreLauncherEnv(process.env);

// Node 22.1+ caches compiled bytecode between runs of modules Node loads itself: this file and
// the TypeScript compiler `crds` requires unbundled (command bundles have their own cache,
// bundle-cache.ts). On Node 20 the function does not exist.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

void runCli(process.argv.slice(2), {
  stdout: (text) => writeOutput(1, text),
  stderr: (text) => writeOutput(2, text),
}).then(exitAfterOutput);
