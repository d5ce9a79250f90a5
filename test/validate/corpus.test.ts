// The validation corpus: one folder per case under testdata/, each with input.yaml, optional
// args (extra command-line arguments; names of files in the folder are resolved to it), and
// expected.txt, the report kelosctl validate prints followed by its exit code. UPDATE_GOLDEN=1
// rewrites expected.txt; testdata/README.md says what each case covers.
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expectGolden } from '../support/golden.js';
import { validate } from './run-validate.js';

const root = new URL('../..', import.meta.url).pathname;
const testdata = new URL('testdata/', import.meta.url).pathname;

function caseArgs(dir: string): string[] {
  const argsFile = join(dir, 'args');
  const extra = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').trim().split(/\s+/) : [];
  const rel = (f: string) => relative(root, join(dir, f));
  return [rel('input.yaml'), ...extra.map((a) => (existsSync(join(dir, a)) ? rel(a) : a))];
}

describe('kelosctl validate: the corpus', () => {
  const cases = readdirSync(testdata, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('has cases', () => {
    expect(cases.length).to.be.greaterThan(10);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(testdata, name);
      const { code, stdout, stderr } = await validate(caseArgs(dir));
      expect(stderr).to.equal('');
      expectGolden(join(dir, 'expected.txt'), `${stdout}exit: ${code}\n`);
    });
  }
});
