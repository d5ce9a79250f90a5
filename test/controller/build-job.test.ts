import { expect } from 'chai';
import { agentTypes, type AgentType } from '../../api/index.js';
import { buildJob, credentialVariable, parseGitHubRepo } from '../../controller/index.js';
import { DiagnosticError } from '../../diagnostics/index.js';
import {
  agent,
  agentConfig,
  envMap,
  initContainer,
  initNames,
  podSpec,
  task,
  workspace,
} from './fixtures.js';

// The reference's behaviour (kelos-dev/kelos internal/controller/job_builder.go and its tests),
// feature by feature.

describe('buildJob: the agent container', () => {
  for (const type of agentTypes) {
    it(`${type}: container named after the type, default image, entrypoint, prompt`, () => {
      const job = buildJob({ task: task({ type }) });
      expect(agent(job)).to.include({ name: type, image: `ghcr.io/kelos-dev/${type}:latest` });
      expect(agent(job).command).to.deep.equal(['/kelos_entrypoint.sh']);
      expect(agent(job).args).to.deep.equal(['Fix the bug']);
      expect(envMap(agent(job))['KELOS_AGENT_TYPE']).to.equal(type);
    });
  }

  it('uses the Task image, else the configured default, and the configured pull policy', () => {
    expect(agent(buildJob({ task: task({ image: 'my/agent:1' }) })).image).to.equal('my/agent:1');
    const job = buildJob(
      { task: task({ type: 'codex' }) },
      { images: { codex: 'mirror/codex:2' }, imagePullPolicies: { codex: 'Always' } },
    );
    expect(agent(job)).to.include({ image: 'mirror/codex:2', imagePullPolicy: 'Always' });
  });

  it('takes the expanded prompt when given', () => {
    expect(agent(buildJob({ task: task(), prompt: 'expanded' })).args).to.deep.equal(['expanded']);
  });

  it('refuses an unknown agent type with its field path', () => {
    expect(() => buildJob({ task: task({ type: 'copilot' as AgentType }) }))
      .to.throw(DiagnosticError)
      .with.property('message')
      .that.match(/^Task\/fix-bug: spec\.type: unsupported agent type "copilot"/);
  });
});

describe('buildJob: environment', () => {
  const table: {
    name: string;
    spec: Parameters<typeof task>[0];
    labels?: Record<string, string>;
    want: Record<string, string | undefined>;
  }[] = [
    { name: 'model', spec: { model: 'opus' }, want: { KELOS_MODEL: 'opus' } },
    { name: 'no model', spec: {}, want: { KELOS_MODEL: undefined, KELOS_BRANCH: undefined } },
    {
      name: 'branch without workspace',
      spec: { branch: 'fix/1' },
      want: { KELOS_BRANCH: 'fix/1' },
    },
    {
      name: 'spawner label',
      spec: {},
      labels: { 'kelos.dev/taskspawner': 'issues' },
      want: { KELOS_TASKSPAWNER: 'issues' },
    },
    {
      name: 'empty spawner label',
      spec: {},
      labels: { 'kelos.dev/taskspawner': '' },
      want: { KELOS_TASKSPAWNER: undefined },
    },
    {
      name: 'upstreamRepo needs a workspace',
      spec: { upstreamRepo: 'o/r' },
      want: { KELOS_UPSTREAM_REPO: undefined },
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      const env = envMap(agent(buildJob({ task: task(c.spec, c.labels) })));
      for (const [name, value] of Object.entries(c.want)) expect(env[name], name).to.equal(value);
    });
  }

  it('puts the built-in variables in the reference order', () => {
    const job = buildJob({
      task: task(
        {
          model: 'm',
          branch: 'b',
          workspaceRef: { name: 'repo' },
          agentConfigRef: { name: 'config' },
        },
        { 'kelos.dev/taskspawner': 's' },
      ),
      workspace: workspace({ ref: 'main', secretRef: { name: 'gh' } }),
      agentConfigs: [
        agentConfig({
          agentsMD: 'md',
          plugins: [{ name: 'p' }],
          mcpServers: [{ name: 'x', type: 'stdio', command: 'x' }],
        }),
      ],
    });
    expect(agent(job).env!.map((e) => e.name)).to.deep.equal([
      'KELOS_MODEL',
      'KELOS_BRANCH',
      'KELOS_AGENT_TYPE',
      'KELOS_TASKSPAWNER',
      'ANTHROPIC_API_KEY',
      'KELOS_BASE_BRANCH',
      'GITHUB_TOKEN',
      'GH_TOKEN',
      'GH_CONFIG_DIR',
      'KELOS_AGENTS_MD',
      'KELOS_PLUGIN_DIR',
      'KELOS_MCP_SERVERS',
    ]);
  });
});

describe('buildJob: credentials per agent type', () => {
  const want: Record<AgentType, [apiKey: string, oauth: string]> = {
    'claude-code': ['ANTHROPIC_API_KEY', 'CLAUDE_CODE_OAUTH_TOKEN'],
    codex: ['CODEX_API_KEY', 'CODEX_AUTH_JSON'],
    gemini: ['GEMINI_API_KEY', 'GEMINI_API_KEY'],
    opencode: ['OPENCODE_API_KEY', 'OPENCODE_API_KEY'],
    cursor: ['CURSOR_API_KEY', 'CURSOR_API_KEY'],
  };
  for (const type of agentTypes) {
    for (const [i, credentialType] of (['api-key', 'oauth'] as const).entries()) {
      it(`${type} ${credentialType}: ${want[type][i]!} from the Secret's key of that name`, () => {
        const job = buildJob({
          task: task({ type, credentials: { type: credentialType, secretRef: { name: 's' } } }),
        });
        const name = want[type][i]!;
        expect(credentialVariable(type, credentialType)).to.equal(name);
        expect(agent(job).env).to.deep.include({
          name,
          valueFrom: { secretKeyRef: { name: 's', key: name } },
        });
      });
    }
    it(`${type} none: no credential variable`, () => {
      const job = buildJob({ task: task({ type, credentials: { type: 'none' } }) });
      expect(agent(job).env!.map((e) => e.name)).to.deep.equal(['KELOS_AGENT_TYPE']);
    });
  }

  it('refuses api-key without a secretRef', () => {
    expect(() => buildJob({ task: task({ credentials: { type: 'api-key' } }) })).to.throw(
      /spec\.credentials\.secretRef: is required for the api-key credential type/,
    );
  });
});

describe('buildJob: workspace', () => {
  const build = (ws: Parameters<typeof workspace>[0], spec: Parameters<typeof task>[0] = {}) =>
    buildJob({ task: task({ workspaceRef: { name: 'repo' }, ...spec }), workspace: workspace(ws) });

  it('clones into an emptyDir, works in /workspace/repo, fsGroup 61100', () => {
    const job = build({ ref: 'main' });
    expect(podSpec(job).volumes).to.deep.equal([{ name: 'workspace', emptyDir: {} }]);
    expect(agent(job).workingDir).to.equal('/workspace/repo');
    expect(agent(job).volumeMounts).to.deep.equal([{ name: 'workspace', mountPath: '/workspace' }]);
    expect(podSpec(job).securityContext).to.deep.equal({ fsGroup: 61100 });
    expect(initContainer(job, 'git-clone')).to.deep.equal({
      name: 'git-clone',
      image: 'alpine/git:v2.47.2',
      args: [
        'clone',
        '--branch',
        'main',
        '--no-single-branch',
        '--depth',
        '1',
        '--',
        'https://github.com/example/repo.git',
        '/workspace/repo',
      ],
      volumeMounts: [{ name: 'workspace', mountPath: '/workspace' }],
      securityContext: { runAsUser: 61100 },
    });
    expect(envMap(agent(job))['KELOS_BASE_BRANCH']).to.equal('main');
  });

  it('with a secret: a credential helper for the clone, persisted for the agent', () => {
    const clone = initContainer(build({ secretRef: { name: 'gh' } }), 'git-clone')!;
    expect(clone.command![0]).to.equal('sh');
    expect(clone.command![2]).to.match(/^git -c credential\.helper= -c credential\.helper='!f\(\)/);
    expect(clone.command![2]).to.include('config --add credential.helper');
    expect(clone.args!.slice(0, 2)).to.deep.equal(['--', 'clone']);
    expect(clone.env!.map((e) => e.name)).to.deep.equal(['GITHUB_TOKEN', 'GH_TOKEN']);
  });

  it('GitHub Enterprise: GH_HOST and GH_ENTERPRISE_TOKEN', () => {
    const job = build({
      repo: 'https://git.corp.example/team/repo.git',
      secretRef: { name: 'gh' },
    });
    const env = envMap(agent(job));
    expect(env['GH_HOST']).to.equal('git.corp.example');
    expect(env['GH_ENTERPRISE_TOKEN']).to.equal('gh:GITHUB_TOKEN');
    expect(env['GH_TOKEN']).to.equal(undefined);
    expect(env['GH_CONFIG_DIR']).to.equal('/workspace/.gh-config');
  });

  it('no secret: no GitHub token variables and no GH_CONFIG_DIR', () => {
    const env = envMap(agent(build({})));
    expect(Object.keys(env)).to.not.include.members(['GITHUB_TOKEN', 'GH_TOKEN', 'GH_CONFIG_DIR']);
  });

  const upstream: [
    string,
    Parameters<typeof workspace>[0],
    Parameters<typeof task>[0],
    string | undefined,
  ][] = [
    [
      'from the upstream remote',
      { remotes: [{ name: 'upstream', url: 'https://github.com/org/repo.git' }] },
      {},
      'org/repo',
    ],
    [
      'ssh upstream remote',
      { remotes: [{ name: 'upstream', url: 'git@github.com:org/repo.git' }] },
      {},
      'org/repo',
    ],
    [
      'a remote not named upstream',
      { remotes: [{ name: 'fork', url: 'https://github.com/org/repo.git' }] },
      {},
      undefined,
    ],
    [
      'the Task override wins',
      { remotes: [{ name: 'upstream', url: 'https://github.com/org/repo.git' }] },
      { upstreamRepo: 'a/b' },
      'a/b',
    ],
    ['the Task override alone', {}, { upstreamRepo: 'a/b' }, 'a/b'],
  ];
  for (const [name, ws, spec, want] of upstream) {
    it(`KELOS_UPSTREAM_REPO: ${name}`, () => {
      expect(envMap(agent(build(ws, spec)))['KELOS_UPSTREAM_REPO']).to.equal(want);
    });
  }

  it('init containers in the reference order', () => {
    const job = build(
      {
        remotes: [{ name: 'upstream', url: 'https://github.com/o/r' }],
        files: [{ path: 'A.md', content: 'a' }],
      },
      { branch: 'feature' },
    );
    expect(initNames(job)).to.deep.equal([
      'git-clone',
      'remote-setup',
      'branch-setup',
      'workspace-files',
    ]);
    const branch = initContainer(job, 'branch-setup')!;
    expect(branch.env).to.deep.include({ name: 'KELOS_BRANCH', value: 'feature' });
    expect(branch.command![2]).to.include('git checkout -b "$KELOS_BRANCH"');
  });

  const badPaths: [string, string][] = [
    ['', 'path is empty'],
    ['  ', 'path is empty'],
    ['/etc/passwd', 'absolute paths are not allowed'],
    ['../x', 'path escapes the repository'],
    ['a/../../x', 'path escapes the repository'],
    ['a\\b', 'path must use forward slashes'],
    ['./', 'path resolves to the repository root'],
  ];
  for (const [path, error] of badPaths) {
    it(`refuses the file path ${JSON.stringify(path)}: ${error}`, () => {
      expect(() =>
        build({
          files: [
            { path: 'ok.md', content: '' },
            { path, content: 'x' },
          ],
        }),
      ).to.throw(
        `Workspace/repo: spec.files[1].path: invalid workspace file path "${path}": ${error}`,
      );
    });
  }

  it('cleans file paths as Go path.Clean', () => {
    const script = initContainer(
      build({ files: [{ path: './a//b/../c.md', content: 'x' }] }),
      'workspace-files',
    )!.command![2]!;
    expect(script).to.include("> '/workspace/repo/a/c.md'");
  });

  it('refuses a Workspace the Task does not name, and a missing one', () => {
    expect(() => buildJob({ task: task(), workspace: workspace() })).to.throw(
      /spec\.workspaceRef: is not set/,
    );
    expect(() => buildJob({ task: task({ workspaceRef: { name: 'repo' } }) })).to.throw(
      /spec\.workspaceRef\.name: Workspace "repo" was not given/,
    );
    expect(() =>
      buildJob({ task: task({ workspaceRef: { name: 'other' } }), workspace: workspace() }),
    ).to.throw(/names Workspace "other"/);
  });

  it('reads repository URLs as the reference does', () => {
    expect(parseGitHubRepo('https://github.com/o/r.git')).to.deep.equal({
      host: 'github.com',
      owner: 'o',
      repo: 'r',
    });
    expect(parseGitHubRepo('git@ghe.io:o/r.git')).to.deep.equal({
      host: 'ghe.io',
      owner: 'o',
      repo: 'r',
    });
    expect(parseGitHubRepo('o/r')).to.deep.equal({ host: '', owner: 'o', repo: 'r' });
  });
});

describe('buildJob: the Job', () => {
  it('labels, backoffLimit 1, the pod failure policy, restartPolicy Never', () => {
    const job = buildJob({ task: task() });
    const labels = {
      'kelos.dev/component': 'task',
      'kelos.dev/managed-by': 'kelos-controller',
      'kelos.dev/name': 'kelos',
      'kelos.dev/task': 'fix-bug',
    };
    expect(job.metadata).to.deep.equal({ name: 'fix-bug', namespace: 'default', labels });
    expect(job.spec!.template.metadata).to.deep.equal({ labels });
    expect(job.spec!.backoffLimit).to.equal(1);
    expect(job.spec!.podFailurePolicy).to.deep.equal({
      rules: [
        { action: 'Count', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
        { action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [0] } },
      ],
    });
    expect(podSpec(job).restartPolicy).to.equal('Never');
    expect(podSpec(job).securityContext).to.equal(undefined);
  });

  it('reports every problem at once, each with its field path', () => {
    try {
      buildJob({
        task: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {},
          spec: { type: 'x', credentials: { type: 'oauth' } },
        } as never,
      });
      expect.fail('no error');
    } catch (error) {
      expect((error as DiagnosticError).diagnostics.map((d) => d.path)).to.deep.equal([
        'kind',
        'metadata.name',
        'spec.type',
        'spec.prompt',
        'spec.credentials.secretRef',
      ]);
    }
  });

  it('refuses values of the wrong type before they reach a script', () => {
    const ws = workspace({ files: [{ path: 'a', content: true as never }] });
    expect(() =>
      buildJob({ task: task({ workspaceRef: { name: 'repo' } }), workspace: ws }),
    ).to.throw('Workspace/repo: spec.files[0].content: must be a string, not boolean true');
  });
});
