import { expect } from 'chai';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../cli/index.js';

const testdata = new URL('../generator/testdata/', import.meta.url).pathname;

async function run(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('kelosctl crds', function () {
  this.timeout(60_000);
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'kelosctl-crds-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('prints the CRDs with --stdout, and each size on stderr', async () => {
    const result = await run(['crds', '--api', join(testdata, 'basic/api.ts'), '--stdout']);
    expect(result.code).to.equal(0);
    expect(result.stdout).to.equal(readFileSync(join(testdata, 'basic/expected.yaml'), 'utf8'));
    expect(result.stderr).to.match(/^widgets\.example\.dev: [\d,]+ bytes as applied JSON\n$/);
  });

  it('writes one file per CRD into --out, named <group>_<plural>.yaml', async () => {
    const dir = join(out, 'crds');
    const result = await run([
      'crds',
      '--api',
      join(testdata, 'resource-versions/api.ts'),
      '--out',
      dir,
    ]);
    expect(result.code).to.equal(0);
    expect(result.stdout).to.equal('');
    expect(readdirSync(dir)).to.deep.equal(['fleet.example.dev_ships.yaml']);
    expect(readFileSync(join(dir, 'fleet.example.dev_ships.yaml'), 'utf8')).to.equal(
      readFileSync(join(testdata, 'resource-versions/expected.yaml'), 'utf8'),
    );
  });

  it('prints warnings and still succeeds', async () => {
    const result = await run(['crds', '--api', join(testdata, 'cel-rules/api.ts'), '--stdout']);
    expect(result.code).to.equal(0);
    expect(result.stderr).to.contain(
      'warning: Pool spec.tags: rule 1, rule: all() iterates over self',
    );
  });

  it('reports every error with its position, exits 1 and writes nothing', async () => {
    const dir = join(out, 'crds');
    const result = await run([
      'crds',
      '--api',
      join(testdata, 'error-topology/api.ts'),
      '--out',
      dir,
    ]);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.equal('');
    const lines = result.stderr.split('\n').filter((l) => /:\d+:\d+: /.test(l));
    expect(lines).to.have.length(9);
    expect(lines[0]).to.match(/error-topology\/api\.ts:12:9: Shelf spec\.keysWithoutMap: /);
    expect(result.stderr).to.contain('\n  ');
    expect(existsSync(dir)).to.equal(false);
  });

  it('trims descriptions with --max-desc-len', async () => {
    const result = await run([
      'crds',
      '--api',
      join(testdata, 'basic/api.ts'),
      '--stdout',
      '--max-desc-len',
      '0',
    ]);
    expect(result.code).to.equal(0);
    expect(result.stdout).to.not.contain('description:');
  });

  const usage: readonly { args: string[]; error: string }[] = [
    { args: ['--out', 'x', '--stdout'], error: '--out and --stdout cannot be used together' },
    {
      args: ['--max-desc-len', 'ten'],
      error: '--max-desc-len needs a non-negative integer, got "ten"',
    },
    { args: ['--max-desc-len'], error: 'flag needs an argument: --max-desc-len' },
    { args: ['--colour'], error: 'unknown flag: --colour' },
    { args: ['extra'], error: '"kelosctl crds" accepts 0 arguments, received 1' },
  ];
  for (const { args, error } of usage) {
    it(`rejects ${args.join(' ')}`, async () => {
      const result = await run(['crds', ...args]);
      expect(result.code).to.equal(1);
      expect(result.stderr).to.equal(`Error: ${error}\nRun 'kelosctl crds --help' for usage.\n`);
    });
  }

  it('names a missing entry file', async () => {
    const result = await run(['crds', '--api', join(out, 'missing.ts'), '--stdout']);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain('missing.ts');
    expect(result.stderr).to.not.contain('internal error');
  });
});
