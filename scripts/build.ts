// Builds everything `npm ci` must leave ready: type-checks the whole project, emits the library
// entry points with their declarations (dist/lib), and bundles kelosctl into dist/kelosctl.cjs.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

// One CommonJS file: Node 20 starts a CommonJS script several milliseconds sooner than an ES
// module (measured by `npm run bench -- cli-start`), and esbuild turns each command's dynamic
// import() into a lazily evaluated module inside the same file.
await build({
  absWorkingDir: root,
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/kelosctl.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  // The generator's TypeScript front end is large and needed by one command only; it stays a
  // runtime require() so that other commands never parse it.
  external: ['typescript', 'ts-json-schema-generator'],
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(`${root}dist/kelosctl.cjs`, 0o755);
