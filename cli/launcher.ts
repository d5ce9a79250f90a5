// How the kelosctl file starts a process. On POSIX systems its first two lines are a shell
// launcher, and Node reads the same file as JavaScript (the shebang is skipped, and the second
// line is a string statement followed by a comment). The launcher exists for one cost. Node 20
// parses every certificate named by NODE_EXTRA_CA_CERTS before any script runs: 40 ms for
// Debian's bundle on our 2-core machine, which is more than Node's whole start without it.
// Node 22 and later read that file only on first TLS use. kelosctl opens no TLS connection, so
// the launcher moves the variable aside for Node's start, and main.ts puts it back into
// process.env before the command runs, so any child process still sees the user's environment.
// The launcher also starts Node with V8 options for a run of a fraction of a second on few
// cores (launcherNodeOptions, below, says what each gives). Options that change V8's code
// generation make V8 reject the code Node keeps compiled for its own modules, so a module first
// loaded during a run (node:zlib for a .tgz subchart, node:crypto for keys) is compiled from
// source: node:zlib 1.5 → 5 ms on Node 20. On Node 20 and 22 the semi-space cap already does
// that; on Node 24 the queue length does. The code cache of our own bundles is kept per set of
// options (bundle-cache.ts), as V8 checks its flags.
// On Windows, npm's cmd-shim reads the shebang to run the file and has no `sh`, so a build
// there writes the plain `#!/usr/bin/env node` line. Either way the file needs `node` on the
// PATH.

/** The options the launcher starts Node with. */
export const launcherNodeOptions: readonly string[] = [
  // One V8 worker thread instead of four: four background threads (concurrent compiling, parallel
  // GC) competing with the main thread on our 2-core machine, then joined at exit, cost more
  // than they give: the Kelos chart 88 → 76 ms, kube-prometheus-stack 477 → 393 ms.
  '--v8-pool-size=1',
  // V8's young generation capped at 2 MB semi-spaces (16 MB by default): a short run that lets
  // it grow touches fresh memory for every allocation, and page faults cost more than the extra
  // scavenges (kube-prometheus-stack 398 → 347 ms, airflow 327 → 318 ms, small charts unchanged).
  '--max-semi-space-size=2',
  // Baseline (Sparkplug) code made on the worker thread instead of the main one, the default from
  // Node 24 on: on Node 20, 500 templates 127.7 → 124.7 ms, the Kelos chart 67.0 → 64.8 ms.
  '--concurrent-sparkplug',
  // At most one function waiting for optimization (8 by default). With one worker thread, the
  // templates' parser is still being optimized, too late to help, while the executor runs
  // unoptimized; what is hot now should be compiled next. Node 20: 500 templates executed in 23
  // instead of 30 ms; Node 22: 125.6 → 107.0 ms in all, of which 9 ms less waiting at exit for
  // compile jobs; 79 real charts 2.4% faster on Node 20 and 22, 0.6% slower on Node 24.
  '--concurrent-recompilation-queue-length=1',
];

/** Where the launcher keeps NODE_EXTRA_CA_CERTS while Node starts. */
export const keptCaCertsVariable = 'KELOSCTL_NODE_EXTRA_CA_CERTS';

/** The first lines of dist/kelosctl.cjs when it is built on `platform`. */
export function launcherLines(platform: NodeJS.Platform): string {
  if (platform === 'win32') return '#!/usr/bin/env node\n';
  return (
    '#!/bin/sh\n' +
    `':' //; if [ -n "\${NODE_EXTRA_CA_CERTS+x}" ]; then ${keptCaCertsVariable}=$NODE_EXTRA_CA_CERTS; ` +
    `export ${keptCaCertsVariable}; unset NODE_EXTRA_CA_CERTS; fi; exec node ${launcherNodeOptions.join(' ')} "$0" "$@"\n`
  );
}

/** Puts back into `env` the NODE_EXTRA_CA_CERTS that the launcher moved aside. */
export function restoreLauncherEnv(env: NodeJS.ProcessEnv): void {
  const kept = env[keptCaCertsVariable];
  if (kept === undefined) return;
  env['NODE_EXTRA_CA_CERTS'] = kept;
  delete env[keptCaCertsVariable];
}
