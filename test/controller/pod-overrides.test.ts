import { expect } from 'chai';
import type { PodOverrides } from '../../api/index.js';
import { buildJob } from '../../controller/index.js';
import { DiagnosticError } from '../../diagnostics/index.js';
import { agent, agentConfig, envMap, podSpec, task, workspace } from './fixtures.js';

interface Setup {
  readonly workspace?: boolean;
  readonly plugins?: boolean;
}

function build(podOverrides: PodOverrides, setup: Setup = {}) {
  return buildJob({
    task: task({
      podOverrides,
      ...(setup.workspace ? { workspaceRef: { name: 'repo' } } : {}),
      ...(setup.plugins ? { agentConfigRef: { name: 'config' } } : {}),
    }),
    ...(setup.workspace ? { workspace: workspace() } : {}),
    ...(setup.plugins ? { agentConfigs: [agentConfig({ plugins: [{ name: 'p' }] })] } : {}),
  });
}

function errors(podOverrides: PodOverrides, setup: Setup = {}): string[] {
  try {
    build(podOverrides, setup);
  } catch (error) {
    if (error instanceof DiagnosticError)
      return error.diagnostics.map((d) => `${d.path}: ${d.message}`);
    throw error;
  }
  return [];
}

describe('PodOverrides: applied as the API documents', () => {
  it('labels: on the Job and the pod, built-in labels win', () => {
    const job = build({ labels: { team: 'a', 'kelos.dev/task': 'mine' } });
    expect(job.metadata!.labels).to.include({ team: 'a', 'kelos.dev/task': 'fix-bug' });
    expect(job.spec!.template.metadata!.labels).to.deep.equal(job.metadata!.labels);
  });

  it('resources: on the agent container', () => {
    const resources = { limits: { memory: '4Gi' }, requests: { cpu: '1' } };
    expect(agent(build({ resources })).resources).to.deep.equal(resources);
  });

  it('activeDeadlineSeconds: on the Job', () => {
    expect(build({ activeDeadlineSeconds: 600 }).spec!.activeDeadlineSeconds).to.equal(600);
  });

  it('env: after the built-ins, which win on the same name', () => {
    const job = build({
      env: [
        { name: 'EXTRA', value: '1' },
        { name: 'KELOS_AGENT_TYPE', value: 'x' },
      ],
    });
    expect(envMap(agent(job))).to.include({ EXTRA: '1', KELOS_AGENT_TYPE: 'claude-code' });
    expect(agent(job).env!.map((e) => e.name)).to.deep.equal([
      'KELOS_AGENT_TYPE',
      'ANTHROPIC_API_KEY',
      'EXTRA',
    ]);
  });

  it('nodeSelector and serviceAccountName: on the pod', () => {
    const spec = podSpec(
      build({ nodeSelector: { pool: 'agents' }, serviceAccountName: 'bedrock' }),
    );
    expect(spec.nodeSelector).to.deep.equal({ pool: 'agents' });
    expect(spec.serviceAccountName).to.equal('bedrock');
  });

  it('volumes: appended after Kelos volumes; volumeMounts: appended to the agent only', () => {
    const job = build(
      {
        volumes: [{ name: 'cache', emptyDir: {} }],
        volumeMounts: [
          { name: 'cache', mountPath: '/cache' },
          { name: 'workspace', mountPath: '/w2', readOnly: true },
        ],
      },
      { workspace: true },
    );
    expect(podSpec(job).volumes!.map((v) => v.name)).to.deep.equal(['workspace', 'cache']);
    expect(agent(job).volumeMounts!.map((m) => m.mountPath)).to.deep.equal([
      '/workspace',
      '/cache',
      '/w2',
    ]);
    for (const init of podSpec(job).initContainers!) {
      expect(init.volumeMounts!.map((m) => m.name)).to.deep.equal(['workspace']);
    }
  });

  it('kelos-plugin may be mounted when plugins are configured', () => {
    const job = build(
      { volumeMounts: [{ name: 'kelos-plugin', mountPath: '/plugins', readOnly: true }] },
      { plugins: true },
    );
    expect(agent(job).volumeMounts!.map((m) => m.name)).to.deep.equal([
      'kelos-plugin',
      'kelos-plugin',
    ]);
  });

  const podContexts: [string, PodOverrides['podSecurityContext'], boolean, object | undefined][] = [
    ['no override, workspace: fsGroup 61100', undefined, true, { fsGroup: 61100 }],
    ['no override, no workspace: none', undefined, false, undefined],
    [
      'replaced, fsGroup kept with a workspace',
      { runAsNonRoot: true },
      true,
      { runAsNonRoot: true, fsGroup: 61100 },
    ],
    [
      'replaced, no workspace: no fsGroup added',
      { runAsNonRoot: true },
      false,
      { runAsNonRoot: true },
    ],
    [
      'the user fsGroup wins',
      { fsGroup: 2000, runAsUser: 1000 },
      true,
      { fsGroup: 2000, runAsUser: 1000 },
    ],
  ];
  for (const [name, context, hasWorkspace, want] of podContexts) {
    it(`podSecurityContext: ${name}`, () => {
      const job = build(context === undefined ? {} : { podSecurityContext: context }, {
        workspace: hasWorkspace,
      });
      expect(podSpec(job).securityContext).to.deep.equal(want);
    });
  }

  it('containerSecurityContext: replaces the agent container context, and only that one', () => {
    const context = { readOnlyRootFilesystem: true, runAsUser: 1234 };
    const job = build({ containerSecurityContext: context }, { workspace: true });
    expect(agent(job).securityContext).to.deep.equal(context);
    expect(podSpec(job).initContainers![0]!.securityContext).to.deep.equal({ runAsUser: 61100 });
  });

  it('does not share objects with the Task', () => {
    const overrides: PodOverrides = {
      containerSecurityContext: { runAsUser: 1 },
      resources: { limits: { cpu: '1' } },
    };
    const job = build(overrides);
    agent(job).securityContext!.runAsUser = 2;
    expect(overrides.containerSecurityContext!.runAsUser).to.equal(1);
  });
});

describe('PodOverrides: refused before any Job is made, by field path', () => {
  const table: [string, PodOverrides, Setup, string[]][] = [
    [
      'a reserved volume name',
      {
        volumes: [
          { name: 'ok', emptyDir: {} },
          { name: 'x', emptyDir: {} },
          { name: 'workspace', emptyDir: {} },
        ],
      },
      {},
      [
        'spec.podOverrides.volumes[2].name: "workspace" is reserved for Kelos (reserved: workspace, kelos-plugin)',
      ],
    ],
    [
      'the other reserved name',
      { volumes: [{ name: 'kelos-plugin', emptyDir: {} }] },
      { plugins: true },
      [
        'spec.podOverrides.volumes[0].name: "kelos-plugin" is reserved for Kelos (reserved: workspace, kelos-plugin)',
      ],
    ],
    [
      'a repeated volume name',
      {
        volumes: [
          { name: 'a', emptyDir: {} },
          { name: 'a', secret: { secretName: 's' } },
        ],
      },
      {},
      [
        'spec.podOverrides.volumes[1].name: duplicate volume name "a" (also spec.podOverrides.volumes[0].name)',
      ],
    ],
    [
      'a mount of a missing volume',
      { volumeMounts: [{ name: 'nope', mountPath: '/n' }] },
      {},
      [
        'spec.podOverrides.volumeMounts[0].name: mounts volume "nope", which is not in spec.podOverrides.volumes',
      ],
    ],
    [
      'a workspace mount without a workspace',
      { volumeMounts: [{ name: 'workspace', mountPath: '/w' }] },
      {},
      [
        'spec.podOverrides.volumeMounts[0].name: mounts "workspace", which exists only when the Task has a workspace (spec.workspaceRef)',
      ],
    ],
    [
      'a plugin mount without plugins',
      { volumeMounts: [{ name: 'kelos-plugin', mountPath: '/p' }] },
      { workspace: true },
      [
        'spec.podOverrides.volumeMounts[0].name: mounts "kelos-plugin", which exists only when the Task\'s AgentConfig declares plugins or skills',
      ],
    ],
    [
      'a mount path the workspace uses',
      {
        volumes: [{ name: 'v', emptyDir: {} }],
        volumeMounts: [{ name: 'v', mountPath: '/workspace/' }],
      },
      { workspace: true },
      [
        'spec.podOverrides.volumeMounts[0].mountPath: "/workspace/" is already mounted in the agent container, by the workspace volume',
      ],
    ],
    [
      'a mount path the plugins use',
      {
        volumes: [{ name: 'v', emptyDir: {} }],
        volumeMounts: [{ name: 'v', mountPath: '/kelos/plugin' }],
      },
      { plugins: true },
      [
        'spec.podOverrides.volumeMounts[0].mountPath: "/kelos/plugin" is already mounted in the agent container, by the kelos-plugin volume',
      ],
    ],
    [
      'a repeated mount path',
      {
        volumes: [{ name: 'v', emptyDir: {} }],
        volumeMounts: [
          { name: 'v', mountPath: '/a' },
          { name: 'v', mountPath: '//a' },
        ],
      },
      {},
      [
        'spec.podOverrides.volumeMounts[1].mountPath: "//a" is already mounted in the agent container, by spec.podOverrides.volumeMounts[0]',
      ],
    ],
    [
      'all of them at once',
      {
        volumes: [{ name: 'workspace', emptyDir: {} }],
        volumeMounts: [{ name: 'x', mountPath: '/workspace' }],
      },
      { workspace: true },
      [
        'spec.podOverrides.volumes[0].name: "workspace" is reserved for Kelos (reserved: workspace, kelos-plugin)',
        'spec.podOverrides.volumeMounts[0].name: mounts volume "x", which is not in spec.podOverrides.volumes',
        'spec.podOverrides.volumeMounts[0].mountPath: "/workspace" is already mounted in the agent container, by the workspace volume',
      ],
    ],
  ];
  for (const [name, overrides, setup, want] of table) {
    it(name, () => {
      expect(errors(overrides, setup)).to.deep.equal(want);
    });
  }
});
