import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { Task, WorkspaceSpec } from '../api/index.js';
import { ghConfigDir } from './constants.js';
import { credentialEnv } from './credentials.js';
import { isEnterpriseHost, parseGitHubRepo } from './github-repo.js';
import type { ValidTask } from './inputs.js';

/** The label a TaskSpawner puts on the Tasks it creates; its value becomes KELOS_TASKSPAWNER. */
export const taskSpawnerLabel = 'kelos.dev/taskspawner';

/** The agent's own variables and the workspace variables the git init containers share. */
export interface BuiltinEnv {
  /** The agent container's built-in variables, in the reference's order. */
  readonly agent: IEnvVar[];
  /** GH_HOST and the GitHub token variables, which git-clone and branch-setup also get. */
  readonly workspace: IEnvVar[];
}

/**
 * The built-in variables, in the order the reference's buildAgentJob appends them: model,
 * branch, agent type, spawner, credentials, then with a workspace GH_HOST, KELOS_BASE_BRANCH,
 * KELOS_UPSTREAM_REPO, and with its secret GITHUB_TOKEN, GH_TOKEN (GH_ENTERPRISE_TOKEN on
 * Enterprise hosts, as gh expects) and GH_CONFIG_DIR.
 */
export function builtinEnv(task: ValidTask, workspace: WorkspaceSpec | undefined): BuiltinEnv {
  const { spec } = task;
  const agent: IEnvVar[] = [];
  const shared: IEnvVar[] = [];
  if (nonEmpty(spec.model)) agent.push({ name: 'KELOS_MODEL', value: spec.model });
  if (nonEmpty(spec.branch)) agent.push({ name: 'KELOS_BRANCH', value: spec.branch });
  agent.push({ name: 'KELOS_AGENT_TYPE', value: spec.type });
  const spawner = spawnerName(task);
  if (spawner !== undefined) agent.push({ name: 'KELOS_TASKSPAWNER', value: spawner });
  agent.push(...credentialEnv(spec.type, spec.credentials));
  if (workspace === undefined) {
    return { agent, workspace: shared };
  }
  const { host } = parseGitHubRepo(workspace.repo);
  const enterprise = isEnterpriseHost(host);
  if (enterprise) {
    const ghHost = { name: 'GH_HOST', value: host };
    agent.push(ghHost);
    shared.push(ghHost);
  }
  if (nonEmpty(workspace.ref)) agent.push({ name: 'KELOS_BASE_BRANCH', value: workspace.ref });
  const upstream = nonEmpty(spec.upstreamRepo) ? spec.upstreamRepo : upstreamFromRemotes(workspace);
  if (upstream !== undefined) agent.push({ name: 'KELOS_UPSTREAM_REPO', value: upstream });
  if (workspace.secretRef !== undefined) {
    const secretKeyRef = { name: workspace.secretRef.name, key: 'GITHUB_TOKEN' };
    for (const name of ['GITHUB_TOKEN', enterprise ? 'GH_ENTERPRISE_TOKEN' : 'GH_TOKEN']) {
      const variable = { name, valueFrom: { secretKeyRef: { ...secretKeyRef } } };
      agent.push(variable);
      shared.push(variable);
    }
    agent.push({ name: 'GH_CONFIG_DIR', value: ghConfigDir });
  }
  return { agent, workspace: shared };
}

// The reference reads the spawner from the Task's labels and skips an empty value.
function spawnerName(task: Task): string | undefined {
  const value = task.metadata?.labels?.[taskSpawnerLabel];
  return nonEmpty(value) ? value : undefined;
}

// The first remote named `upstream` whose URL yields an owner and a repository, as owner/repo.
function upstreamFromRemotes(workspace: WorkspaceSpec): string | undefined {
  for (const remote of workspace.remotes ?? []) {
    if (remote.name !== 'upstream') continue;
    const { owner, repo } = parseGitHubRepo(remote.url);
    if (owner !== '' && repo !== '') return `${owner}/${repo}`;
  }
  return undefined;
}

/** True for a string with at least one character (Go's `!= ""` on an optional string). */
export function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/**
 * The agent's variables followed by the user's (podOverrides.env), leaving out user variables
 * whose name a built-in one already has: built-ins win, as the API documents.
 */
export function withUserEnv(builtin: readonly IEnvVar[], user: readonly IEnvVar[]): IEnvVar[] {
  const taken = new Set(builtin.map((e) => e.name));
  return [...builtin, ...user.filter((e) => !taken.has(e.name))];
}
