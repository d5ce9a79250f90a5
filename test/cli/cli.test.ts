import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { runCli } from '../../cli/index.js';
import { commands } from '../../cli/commands.js';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

async function run(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('kelosctl', () => {
  const table: readonly {
    args: readonly string[];
    code: number;
    stdout?: RegExp;
    stderr?: string;
  }[] = [
    { args: [], code: 0, stdout: /^Usage:\n {2}kelosctl <command> \[flags\]$/m },
    { args: ['--help'], code: 0, stdout: /^Available Commands:$/m },
    { args: ['-h'], code: 0, stdout: /^Available Commands:$/m },
    { args: ['help'], code: 0, stdout: /^Available Commands:$/m },
    { args: ['--version'], code: 0, stdout: new RegExp(`^kelosctl v${pkg.version}\\n$`) },
    { args: ['version', '--short'], code: 0, stdout: new RegExp(`^v${pkg.version}\\n$`) },
    { args: ['version'], code: 0, stdout: new RegExp(`^kelosctl v${pkg.version} \\(node v\\d+`) },
    { args: ['help', 'version'], code: 0, stdout: /^Usage:\n {2}kelosctl version \[--short\]$/m },
    { args: ['version', '--help'], code: 0, stdout: /^Usage:\n {2}kelosctl version/m },
    {
      args: ['frobnicate'],
      code: 1,
      stderr: `Error: unknown command "frobnicate" for "kelosctl"\nRun 'kelosctl --help' for usage.\n`,
    },
    {
      args: ['--frobnicate'],
      code: 1,
      stderr: `Error: unknown flag: --frobnicate\nRun 'kelosctl --help' for usage.\n`,
    },
    {
      args: ['help', 'frobnicate'],
      code: 1,
      stderr: `Error: unknown help topic "frobnicate"\nRun 'kelosctl --help' for usage.\n`,
    },
    {
      args: ['version', '--bogus'],
      code: 1,
      stderr: `Error: unknown flag: --bogus\nRun 'kelosctl version --help' for usage.\n`,
    },
    {
      args: ['version', '--short=yes'],
      code: 1,
      stderr: `Error: flag --short does not take a value\nRun 'kelosctl version --help' for usage.\n`,
    },
    {
      args: ['version', 'extra'],
      code: 1,
      stderr: `Error: "kelosctl version" accepts 0 arguments, received 1\nRun 'kelosctl version --help' for usage.\n`,
    },
  ];
  for (const c of table) {
    it(`kelosctl ${c.args.join(' ')} exits ${c.code}`, async () => {
      const result = await run(c.args);
      expect(result.code).to.equal(c.code);
      if (c.stdout !== undefined) {
        expect(result.stdout).to.match(c.stdout);
      }
      expect(result.stderr).to.equal(c.stderr ?? '');
      if (c.code !== 0) {
        expect(result.stdout).to.equal('');
      }
    });
  }

  it('lists exactly the commands it has, and each of them has help', async () => {
    const { stdout } = await run(['--help']);
    const listed = stdout
      .split('Available Commands:\n')[1]!
      .split('\n\n')[0]!
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[0]);
    expect(listed).to.deep.equal(['help', ...commands.map((c) => c.name)].sort());
    for (const c of commands) {
      const help = await run([c.name, '--help']);
      expect(help.code).to.equal(0);
      expect(help.stdout).to.contain(c.usage);
    }
  });
});

describe('the built kelosctl binary', () => {
  const bin = `${root}${pkg.bin['kelosctl']}`;

  before(() => {
    if (!existsSync(bin)) {
      throw new Error(`${bin} is missing: run npm run build (npm ci runs it through prepare)`);
    }
  });

  it('prints its help as one process, with nothing on stderr', () => {
    const result = spawnSync(bin, ['--help'], { encoding: 'utf8' });
    expect(result.status).to.equal(0);
    expect(result.stderr).to.equal('');
    expect(result.stdout).to.match(/^Available Commands:$/m);
  });

  it('runs through npx from the project folder', () => {
    const result = spawnSync('npx', ['--no-install', 'kelosctl', '--version'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).to.equal('');
    expect(result.stdout).to.equal(`kelosctl v${pkg.version}\n`);
    expect(result.status).to.equal(0);
  });

  it('reports a usage error with exit code 1 and no stack trace', () => {
    const result = spawnSync(bin, ['nope'], { encoding: 'utf8' });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.not.match(/\bat .*:\d+:\d+\)?$/m);
  });
});
