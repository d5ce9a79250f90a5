import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { helmBinary, runHelm, type HelmMajor } from '../support/helm.js';

// Resolves the binary in a fresh process, as another test file or a benchmark would.
function helmBinaryInNewProcess(major: HelmMajor, env: NodeJS.ProcessEnv = process.env) {
  const script = `import('./test/support/helm.ts').then((m) => m.helmBinary(${major})).then(
    (p) => console.log(p), (e) => { console.error(e.message); process.exitCode = 3; })`;
  return spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', env });
}

describe('the Helm oracle helper', () => {
  const cases: readonly { major: HelmMajor; prefix: string; env: string }[] = [
    { major: 4, prefix: 'v4', env: 'HELM_BIN' },
    { major: 3, prefix: 'v3', env: 'HELM3_BIN' },
  ];
  for (const { major, prefix, env } of cases) {
    it(`runs helm version with Helm ${major}`, async () => {
      const result = await runHelm(['version', '--template', '{{.Version}}'], { major });
      expect(result.stderr).to.equal('');
      expect(result.status).to.equal(0);
      expect(result.stdout).to.match(new RegExp(`^${prefix}\\.\\d+\\.\\d+$`));
    });

    it(`extracts Helm ${major} once and reuses it from another process`, async () => {
      const path = await helmBinary(major);
      const before = statSync(path).mtimeMs;
      const other = helmBinaryInNewProcess(major);
      expect(other.stderr).to.equal('');
      expect(other.stdout.trim()).to.equal(path);
      expect(statSync(path).mtimeMs).to.equal(before);
    });

    it(`lets ${env} choose the binary`, async () => {
      const path = await helmBinary(major);
      const chosen = helmBinaryInNewProcess(major, { ...process.env, [env]: path });
      expect(chosen.stdout.trim()).to.equal(path);
      const version = execFileSync(chosen.stdout.trim(), ['version', '--template', '{{.Version}}']);
      expect(version.toString()).to.match(new RegExp(`^${prefix}\\.`));

      const missing = helmBinaryInNewProcess(major, { ...process.env, [env]: '/nonexistent/helm' });
      expect(missing.status).to.equal(3);
      expect(missing.stderr).to.contain(`${env}=/nonexistent/helm: no such file`);
    });
  }
});
