// Golden Jobs: each folder of testdata/ is a realistic Task (with its Workspace and AgentConfigs)
// run through `kelosctl job`; the Job printed, or the errors, must equal the expected file.
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../cli/index.js';
import { checkJobPodSecurity } from '../../controller/index.js';
import { expectGolden } from '../support/golden.js';

const testdata = new URL('./testdata/', import.meta.url).pathname;
const cases = readdirSync(testdata, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('golden Jobs', () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = join(testdata, name);
      const file = (f: string) => relative(process.cwd(), join(dir, f));
      const files = readdirSync(dir).sort();
      const args = ['job', file('task.yaml')];
      if (files.includes('workspace.yaml')) args.push('--workspace', file('workspace.yaml'));
      for (const f of files.filter((f) => /^agent-config.*\.yaml$/.test(f))) {
        args.push('--agent-config', file(f));
      }
      if (files.includes('flags'))
        args.push(...readFileSync(join(dir, 'flags'), 'utf8').trim().split(/\s+/));
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
      });
      const failing = existsSync(join(dir, 'expected-errors.txt'));
      if (failing || (code !== 0 && !existsSync(join(dir, 'expected.yaml')))) {
        expect(code, stdout).to.equal(1);
        expectGolden(join(dir, 'expected-errors.txt'), stderr);
        return;
      }
      expect(code, stderr).to.equal(0);
      expectGolden(join(dir, 'expected.yaml'), stdout);
      // Every golden Job is a valid baseline pod; the restricted ones pass restricted too.
      const job = parse(stdout, { version: '1.1' });
      expect(checkJobPodSecurity(job, { level: 'baseline' })).to.deep.equal([]);
    });
  }
});
