import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount';
import type { AgentConfigSpec, WorkspaceSpec } from '../api/index.js';
import { pluginMountPath } from './constants.js';
import { builtinEnv, nonEmpty } from './env.js';
import type { ValidTask } from './inputs.js';
import { mcpServersJson } from './mcp.js';
import {
  pluginMount,
  pluginSetupContainer,
  pluginVolume,
  skillsInstallContainer,
} from './plugins.js';
import { workspaceFilesContainer } from './workspace-files.js';
import {
  branchSetupContainer,
  gitCloneContainer,
  remoteSetupContainer,
  workspaceMount,
  workspaceVolume,
} from './workspace.js';

/** What Kelos itself puts in the pod, before podOverrides and security contexts. */
export interface PodParts {
  readonly volumes: IVolume[];
  readonly initContainers: IContainer[];
  /** The agent container's built-in variables, in the reference's order. */
  readonly agentEnv: IEnvVar[];
  readonly agentMounts: IVolumeMount[];
  readonly hasPlugins: boolean;
}

/** A checked workspace: its spec and the sanitized path of each of its files. */
export interface CheckedWorkspace {
  readonly spec: WorkspaceSpec;
  readonly filePaths: readonly string[];
}

/**
 * The pod's built-in parts, in the reference's order: the workspace volume and its init
 * containers (git-clone, remote-setup, branch-setup, workspace-files), then what the AgentConfig
 * adds (KELOS_AGENTS_MD; the plugin volume, KELOS_PLUGIN_DIR, plugin-setup, skills-install;
 * KELOS_MCP_SERVERS). `restricted` selects the rootless skills-install.
 */
export function podParts(
  task: ValidTask,
  workspace: CheckedWorkspace | undefined,
  agentConfig: AgentConfigSpec | undefined,
  restricted: boolean,
): PodParts {
  const env = builtinEnv(task, workspace?.spec);
  const parts = {
    volumes: [] as IVolume[],
    initContainers: [] as IContainer[],
    agentEnv: env.agent,
    agentMounts: [] as IVolumeMount[],
    hasPlugins: false,
  };
  if (workspace !== undefined) {
    addWorkspace(parts, task, workspace, env.workspace);
  }
  if (agentConfig === undefined) return parts;
  if (nonEmpty(agentConfig.agentsMD)) {
    parts.agentEnv.push({ name: 'KELOS_AGENTS_MD', value: agentConfig.agentsMD });
  }
  const plugins = agentConfig.plugins ?? [];
  const skills = agentConfig.skills ?? [];
  if (plugins.length > 0 || skills.length > 0) {
    parts.hasPlugins = true;
    parts.volumes.push(pluginVolume());
    parts.agentMounts.push(pluginMount());
    parts.agentEnv.push({ name: 'KELOS_PLUGIN_DIR', value: pluginMountPath });
  }
  if (plugins.length > 0) parts.initContainers.push(pluginSetupContainer(plugins));
  if (skills.length > 0) parts.initContainers.push(skillsInstallContainer(skills, restricted));
  const servers = agentConfig.mcpServers ?? [];
  if (servers.length > 0) {
    parts.agentEnv.push({ name: 'KELOS_MCP_SERVERS', value: mcpServersJson(servers) });
  }
  return parts;
}

function addWorkspace(
  parts: { volumes: IVolume[]; initContainers: IContainer[]; agentMounts: IVolumeMount[] },
  task: ValidTask,
  workspace: CheckedWorkspace,
  sharedEnv: readonly IEnvVar[],
): void {
  const { spec } = workspace;
  parts.volumes.push(workspaceVolume());
  parts.initContainers.push(gitCloneContainer(spec, sharedEnv));
  const remotes = remoteSetupContainer(spec);
  if (remotes !== undefined) parts.initContainers.push(remotes);
  if (nonEmpty(task.spec.branch)) {
    parts.initContainers.push(branchSetupContainer(spec, task.spec.branch, sharedEnv));
  }
  if ((spec.files ?? []).length > 0) {
    parts.initContainers.push(workspaceFilesContainer(spec.files ?? [], workspace.filePaths));
  }
  parts.agentMounts.push(workspaceMount());
}
