// kelosctl validate as a command: exit codes, -o json, stdin, --crds folders, usage mistakes,
// the reference chart's rendered manifests (which must pass), and the built binary from another
// working directory.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { validate } from './run-validate.js';

const root = new URL('../..', import.meta.url).pathname;
const data = 'test/validate/testdata';
const validTask = `${data}/task-valid/input.yaml`;
const celRules = `${data}/task-cel-rules/input.yaml`;
const reference = new URL('../../../shared/reference/kelos/', import.meta.url).pathname;

interface JsonReport {
  valid: boolean;
  documents: {
    file: string;
    line: number;
    status: string;
    kind?: string;
    name?: string;
    operation?: string;
    errors: { type: string; field: string; value?: unknown; message: string; line?: number }[];
    warnings: { message: string; line?: number }[];
  }[];
}

describe('kelosctl validate', () => {
  it('exits 0 when every document is valid, 1 when one is not', async () => {
    expect((await validate([validTask])).code).to.equal(0);
    expect((await validate([celRules])).code).to.equal(1);
    expect((await validate([validTask, celRules])).code).to.equal(1);
  });

  it('prints a machine-readable report with -o json', async () => {
    const { code, stdout } = await validate([`${data}/task-list-maps/input.yaml`, '-o', 'json']);
    expect(code).to.equal(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.valid).to.equal(false);
    const [doc] = report.documents;
    expect(doc).to.include({
      status: 'invalid',
      kind: 'Task',
      name: 'duplicate-volumes',
      operation: 'create',
    });
    expect(doc?.errors[0]).to.deep.equal({
      type: 'FieldValueDuplicate',
      field: 'spec.podOverrides.volumes[2]',
      value: { name: 'cache' },
      detail: '',
      message:
        'spec.podOverrides.volumes[2]: Duplicate value: map[string]interface {}{"name":"cache"}',
      line: 17,
    });
  });

  it('gives the line of each error and warning in JSON', async () => {
    const { stdout } = await validate([`${data}/unknown-fields/input.yaml`, '--output=json']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.valid).to.equal(true);
    expect(report.documents[0]?.warnings.map((w) => w.line)).to.deep.equal([7, 15, 21, 11]);
  });

  it('reads stdin for -', () => {
    const input = readFileSync(`${root}${celRules}`, 'utf8');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'validate', '-'], {
      cwd: root,
      input,
      encoding: 'utf8',
    });
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(1);
    expect(r.stdout).to.match(
      /^-:2: The Task "both-agent-configs" is invalid: spec: Invalid value: "object": agentConfigRef and agentConfigRefs are mutually exclusive$/m,
    );
  });

  it('takes a folder of CRDs with --crds, and refuses one that has none', async () => {
    const ok = await validate([`${data}/third-party/input.yaml`, '--crds', `${data}/third-party`]);
    expect(ok.stdout).to.contain('Widget "w-ok" is valid');
    const none = await validate([validTask, '--crds', `${data}/kinds`]);
    expect(none.code).to.equal(1);
    expect(none.stderr).to.match(
      /^Error: no CustomResourceDefinition found in test\/validate\/testdata\/kinds\n/,
    );
  });

  it('names an input file that cannot be read', async () => {
    const r = await validate(['no-such-file.yaml']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.equal('no-such-file.yaml: cannot read: no such file\n');
  });

  const usage: readonly [string[], string][] = [
    [[], '"kelosctl validate" accepts at least 1 arguments, received 0'],
    [[validTask, '-o', 'yaml'], '--output must be text or json, got "yaml"'],
    [[validTask, '--bogus'], 'unknown flag: --bogus'],
    [['-', '-'], 'stdin (-) can be read only once'],
  ];
  for (const [args, message] of usage) {
    it(`refuses ${args.join(' ') || 'no arguments'} as a usage mistake`, async () => {
      const r = await validate(args);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.equal(`Error: ${message}\nRun 'kelosctl validate --help' for usage.\n`);
    });
  }

  it('passes the reference chart as rendered (no custom resources of ours: all skipped, none invalid)', async () => {
    const files = ['default', 'webhooks-ingress', 'webhooks-gateway', 'pinned-images'].map(
      (f) => `${reference}chart-rendered/${f}.yaml`,
    );
    const r = await validate([...files, '-o', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.documents.filter((d) => d.status === 'invalid')).to.deep.equal([]);
    expect(r.code).to.equal(0);
  });
});

describe('the built kelosctl validate', () => {
  const bin = `${root}dist/kelosctl.cjs`;

  it('finds the Kelos CRDs from any working directory', function () {
    if (!existsSync(`${root}dist/commands/validate.cjs`)) {
      throw new Error('dist/commands/validate.cjs is missing: run npm run build');
    }
    const r = spawnSync(process.execPath, [bin, 'validate', `${root}${celRules}`], {
      cwd: tmpdir(),
      encoding: 'utf8',
    });
    expect(r.stderr).to.equal('');
    expect(r.stdout).to.contain('5 documents: 0 valid, 5 invalid, 0 skipped');
    expect(r.status).to.equal(1);
  });
});
