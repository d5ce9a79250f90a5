import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { AgentConfigSpec, PodOverrides, WorkspaceSpec } from '../../api/index.js';
import { runCli } from '../../cli/index.js';
import { buildJob, checkJobPodSecurity, optsIntoRestricted } from '../../controller/index.js';
import {
  agentConfig,
  initContainer,
  podSpec,
  restrictedContainerOnly,
  restrictedOverrides,
  task,
  workspace,
} from './fixtures.js';

/** One combination of the features that add init containers, volumes or variables. */
interface Combination {
  readonly workspace: boolean;
  readonly secret: boolean;
  readonly remotes: boolean;
  readonly branch: boolean;
  readonly files: boolean;
  readonly plugins: boolean;
  readonly skills: boolean;
  readonly mcp: boolean;
}

function combinations(): Combination[] {
  const all: Combination[] = [];
  for (let bits = 0; bits < 256; bits++) {
    const on = (i: number) => (bits & (1 << i)) !== 0;
    const c = {
      workspace: on(0),
      secret: on(1),
      remotes: on(2),
      branch: on(3),
      files: on(4),
      plugins: on(5),
      skills: on(6),
      mcp: on(7),
    };
    // secret, remotes and files belong to a workspace; without one they are the same Task.
    if (!c.workspace && (c.secret || c.remotes || c.files)) continue;
    all.push(c);
  }
  return all;
}

function describeCombination(c: Combination): string {
  const on = Object.entries(c)
    .filter(([, v]) => v)
    .map(([k]) => k);
  return on.length === 0 ? 'no features' : on.join('+');
}

function inputs(c: Combination, podOverrides: PodOverrides | undefined) {
  const ws: Partial<WorkspaceSpec> = {
    ref: 'main',
    ...(c.secret ? { secretRef: { name: 'github' } } : {}),
    ...(c.remotes
      ? { remotes: [{ name: 'upstream', url: 'https://github.com/org/repo.git' }] }
      : {}),
    ...(c.files ? { files: [{ path: 'CLAUDE.md', content: '# Rules' }] } : {}),
  };
  const config: AgentConfigSpec = {
    ...(c.plugins
      ? { plugins: [{ name: 'review', skills: [{ name: 'lint', content: 'Lint.' }] }] }
      : {}),
    ...(c.skills ? { skills: [{ source: 'vercel-labs/agent-skills' }] } : {}),
    ...(c.mcp
      ? {
          mcpServers: [
            { name: 'github', type: 'http' as const, url: 'https://api.githubcopilot.com/mcp/' },
          ],
        }
      : {}),
  };
  const hasConfig = c.plugins || c.skills || c.mcp;
  return {
    task: task({
      ...(c.workspace ? { workspaceRef: { name: 'repo' } } : {}),
      ...(c.branch ? { branch: 'kelos/fix' } : {}),
      ...(hasConfig ? { agentConfigRef: { name: 'config' } } : {}),
      ...(podOverrides ? { podOverrides } : {}),
    }),
    ...(c.workspace ? { workspace: workspace(ws) } : {}),
    ...(hasConfig ? { agentConfigs: [agentConfig(config)] } : {}),
  };
}

describe('restricted: the opt-in', () => {
  const table: [string, PodOverrides | undefined, boolean][] = [
    ['no overrides', undefined, false],
    ['pod-level runAsNonRoot and seccomp, agent hardened', restrictedOverrides, true],
    ['all on the agent container', restrictedContainerOnly, true],
    [
      'runAsNonRoot and seccomp only (the reference test)',
      { podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } },
      false,
    ],
    [
      'capabilities not dropped',
      {
        ...restrictedContainerOnly,
        containerSecurityContext: {
          ...restrictedContainerOnly.containerSecurityContext,
          capabilities: {},
        },
      },
      false,
    ],
    [
      'runAsUser 0',
      {
        ...restrictedOverrides,
        podSecurityContext: { ...restrictedOverrides.podSecurityContext, runAsUser: 0 },
      },
      false,
    ],
    [
      'readOnlyRootFilesystem only',
      { containerSecurityContext: { readOnlyRootFilesystem: true } },
      false,
    ],
  ];
  for (const [name, overrides, want] of table) {
    it(`${name}: ${want ? 'opts in' : 'does not opt in'}`, () => {
      expect(optsIntoRestricted(overrides)).to.equal(want);
    });
  }
});

describe('restricted: every combination of features', () => {
  for (const c of combinations()) {
    const name = describeCombination(c);
    for (const [flavour, overrides] of [
      ['pod+container', restrictedOverrides],
      ['container only', restrictedContainerOnly],
    ] as const) {
      it(`${name}, opted in (${flavour}): passes restricted at latest and v1.25`, () => {
        const job = buildJob(inputs(c, overrides));
        expect(checkJobPodSecurity(job, { level: 'restricted' })).to.deep.equal([]);
        expect(checkJobPodSecurity(job, { level: 'restricted', version: 'v1.25' })).to.deep.equal(
          [],
        );
        if (c.skills) {
          const install = initContainer(job, 'skills-install')!;
          expect(install.image).to.equal('node:22.14.0-bookworm');
          expect(install.command![2]).to.not.match(/apk add|chown/);
        }
      });
    }
    it(`${name}, not opted in: the reference's contexts`, () => {
      const job = buildJob(inputs(c, undefined));
      for (const init of podSpec(job).initContainers ?? []) {
        expect(init.securityContext, init.name).to.deep.equal(
          init.name === 'skills-install' ? undefined : { runAsUser: 61100 },
        );
      }
      expect(podSpec(job).securityContext).to.deep.equal(
        c.workspace ? { fsGroup: 61100 } : undefined,
      );
      expect(checkJobPodSecurity(job, { level: 'baseline' })).to.deep.equal([]);
      expect(checkJobPodSecurity(job, { level: 'restricted' })).to.not.deep.equal([]);
    });
  }
});

describe('restricted: kelosctl job --pss restricted over every combination', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'kelos-pss-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function pss(c: Combination, overrides: PodOverrides | undefined) {
    const { task: t, workspace: ws, agentConfigs } = inputs(c, overrides);
    const args = ['job', write('task.yaml', t), '--pss', 'restricted'];
    if (ws) args.push('--workspace', write('ws.yaml', ws));
    if (agentConfigs) args.push('--agent-config', write('config.yaml', agentConfigs[0]));
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  }

  function write(name: string, value: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, stringify(value));
    return path;
  }

  it('passes every combination that opts in, and fails each one that does not, listing fields', async () => {
    for (const c of combinations()) {
      const opted = await pss(c, restrictedOverrides);
      expect(opted.code, `${describeCombination(c)}: ${opted.stderr}`).to.equal(0);
      expect(opted.stdout).to.match(/^apiVersion: batch\/v1\nkind: Job\n/);
      const plain = await pss(c, undefined);
      expect(plain.code, describeCombination(c)).to.equal(1);
      expect(plain.stdout).to.equal('');
      expect(plain.stderr).to.include(
        'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation: must be false (Pod Security Standards restricted: allowPrivilegeEscalation)',
      );
    }
  });
});

describe('restricted: what an opted-in Task cannot have', () => {
  const table: [string, PodOverrides, string][] = [
    [
      'a hostPath volume',
      {
        volumes: [
          { name: 'ok', emptyDir: {} },
          { name: 'host', hostPath: { path: '/var/run' } },
        ],
      },
      'spec.podOverrides.volumes[1].hostPath: volume "host" must not be a hostPath volume',
    ],
    [
      'an nfs volume',
      { volumes: [{ name: 'n', nfs: { server: 's', path: '/' } }] },
      'spec.podOverrides.volumes[0].nfs: volume "n" must not be a nfs volume',
    ],
    [
      'an unsafe sysctl',
      {
        podSecurityContext: {
          ...restrictedOverrides.podSecurityContext,
          sysctls: [{ name: 'kernel.msgmax', value: '1' }],
        },
      },
      'spec.podOverrides.podSecurityContext.sysctls[0].name: "kernel.msgmax" is not a safe sysctl',
    ],
    [
      'an unconfined AppArmor profile',
      {
        containerSecurityContext: {
          ...restrictedOverrides.containerSecurityContext,
          appArmorProfile: { type: 'Unconfined' },
        },
      },
      'spec.podOverrides.containerSecurityContext.appArmorProfile.type: must be RuntimeDefault or Localhost, not "Unconfined"',
    ],
  ];
  for (const [name, extra, message] of table) {
    it(`refuses ${name}, naming the Task field`, () => {
      const overrides = { ...restrictedOverrides, ...extra };
      expect(() =>
        buildJob({
          task: task({ workspaceRef: { name: 'repo' }, podOverrides: overrides }),
          workspace: workspace(),
        }),
      ).to.throw(`Task/fix-bug: ${message}`);
    });
  }

  it('without the opt-in, the same Task builds (the reference left it to admission)', () => {
    expect(() =>
      buildJob({
        task: task({ podOverrides: { volumes: [{ name: 'host', hostPath: { path: '/' } }] } }),
      }),
    ).to.not.throw();
  });
});
