import type { AgentType } from '../api/index.js';
import { agentUid, reservedVolumeNames } from '../api/index.js';

// Names and paths the reference controller (kelos-dev/kelos internal/controller/job_builder.go)
// fixes for every agent pod. Agent images and entrypoints depend on them, so they are not options.

/** The workspace volume's name: the first reserved name `api/` exports. */
export const workspaceVolumeName: (typeof reservedVolumeNames)[0] = reservedVolumeNames[0];

/** The plugin volume's name: the second reserved name `api/` exports. */
export const pluginVolumeName: (typeof reservedVolumeNames)[1] = reservedVolumeNames[1];

/** Where the workspace volume is mounted in every container that uses it. */
export const workspaceMountPath = '/workspace';

/** Where the repository is cloned, and the agent's working directory. */
export const repoPath = `${workspaceMountPath}/repo`;

/** Where the plugin volume is mounted (KELOS_PLUGIN_DIR). */
export const pluginMountPath = '/kelos/plugin';

/** The gh CLI's configuration folder, on the workspace volume so no stale image auth is read. */
export const ghConfigDir = `${workspaceMountPath}/.gh-config`;

/** The plugin folder skills.sh packages are moved into, beside the AgentConfig's own plugins. */
export const skillsShPluginName = 'skills-sh';

/** The image of the git init containers (clone, remotes, branch, files, plugins). */
export const gitImage = 'alpine/git:v2.47.2';

/** The image that installs skills.sh packages as root (the reference's, with `apk add git`). */
export const nodeImage = 'node:22.14.0-alpine';

/**
 * The image that installs skills.sh packages without root, for restricted pods: Node's Debian
 * image already ships git, so nothing has to be installed with apk.
 */
export const nodeImageWithGit = 'node:22.14.0-bookworm';

/** The agent container's command: the entrypoint every agent image implements. */
export const agentEntrypoint = '/kelos_entrypoint.sh';

/** The UID every Kelos container runs as, re-exported from `api/` for the builder's files. */
export const agentUserId: typeof agentUid = agentUid;

/** The default image of an agent type. */
export function defaultAgentImage(type: AgentType): string {
  return `ghcr.io/kelos-dev/${type}:latest`;
}
