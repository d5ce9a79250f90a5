// Golden cases for `kelosctl template`: each folder under testdata/cases holds `args` (one
// argument a line, paths relative to testdata/) and what real Helm printed for them, recorded as
// helm3.golden and helm4.golden (stdout and any warnings, or `exit N` and stderr when Helm
// failed). The suite
// runs Helm again (a golden that no longer matches fails), then runs `kelosctl template
// --helm-major N` in process and compares byte for byte, and once more as users run it: the
// built dist/kelosctl.cjs as a whole process (its launcher, bundles and code cache).
// `UPDATE_GOLDEN=1` re-records.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../cli/index.js';
import { runHelm, type HelmMajor } from '../../support/helm.js';

const root = new URL('./testdata/', import.meta.url).pathname;
const bin = new URL('../../../dist/kelosctl.cjs', import.meta.url).pathname;
const update = process.env['UPDATE_GOLDEN'] === '1';
const majors: readonly HelmMajor[] = [4, 3];
const cases = readdirSync(join(root, 'cases')).sort();

const argsOf = (name: string): string[] =>
  readFileSync(join(root, 'cases', name, 'args'), 'utf8')
    .split('\n')
    .filter((l) => l !== '');

/**
 * The golden text of a run: `exit N` and stderr on failure; on success stdout, then what Helm
 * logged (warnings), its lines sorted: Helm logs coalescing warnings in Go's random map order.
 */
export function goldenText(status: number | null, stdout: string, stderr: string): string {
  if (status !== 0) return `exit ${status ?? 'signal'}\n${stderr}`;
  if (stderr === '') return stdout;
  const lines = stderr.split('\n').filter((l) => l !== '');
  return `${stdout}\n# stderr, lines sorted:\n${lines.sort().join('\n')}\n`;
}

async function ours(args: readonly string[], major: HelmMajor): Promise<string> {
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await runCli(['template', '--helm-major', String(major), ...args], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    return goldenText(code, stdout, stderr);
  } finally {
    process.chdir(cwd);
  }
}

// The built kelosctl as a whole process, run the way users run it.
function built(args: readonly string[], major: HelmMajor): string {
  const r = spawnSync(bin, ['template', '--helm-major', String(major), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return goldenText(r.status, r.stdout, r.stderr);
}

describe('kelosctl template: golden cases against Helm', function () {
  const mismatches: string[] = [];

  before(async function () {
    this.timeout(600_000);
    for (const name of cases) {
      for (const major of majors) {
        const r = await runHelm(['template', ...argsOf(name)], { major, cwd: root });
        const golden = goldenText(r.status, r.stdout, r.stderr);
        const path = join(root, 'cases', name, `helm${major}.golden`);
        if (update) writeFileSync(path, golden);
        else if (!existsSync(path) || readFileSync(path, 'utf8') !== golden)
          mismatches.push(`${name}/helm${major}`);
      }
    }
  });

  it(`the ${cases.length * majors.length} recorded goldens still match real Helm`, function () {
    expect(mismatches).to.deep.equal([]);
  });

  for (const name of cases) {
    for (const major of majors) {
      it(`${name}: we print what Helm ${major} prints`, async function () {
        const golden = readFileSync(join(root, 'cases', name, `helm${major}.golden`), 'utf8');
        expect(await ours(argsOf(name), major)).to.equal(golden);
      });
      it(`${name}: the built kelosctl prints what Helm ${major} prints`, function () {
        const golden = readFileSync(join(root, 'cases', name, `helm${major}.golden`), 'utf8');
        expect(built(argsOf(name), major)).to.equal(golden);
      });
    }
  }
});
