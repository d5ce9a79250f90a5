// The shell launcher at the top of dist/kelosctl.cjs (cli/launcher.ts): what it hands to Node
// (checked with a stand-in `node` that reports its environment and arguments), that the real
// file runs as users run it (directly, through a symlink as npm links bins, with awkward
// arguments), and that main.ts puts the moved variable back.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import {
  keptCaCertsVariable,
  launcherLines,
  launcherNodeOptions,
  restoreLauncherEnv,
} from '../../cli/launcher.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'dist/kelosctl.cjs');

// Runs `file` as an executable with exactly `env` (PATH added).
function exec(file: string, args: readonly string[], env: Record<string, string>, path?: string) {
  return spawnSync(file, args, {
    encoding: 'utf8',
    env: { PATH: path ?? process.env['PATH']!, ...env },
  });
}

describe('kelosctl launcher', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kelos-launcher-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('launcherLines', () => {
    it('is the plain node shebang on Windows, where npm shims have no sh', () => {
      expect(launcherLines('win32')).to.equal('#!/usr/bin/env node\n');
    });

    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      it(`is JavaScript that does nothing, as built on ${platform}`, () => {
        const sandbox = { ran: false };
        runInNewContext(`${launcherLines(platform)}ran = true;\n`, sandbox);
        expect(sandbox.ran).to.equal(true);
      });
    }
  });

  describe('restoreLauncherEnv', () => {
    const cases: [string, NodeJS.ProcessEnv, NodeJS.ProcessEnv][] = [
      [
        'puts a moved NODE_EXTRA_CA_CERTS back',
        { [keptCaCertsVariable]: '/etc/ca.pem', HOME: '/h' },
        { NODE_EXTRA_CA_CERTS: '/etc/ca.pem', HOME: '/h' },
      ],
      ['keeps an empty value empty', { [keptCaCertsVariable]: '' }, { NODE_EXTRA_CA_CERTS: '' }],
      ['leaves an environment without it alone', { HOME: '/h' }, { HOME: '/h' }],
    ];
    for (const [name, before, after] of cases) {
      it(name, () => {
        const env = { ...before };
        restoreLauncherEnv(env);
        expect(env).to.deep.equal(after);
      });
    }
  });

  describe('the built file', () => {
    // A stand-in `node` that prints what the launcher gave it, one line each.
    function fakeNodePath(): string {
      const fake = join(dir, 'fake-bin');
      mkdirSync(fake, { recursive: true });
      writeFileSync(
        join(fake, 'node'),
        '#!/bin/sh\n' +
          'echo "extra=${NODE_EXTRA_CA_CERTS-unset}"\n' +
          `echo "kept=\${${keptCaCertsVariable}-unset}"\n` +
          'for a in "$@"; do echo "arg=$a"; done\n',
      );
      chmodSync(join(fake, 'node'), 0o755);
      return `${fake}:/usr/bin:/bin`;
    }

    // The environment given, and what the launcher keeps aside for main.ts.
    const handOver: [string, Record<string, string>, string][] = [
      ['moves a set variable aside', { NODE_EXTRA_CA_CERTS: '/x/ca.pem' }, '/x/ca.pem'],
      ['moves an empty variable aside, still empty', { NODE_EXTRA_CA_CERTS: '' }, ''],
      ['sets nothing when the variable is absent', {}, 'unset'],
    ];
    for (const [name, env, kept] of handOver) {
      it(`${name}, and passes the arguments through unchanged`, () => {
        const args = ['template', 'a b', '--set', 'x="q u o t e"', '$HOME', '*', ''];
        const r = exec(bin, args, env, fakeNodePath());
        expect(r.status, r.stderr).to.equal(0);
        expect(r.stdout.split('\n')).to.deep.equal([
          'extra=unset',
          `kept=${kept}`,
          ...launcherNodeOptions.map((o) => `arg=${o}`),
          `arg=${bin}`,
          ...args.map((a) => `arg=${a}`),
          '',
        ]);
      });
    }

    it('starts Node without reading NODE_EXTRA_CA_CERTS, and runs the command', () => {
      // Node 20 warns at start when the file cannot be read; through the launcher it never
      // reads it.
      const env = { NODE_EXTRA_CA_CERTS: join(dir, 'missing.pem') };
      const launched = exec(bin, ['--version'], env);
      const direct = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
      expect(launched.stderr).to.equal('');
      expect(launched.status).to.equal(0);
      expect(launched.stdout).to.equal(direct.stdout);
    });

    it('runs through a symlink, as npm links bins, on a chart path with spaces', () => {
      const links = join(dir, 'node_modules', '.bin');
      mkdirSync(links, { recursive: true });
      symlinkSync(bin, join(links, 'kelosctl'));
      const chart = join(dir, 'my chart');
      cpSync(join(root, 'chart/kelos'), chart, { recursive: true });
      const args = ['template', 'kelos', chart, '-n', 'kelos system'];
      const linked = exec(join(links, 'kelosctl'), args, {});
      const direct = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
      expect(linked.stderr).to.equal(direct.stderr);
      expect(linked.status).to.equal(direct.status);
      expect(linked.stdout).to.equal(direct.stdout);
      expect(linked.stdout).to.include('kelos system');
    });
  });
});
