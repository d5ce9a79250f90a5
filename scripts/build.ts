// Builds everything `npm ci` must leave ready: type-checks the whole project, emits the library
// entry points with their declarations (dist/lib), and bundles kelosctl: a small dispatcher,
// dist/kelosctl.cjs, and one bundle per command, dist/commands/<name>.cjs, loaded only when that
// command runs.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { commands } from '../cli/commands.js';
import { launcherLines } from '../cli/launcher.js';

const root = new URL('..', import.meta.url).pathname;
const requireHere = createRequire(import.meta.url);
const tsc = requireHere.resolve('typescript/bin/tsc');

// Type-check first: a failing check leaves the previous dist/ in place.
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

// CommonJS, not ES modules: Node 20 starts a CommonJS script several milliseconds sooner
// (measured by `npm run bench -- cli-start`).
const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Modules written as ES modules ask import.meta.url for their own location; a getter works it
  // out only when asked (pathToFileURL costs most of a millisecond at start). Coming first, the
  // banner leaves esbuild's "use strict" no directive, so the bundles run in sloppy mode; making
  // them strict measured 3 ms slower on the Kelos chart, and the suite runs the same code strict.
  banner: {
    js: "const __kelosMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };",
  },
  define: { 'import.meta.url': '__kelosMeta.url' },
  // A dynamic import() of a command becomes a plain require() of its bundle.
  supported: { 'dynamic-import': false },
  // The generator's TypeScript front end is large; it stays a runtime require() of the installed
  // package rather than a copy inside the crds bundle.
  external: ['typescript', 'ts-json-schema-generator'],
  legalComments: 'none',
  logLevel: 'warning',
  // Whitespace and syntax minified, names kept (stack traces stay readable): a third less source
  // to read and hash on every run, 4-8 ms on a template run (`npm run bench -- template-chart`).
  minifyWhitespace: true,
  minifySyntax: true,
  // ASCII where esbuild can escape (not in regular expression literals): bundle-cache.ts decodes
  // an ASCII-only bundle as latin1, three times faster than UTF-8.
  charset: 'ascii',
};

// The command table imports each command lazily; in the dispatcher those imports become loads of
// the separate command bundles (through V8's code cache: cli/bundle-cache.ts) instead of pulling
// the commands in.
const commandsApart: Plugin = {
  name: 'commands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) =>
      args.importer.endsWith('cli/commands.ts')
        ? { path: args.path.replace(/^\.\/commands\/|\.js$/g, ''), namespace: 'command-bundle' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'command-bundle' }, (args) => ({
      contents:
        "const { requireBundle } = require('./bundle-cache.ts');\n" +
        `module.exports = requireBundle(require('node:path').join(__dirname, 'commands', '${args.path}.cjs'));\n`,
      loader: 'js',
      resolveDir: `${root}cli`,
    }));
  },
};

// `yaml` and `re2js` are half of the template bundle, and a run needs them only when a document
// is outside the fast YAML readers or a template calls a regular-expression function. Imported
// from our sources, each becomes a module of forwarders: every export is a Proxy that loads the
// package, still inside the bundle, on first use (esbuild runs a require()d module's top level
// only when it is first required). Saves their start-up and a quarter of the code cache, about
// 2.5 ms of a template run. A Proxy over a function forwards a function or class whole: calls,
// `new`, static members, instanceof. Other exports (yaml's CST namespace) are left out, since
// taking one would load the package at start; importing one fails the build.
const lazyPackages: Plugin = {
  name: 'lazy-packages',
  setup(b) {
    b.onResolve({ filter: /^(yaml|re2js)$/ }, (args) =>
      args.namespace === 'lazy-package' || args.importer.includes('/node_modules/')
        ? undefined
        : { path: args.path, namespace: 'lazy-package' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      const exports = Object.entries(requireHere(args.path) as Record<string, unknown>);
      const forwarders = exports
        .filter(([, v]) => typeof v === 'function')
        .map(([name]) => `export const ${name} = lazy(${JSON.stringify(name)});`);
      return {
        contents: [
          `let loaded;`,
          `const real = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
          `const lazy = (name) => new Proxy(function () {}, {`,
          `  get: (_, key) => Reflect.get(real()[name], key),`,
          `  has: (_, key) => Reflect.has(real()[name], key),`,
          `  apply: (_, self, args) => Reflect.apply(real()[name], self, args),`,
          `  construct: (_, args) => Reflect.construct(real()[name], args),`,
          `});`,
          ...forwarders,
        ].join('\n'),
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};

await build({
  ...common,
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/kelosctl.cjs',
  // The first lines start Node (cli/launcher.ts says why they are a shell launcher on POSIX).
  banner: { js: `${launcherLines(process.platform)}${common.banner!['js']}` },
  plugins: [commandsApart],
});
await build({
  ...common,
  entryPoints: Object.fromEntries(
    commands.map((c) => [`commands/${c.name}`, `cli/commands/${c.name}.ts`]),
  ),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  plugins: [lazyPackages],
});
chmodSync(`${root}dist/kelosctl.cjs`, 0o755);

// The freshly built kelosctl, started as users start it (through its launcher, except on
// Windows), so that the code caches it leaves are the ones later runs use.
const kelosctl = `${root}dist/kelosctl.cjs`;
const [command, ...first] =
  process.platform === 'win32' ? [process.execPath, kelosctl] : [kelosctl];
const runKelosctl = (
  args: readonly string[],
  stdio: 'inherit' | 'pipe',
  env: Record<string, string> = {},
): Buffer =>
  execFileSync(command!, [...first, ...args], {
    cwd: root,
    stdio: ['ignore', stdio, 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });

// The main job's artifacts: the Kelos CRDs. (config/crd holds the committed copy that tests hold
// to the API; dist/ is what a build produces.)
runKelosctl(['crds', '--api', 'api/index.ts', '--out', 'dist/crds', '--no-cache'], 'inherit');

// A plain render of the Kelos chart first, so that the template bundle's code cache holds what
// `kelosctl template` runs: the install manifest below also runs the yaml package, whose
// functions make the cache a third larger (610 KB against 458) and every template run slower
// (interleaved: 500 templates 119.3 against 114.8 ms, the Kelos chart 62.5 against 61.1 ms).
runKelosctl(['template', 'kelos', 'chart/kelos', '-n', 'kelos-system'], 'pipe');
// Then a chart written as charts commonly are (scripts/warm-up-chart), whose functions the cache
// takes in besides: a function compiled lazily, outside the cache, measured costlier than its
// compile (500 templates: 121.7 against 119.0 ms with quote and a range over a map cached too).
runKelosctl(['template', 'warm-up', 'scripts/warm-up-chart'], 'pipe', {
  KELOSCTL_CODE_CACHE: 'update',
});

// And the install manifest: the Kelos chart rendered by our own renderer, CRDs first, in install
// order, as the Kelos installer applies it.
const manifest = runKelosctl(
  ['template', 'kelos', 'chart/kelos', '-n', 'kelos-system', '--install-manifest'],
  'pipe',
);
writeFileSync(`${root}dist/install.yaml`, manifest);
