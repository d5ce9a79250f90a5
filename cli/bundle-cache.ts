// Loading a command bundle with V8's code cache. A bundle of ~1 MB costs Node 20 about 20 ms to
// compile on every run, and its functions are compiled again, lazily, as they first run. V8 can
// serialize the bytecode it made (vm.Script#createCachedData) and take it back on the next run;
// Node 22.1+ offers the same through module.enableCompileCache, Node 20 does not, so kelosctl
// does it itself, the same way on every Node.
//
// The cache is written once, after the command has run (so it holds the lazily compiled functions
// too), into dist/.v8-cache beside the bundles, or the system's temporary folder when dist/ is
// read-only. Its name carries the Node version, the architecture and the bundle's size and mtime:
// V8 itself checks only the source's length, so a rebuilt bundle must never meet an old cache.
// A missing, unreadable, unwritable or rejected cache only costs the compile; it never changes
// what the command does.
//
// With KELOSCTL_CODE_CACHE=update in the environment, a run writes the cache even when it took
// one: V8 then serializes what the cache held and what this run compiled besides. The build uses
// it to add a second chart's functions to the Kelos chart's (scripts/build.ts).
import {
  closeSync,
  readdirSync,
  unlinkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { isAscii } from 'node:buffer';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

// node:module and node:os are not part of Node's start-up snapshot: loading node:module compiles
// its ESM loader too, 1.5 ms on Node 20, and node:os 0.5 ms. So this file uses neither on the
// common path: the wrapper is CommonJS's own, the bundles get this module's require (they require
// only built-in modules, and packages that resolve from dist/ as from dist/commands/), and the
// temporary folder is asked for only when dist/ has no cache.
const wrapperHead = '(function (exports, require, module, __filename, __dirname) { ';
const wrapperTail = '\n});';

// V8 rejects a cache made under other V8 flags (it checks a hash of them), so runs started with
// other options (the launcher's, cli/launcher.ts, or none, and NODE_OPTIONS) keep a cache each
// instead of rewriting one in turn: the options, hashed (FNV-1a), name it.
function optionsKey(): string {
  const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].join(' ').trim();
  if (options === '') return 'plain';
  let h = 0x811c9dc5;
  for (let i = 0; i < options.length; i++) h = Math.imul(h ^ options.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Where the cache of `bundle` lives: beside it when that folder's parent is writable. */
function* cacheFiles(bundle: string, size: number, mtimeMs: number): Generator<string> {
  const name = `${basename(bundle, '.cjs')}-${process.version}-${process.arch}-${optionsKey()}-${size}-${Math.trunc(mtimeMs)}.bin`;
  yield join(dirname(dirname(bundle)), '.v8-cache', name);
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const tmp = process.getBuiltinModule('node:os').tmpdir();
  yield join(tmp, `kelosctl-v8-cache-${uid}`, name);
}

function readFirst(paths: Iterable<string>): Buffer | undefined {
  for (const p of paths) {
    try {
      return readFileSync(p);
    } catch {
      // Not cached there.
    }
  }
  return undefined;
}

// Caches of earlier builds of the same bundle for the same Node go when a new one is written, so
// the folder does not grow with every rebuild (caches of other Node versions stay).
function pruneStale(written: string): void {
  const name = basename(written);
  const prefix = name.slice(0, name.lastIndexOf('-', name.lastIndexOf('-') - 1) + 1);
  for (const f of readdirSync(dirname(written))) {
    if (f !== name && f.startsWith(prefix) && f.endsWith('.bin')) {
      try {
        unlinkSync(join(dirname(written), f));
      } catch {
        // Another run removed it first.
      }
    }
  }
}

// Written to a temporary name and renamed, so a concurrent run never reads half a cache.
function writeFirst(paths: Iterable<string>, data: Buffer): void {
  for (const p of paths) {
    try {
      mkdirSync(dirname(p), { recursive: true });
      const temp = `${p}.${process.pid}.tmp`;
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, data);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, p);
      pruneStale(p);
      return;
    } catch {
      // Try the next place.
    }
  }
}

// In kelosctl.cjs, CommonJS's require; loaded as an ES module (the tests), one made for the bundle.
function bundleRequire(bundle: string): NodeJS.Require {
  return typeof require === 'function'
    ? require
    : process.getBuiltinModule('node:module').createRequire(bundle);
}

/**
 * Requires the CommonJS bundle at the absolute path `bundle`, with V8's code cache. The cache is
 * written when the process exits, if there was none, V8 rejected it, or an update was asked for.
 */
export function requireBundle(bundle: string): unknown {
  // Built ASCII where esbuild can: for ASCII, latin1 decodes to the same string, 3× faster.
  const bytes = readFileSync(bundle);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const { size, mtimeMs } = statSync(bundle);
  const paths = (): Iterable<string> => cacheFiles(bundle, size, mtimeMs);
  const cachedData = readFirst(paths());
  const script = new Script(wrapperHead + source + wrapperTail, {
    filename: bundle,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const update = process.env['KELOSCTL_CODE_CACHE'] === 'update';
  if (update || cachedData === undefined || script.cachedDataRejected === true) {
    process.once('exit', () => writeFirst(paths(), script.createCachedData()));
  }
  const module = { exports: {} as unknown };
  const init = script.runInThisContext() as (...args: unknown[]) => void;
  init.call(module.exports, module.exports, bundleRequire(bundle), module, bundle, dirname(bundle));
  return module.exports;
}
