// Jobs built per second: buildJob on a realistic Task (workspace with secret, remotes, branch and
// files; an AgentConfig with plugins, skills and MCP servers; restricted overrides, so the
// restricted checks run too), beside the same Task without the workspace and AgentConfig, and
// the YAML printing that `kelosctl job` adds.
import type { AgentConfig, Task, Workspace } from '../../api/index.js';
import { buildJob, jobToYaml } from '../../controller/index.js';
import type { Benchmark } from './harness.js';

const jobsPerRun = 1000;

const task: Task = {
  apiVersion: 'kelos.dev/v1alpha1',
  kind: 'Task',
  metadata: {
    name: 'kelos-task-412',
    namespace: 'agents',
    labels: { 'kelos.dev/taskspawner': 'issues' },
  },
  spec: {
    type: 'claude-code',
    prompt: 'Fix issue #412 and open a pull request.',
    credentials: { type: 'api-key', secretRef: { name: 'anthropic' } },
    workspaceRef: { name: 'webapp' },
    agentConfigRef: { name: 'tools' },
    branch: 'kelos-task-412',
    podOverrides: {
      resources: { limits: { memory: '4Gi' } },
      podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containerSecurityContext: {
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
      },
      volumes: [{ name: 'ca', configMap: { name: 'corp-ca' } }],
      volumeMounts: [{ name: 'ca', mountPath: '/etc/ssl/corp', readOnly: true }],
    },
  },
};

const workspace: Workspace = {
  apiVersion: 'kelos.dev/v1alpha1',
  kind: 'Workspace',
  metadata: { name: 'webapp' },
  spec: {
    repo: 'https://github.com/kelos-bot/webapp.git',
    ref: 'main',
    secretRef: { name: 'github' },
    remotes: [{ name: 'upstream', url: 'https://github.com/acme/webapp.git' }],
    files: [
      { path: 'CLAUDE.md', content: 'Run npm test before committing.\n'.repeat(20) },
      { path: '.claude/skills/review/SKILL.md', content: 'Review every change.\n'.repeat(20) },
    ],
  },
};

const agentConfig: AgentConfig = {
  apiVersion: 'kelos.dev/v1alpha1',
  kind: 'AgentConfig',
  metadata: { name: 'tools' },
  spec: {
    agentsMD: 'Prefer small pure functions.',
    plugins: [{ name: 'platform', skills: [{ name: 'deploy', content: '# Deploy\n'.repeat(50) }] }],
    skills: [{ source: 'vercel-labs/agent-skills' }],
    mcpServers: [
      {
        name: 'github',
        type: 'http',
        url: 'https://api.githubcopilot.com/mcp/',
        headers: { X: '1' },
      },
      { name: 'fs', type: 'stdio', command: 'mcp-fs', args: ['--root', '/workspace'] },
    ],
  },
};

const full = { task, workspace, agentConfigs: [agentConfig] };
const bare: Task = {
  ...task,
  spec: { type: 'claude-code', prompt: 'Hi', credentials: { type: 'none' } },
};

function times(n: number, f: () => unknown): () => unknown {
  return () => {
    let last: unknown;
    for (let i = 0; i < n; i++) last = f();
    return last;
  };
}

export async function benchmarks(): Promise<Benchmark[]> {
  return [
    {
      name: 'job',
      description: `buildJob, ${jobsPerRun} Jobs per run`,
      operations: { count: jobsPerRun, unit: 'Jobs' },
      runs: 30,
      warmup: 5,
      contenders: [
        { name: 'buildJob (full, restricted)', run: times(jobsPerRun, () => buildJob(full)) },
        { name: 'buildJob (bare Task)', run: times(jobsPerRun, () => buildJob({ task: bare })) },
        {
          name: 'buildJob + jobToYaml (full)',
          run: times(jobsPerRun, () => jobToYaml(buildJob(full))),
        },
      ],
      reference: 'buildJob (full, restricted)',
    },
  ];
}
