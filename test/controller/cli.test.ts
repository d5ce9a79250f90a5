import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../cli/index.js';
import { commands } from '../../cli/commands.js';

async function run(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const task = `apiVersion: kelos.dev/v1alpha1
kind: Task
metadata:
  name: t
spec:
  type: cursor
  prompt: "yes"
  credentials: {type: api-key, secretRef: {name: k}}
`;

describe('kelosctl job', () => {
  let dir: string;
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kelosctl-job-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is in the command table once, listed by --help', async () => {
    expect(commands.filter((c) => c.name === 'job')).to.have.length(1);
    expect((await run(['--help'])).stdout).to.match(/^ {2}job +Print the Job that runs a Task$/m);
  });

  it('prints the Job as YAML, apiVersion, kind, metadata, spec first, the same every time', async () => {
    const path = file('task.yaml', task);
    const first = await run(['job', path]);
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout).to.match(/^apiVersion: batch\/v1\nkind: Job\nmetadata:\n/);
    expect(first.stdout).to.match(/\nspec:\n/);
    // YAML 1.1 readers (kubectl) must read the prompt back as the string "yes".
    expect(
      parse(first.stdout, { version: '1.1' }).spec.template.spec.containers[0].args,
    ).to.deep.equal(['yes']);
    expect((await run(['job', path])).stdout).to.equal(first.stdout);
  });

  it('--pss restricted lists each violation by field path and prints no Job', async () => {
    const result = await run(['job', file('task.yaml', task), '--pss', 'restricted']);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr.trim().split('\n')).to.deep.equal([
      'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation: must be false (Pod Security Standards restricted: allowPrivilegeEscalation)',
      'spec.template.spec.containers[0].securityContext.capabilities.drop: must include "ALL" (Pod Security Standards restricted: capabilities_restricted)',
      'spec.template.spec.containers[0].securityContext.runAsNonRoot: must be true, here or at spec.template.spec.securityContext.runAsNonRoot (Pod Security Standards restricted: runAsNonRoot)',
      'spec.template.spec.containers[0].securityContext.seccompProfile.type: must be RuntimeDefault or Localhost, here or at spec.template.spec.securityContext.seccompProfile.type (Pod Security Standards restricted: seccompProfile_restricted)',
    ]);
  });

  it('--pss baseline passes a Job without hardening', async () => {
    expect((await run(['job', file('task.yaml', task), '--pss', 'baseline'])).code).to.equal(0);
  });

  const usage: [string[], string][] = [
    [['job'], '"kelosctl job" accepts 1 argument, received 0'],
    [['job', 'a.yaml', 'b.yaml'], '"kelosctl job" accepts 1 argument, received 2'],
    [
      ['job', 'a.yaml', '--pss', 'privileged'],
      '--pss must be restricted or baseline, not "privileged"',
    ],
    [['job', 'a.yaml', '--workspace'], 'flag needs an argument: --workspace'],
  ];
  for (const [args, message] of usage) {
    it(`kelosctl ${args.join(' ')}: usage error`, async () => {
      const result = await run(args);
      expect(result.code).to.equal(1);
      expect(result.stderr).to.equal(`Error: ${message}\nRun 'kelosctl job --help' for usage.\n`);
    });
  }

  it('reports YAML errors with their position, and files holding several objects', async () => {
    const bad = file('bad.yaml', 'kind: Task\nspec: [\n');
    const result = await run(['job', bad]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(new RegExp(`^${bad}:\\d+:\\d+: `));
    const two = file('two.yaml', `${task}---\n${task}`);
    expect((await run(['job', two])).stderr).to.equal(
      `${two}: must hold exactly one object, not 2\n`,
    );
    expect((await run(['job', join(dir, 'missing.yaml')])).stderr).to.match(
      /missing\.yaml: cannot read: ENOENT/,
    );
  });

  it('points builder errors at the field in the right file', async () => {
    const t = file(
      'task.yaml',
      task.replace('  prompt: "yes"\n', '  prompt: "yes"\n  workspaceRef: {name: ws}\n'),
    );
    const ws = file(
      'ws.yaml',
      'apiVersion: kelos.dev/v1alpha1\nkind: Workspace\nmetadata: {name: ws}\nspec:\n  repo: https://github.com/o/r\n  files:\n    - {path: /etc/x, content: a}\n',
    );
    const result = await run(['job', t, '--workspace', ws]);
    expect(result.code).to.equal(1);
    expect(result.stderr.split('\n')[0]).to.equal(
      `${ws}:7:14: spec.files[0].path: invalid workspace file path "/etc/x": absolute paths are not allowed`,
    );
  });

  it('takes several --agent-config files', async () => {
    const t = file('task.yaml', `${task}  agentConfigRefs: [{name: a}, {name: b}]\n`);
    const a = file('a.yaml', 'kind: AgentConfig\nmetadata: {name: a}\nspec: {agentsMD: A}\n');
    const b = file('b.yaml', 'kind: AgentConfig\nmetadata: {name: b}\nspec: {agentsMD: B}\n');
    const result = await run(['job', t, '--agent-config', b, '--agent-config', a]);
    expect(result.code, result.stderr).to.equal(0);
    const env = parse(result.stdout).spec.template.spec.containers[0].env;
    expect(env).to.deep.include({ name: 'KELOS_AGENTS_MD', value: 'A\n\nB' });
  });
});
