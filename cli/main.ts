// The kelosctl binary: the bundle's entry point. It only wires the process to runCli; all
// behaviour lives in run.ts so tests can drive it in-process.
import { findCommand } from './commands.js';
import { restoreLauncherEnv } from './launcher.js';
import { exitAfterOutput, writeOutput } from './process-output.js';
import { runCli } from './run.js';

// The environment as the user set it, before the command runs.
restoreLauncherEnv(process.env);

// Node 22.1+ caches compiled bytecode between runs of modules Node loads itself, such as the
// TypeScript compiler `crds` requires unbundled (command bundles have their own cache,
// bundle-cache.ts). Only a command that requires such packages turns it on: the cache costs
// the others its set-up and its flush at exit (2 ms of a template run on Node 22). Node 20 has
// no such cache, and there node:module is not loaded at all: it is outside Node's start-up
// snapshot and costs 1.5 ms to load.
if (
  findCommand(process.argv[2] ?? '')?.requiresPackages === true &&
  Number(process.versions.node.split('.')[0]) >= 22
) {
  (
    process.getBuiltinModule('node:module') as { enableCompileCache?: () => unknown }
  ).enableCompileCache?.();
}

void runCli(process.argv.slice(2), {
  stdout: (text) => writeOutput(1, text),
  stderr: (text) => writeOutput(2, text),
}).then(exitAfterOutput);
