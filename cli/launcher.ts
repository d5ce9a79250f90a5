// How the kelosctl file starts a process. On POSIX systems its first two lines are a shell
// launcher, and Node reads the same file as JavaScript (the shebang is skipped, and the second
// line is a string statement followed by a comment). The launcher exists for one cost. Node 20
// parses every certificate named by NODE_EXTRA_CA_CERTS before any script runs: 40 ms for
// Debian's bundle on our 2-core machine, which is more than Node's whole start without it.
// Node 22 and later read that file only on first TLS use. kelosctl opens no TLS connection, so
// the launcher moves the variable aside for Node's start, and main.ts puts it back into
// process.env before the command runs, so any child process still sees the user's environment.
// The launcher also starts Node with one V8 worker thread (`--v8-pool-size=1`) instead of four:
// a kelosctl run lasts a fraction of a second, and on our 2-core machine four background
// threads (concurrent compiling, parallel GC) competing with the main thread, then joined at
// exit, cost more than they give: 76 ms against 88 ms on the Kelos chart, 393 ms against 477 ms on
// kube-prometheus-stack. And it caps V8's young generation at 2 MB semi-spaces
// (`--max-semi-space-size=2`, 16 MB by default): a short run that lets it grow touches fresh
// memory for every allocation, and page faults cost more than the extra scavenges
// (kube-prometheus-stack 398 → 347 ms, airflow 327 → 318 ms, smaller charts unchanged). And it
// has V8 make its baseline (Sparkplug) code on that worker thread instead of the main one
// (`--concurrent-sparkplug`, the default from Node 24 on): on Node 20, 500 templates
// 127.7 → 124.7 ms, the Kelos chart 67.0 → 64.8 ms, kube-prometheus-stack 309 → 303 ms
// (interleaved runs). The code cache is kept per set of options (bundle-cache.ts), as V8 checks
// its flags.
// On Windows, npm's cmd-shim reads the shebang to run the file and has no `sh`, so a build
// there writes the plain `#!/usr/bin/env node` line. Either way the file needs `node` on the
// PATH.

/** Where the launcher keeps NODE_EXTRA_CA_CERTS while Node starts. */
export const keptCaCertsVariable = 'KELOSCTL_NODE_EXTRA_CA_CERTS';

/** The first lines of dist/kelosctl.cjs when it is built on `platform`. */
export function launcherLines(platform: NodeJS.Platform): string {
  if (platform === 'win32') return '#!/usr/bin/env node\n';
  return (
    '#!/bin/sh\n' +
    `':' //; if [ -n "\${NODE_EXTRA_CA_CERTS+x}" ]; then ${keptCaCertsVariable}=$NODE_EXTRA_CA_CERTS; ` +
    `export ${keptCaCertsVariable}; unset NODE_EXTRA_CA_CERTS; fi; exec node --v8-pool-size=1 --max-semi-space-size=2 --concurrent-sparkplug "$0" "$@"\n`
  );
}

/** Puts back into `env` the NODE_EXTRA_CA_CERTS that the launcher moved aside. */
export function restoreLauncherEnv(env: NodeJS.ProcessEnv): void {
  const kept = env[keptCaCertsVariable];
  if (kept === undefined) return;
  env['NODE_EXTRA_CA_CERTS'] = kept;
  delete env[keptCaCertsVariable];
}
