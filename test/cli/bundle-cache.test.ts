// kelosctl's command bundles load through V8's code cache (cli/bundle-cache.ts). The cache must be
// written once, taken back unchanged on the next run, never outlive a change of the bundle (V8
// checks only the source's length), and fall back to the temporary folder when dist/ is not
// writable. Each run is its own process, as kelosctl's are.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const loader = new URL('../../cli/bundle-cache.ts', import.meta.url).pathname;

function run(
  bundle: string,
  v8Flags: readonly string[] = [],
  nodeOptions?: string,
  { call = 'answer', update = false } = {},
): string {
  const script = `import { requireBundle } from ${JSON.stringify(loader)};
const m = requireBundle(${JSON.stringify(bundle)});
process.stdout.write(String(m[process.env.KELOS_TEST_CALL]()));`;
  const args = [...v8Flags, '--import', 'tsx', '--input-type=module', '-e', script];
  const env = { ...process.env };
  if (nodeOptions === undefined) delete env['NODE_OPTIONS'];
  else env['NODE_OPTIONS'] = nodeOptions;
  // The function to call comes by the environment: the script is part of Node's options.
  env['KELOS_TEST_CALL'] = call;
  if (update) env['KELOSCTL_CODE_CACHE'] = 'update';
  else delete env['KELOSCTL_CODE_CACHE'];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  expect(r.stderr).to.equal('');
  expect(r.status).to.equal(0);
  return r.stdout;
}

const cacheName = (bundle: string): RegExp => {
  const { size } = statSync(bundle);
  return new RegExp(`^answer-${process.version}-${process.arch}-[0-9a-z]+-${size}-\\d+\\.bin$`);
};

describe('the command bundle code cache', function () {
  this.timeout(60_000);
  let dist: string;
  let bundle: string;

  beforeEach(() => {
    dist = join(mkdtempSync(join(tmpdir(), 'kelos-bundle-cache-')), 'dist');
    mkdirSync(join(dist, 'commands'), { recursive: true });
    bundle = join(dist, 'commands', 'answer.cjs');
    writeFileSync(bundle, "exports.answer = function () { return 'forty-two'; };\n");
  });
  afterEach(() => rmSync(join(dist, '..'), { recursive: true, force: true }));

  it('writes the cache on the first run and takes it back unchanged on the next', () => {
    expect(run(bundle)).to.equal('forty-two');
    const files = readdirSync(join(dist, '.v8-cache'));
    expect(files).to.have.length(1);
    expect(files[0]).to.match(cacheName(bundle));
    const written = statSync(join(dist, '.v8-cache', files[0]!));
    expect(run(bundle)).to.equal('forty-two');
    const again = statSync(join(dist, '.v8-cache', files[0]!));
    expect(again.mtimeMs).to.equal(written.mtimeMs);
    expect(readdirSync(join(dist, '.v8-cache'))).to.deep.equal(files);
  });

  it('never runs an old cache against a rebuilt bundle of the same length, and drops it', () => {
    expect(run(bundle)).to.equal('forty-two');
    const [first] = readdirSync(join(dist, '.v8-cache'));
    writeFileSync(bundle, "exports.answer = function () { return 'forty-one'; };\n");
    const later = new Date(Date.now() + 5000);
    utimesSync(bundle, later, later);
    expect(run(bundle)).to.equal('forty-one');
    // The stale cache is gone; the one left is the new bundle's.
    const files = readdirSync(join(dist, '.v8-cache'));
    expect(files).to.have.length(1);
    expect(files[0]).to.match(cacheName(bundle)).and.not.equal(first);
  });

  it('keeps a cache per set of V8 flags, so that alternating runs rewrite none', () => {
    const semiSpace = ['--max-semi-space-size=2'];
    const runs = [
      () => run(bundle),
      () => run(bundle, semiSpace),
      () => run(bundle, [], '--max-semi-space-size=4'),
    ];
    for (const r of runs) expect(r()).to.equal('forty-two');
    const files = readdirSync(join(dist, '.v8-cache')).sort();
    expect(files).to.have.length(3);
    const times = files.map((f) => statSync(join(dist, '.v8-cache', f)).mtimeMs);
    for (const r of runs) expect(r()).to.equal('forty-two');
    expect(readdirSync(join(dist, '.v8-cache')).sort()).to.deep.equal(files);
    expect(files.map((f) => statSync(join(dist, '.v8-cache', f)).mtimeMs)).to.deep.equal(times);
  });

  it('adds what a run compiled to the cache it took when an update is asked for', () => {
    writeFileSync(
      bundle,
      "exports.answer = function () { return 'forty-two'; };\n" +
        'exports.question = function () { return [6, 9].map((n) => n * 7).join(" or "); };\n',
    );
    expect(run(bundle)).to.equal('forty-two');
    const [file] = readdirSync(join(dist, '.v8-cache'));
    const cache = join(dist, '.v8-cache', file!);
    const before = statSync(cache);
    // Without the update the cache is kept as it is, whatever the run compiled.
    expect(run(bundle, [], undefined, { call: 'question' })).to.equal('42 or 63');
    expect(statSync(cache).mtimeMs).to.equal(before.mtimeMs);
    expect(run(bundle, [], undefined, { call: 'question', update: true })).to.equal('42 or 63');
    expect(readdirSync(join(dist, '.v8-cache'))).to.deep.equal([file]);
    expect(statSync(cache).size).to.be.greaterThan(before.size);
    expect(run(bundle, [], undefined, { call: 'question' })).to.equal('42 or 63');
  });

  it('falls back to the temporary folder when dist/ cannot hold the cache', () => {
    writeFileSync(join(dist, '.v8-cache'), 'not a folder');
    const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
    const fallback = join(tmpdir(), `kelosctl-v8-cache-${uid}`);
    // A fresh bundle name per run keeps other runs' files out of the check.
    const name = `answer-${process.pid}-${Date.now()}.cjs`;
    const own = join(dist, 'commands', name);
    writeFileSync(own, "exports.answer = function () { return 'forty-two'; };\n");
    try {
      expect(run(own)).to.equal('forty-two');
      const prefix = name.replace(/\.cjs$/, '-');
      expect(readdirSync(fallback).filter((f) => f.startsWith(prefix))).to.have.length(1);
      expect(run(own)).to.equal('forty-two');
    } finally {
      for (const f of readdirSync(fallback)) {
        if (f.startsWith(name.replace(/\.cjs$/, '-'))) rmSync(join(fallback, f));
      }
    }
  });
});
