// Whole processes as benchmark contenders, and kelosctl run the way users run it: the built file
// executed directly (its launcher, cli/launcher.ts, starts the `node` on the PATH), with the
// environment of the benchmark run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Contender } from './harness.js';

const root = new URL('../..', import.meta.url).pathname;

/** The built kelosctl; benchmarks of it need `npm run build` first. */
export const kelosctl = join(root, 'dist/kelosctl.cjs');

/** Throws when kelosctl has not been built. */
export function requireBuiltKelosctl(): void {
  if (!existsSync(kelosctl)) throw new Error(`${kelosctl} is missing: run npm run build first`);
}

/** A contender that runs `command args` in the project root and fails on a non-zero exit. */
export function processRun(
  name: string,
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Contender {
  return {
    name,
    run: () => {
      const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: root, env });
      if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr.toString()}`);
    },
  };
}

/** kelosctl as users start it, on the PATH's node or with `node` (a binary) first on the PATH. */
export function kelosctlRun(name: string, args: readonly string[], node?: string): Contender {
  const env =
    node === undefined
      ? process.env
      : { ...process.env, PATH: `${dirname(node)}:${process.env['PATH'] ?? ''}` };
  return processRun(name, kelosctl, args, env);
}
