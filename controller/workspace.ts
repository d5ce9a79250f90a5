import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount';
import type { WorkspaceSpec } from '../api/index.js';
import { gitImage, repoPath, workspaceMountPath, workspaceVolumeName } from './constants.js';
import { nonEmpty } from './env.js';
import { shellQuote } from './shell.js';

/** The workspace volume: an emptyDir that lives as long as the pod. */
export function workspaceVolume(): IVolume {
  return { name: workspaceVolumeName, emptyDir: {} };
}

/** The workspace volume's mount, the same in every container that uses it. */
export function workspaceMount(): IVolumeMount {
  return { name: workspaceVolumeName, mountPath: workspaceMountPath };
}

// The reference's credential helper: git asks it for a password and it answers with the token
// from the environment, so the token is never written into a URL or a file.
const credentialHelper = `!f() { echo "username=x-access-token"; echo "password=$GITHUB_TOKEN"; }; f`;

// `-c credential.helper=` first clears helpers inherited from system and global configuration.
const withCredentials = `git -c credential.helper= -c credential.helper='${credentialHelper}'`;

/**
 * git-clone: a shallow clone of every branch (`--no-single-branch`, so branch-setup can fetch
 * others) into /workspace/repo. With a secret it runs through sh so that the credential helper is
 * used for the clone and then persisted in the repository for the agent, as the reference does.
 * The URL and ref are arguments, never script text.
 */
export function gitCloneContainer(workspace: WorkspaceSpec, env: readonly IEnvVar[]): IContainer {
  const cloneArgs = ['clone'];
  if (nonEmpty(workspace.ref)) cloneArgs.push('--branch', workspace.ref);
  cloneArgs.push('--no-single-branch', '--depth', '1', '--', workspace.repo, repoPath);
  const base = { name: 'git-clone', image: gitImage };
  const rest = { ...envField(env), volumeMounts: [workspaceMount()] };
  if (workspace.secretRef === undefined) {
    return { ...base, args: cloneArgs, ...rest };
  }
  const script =
    `${withCredentials} "$@" && { ` +
    `git -C ${repoPath} config --unset-all credential.helper 2>/dev/null || true; ` +
    `git -C ${repoPath} config --add credential.helper '${credentialHelper}'; }`;
  return { ...base, command: ['sh', '-c', script], args: ['--', ...cloneArgs], ...rest };
}

/**
 * remote-setup: adds each extra remote, or points an existing one at the new URL. Names and URLs
 * are user strings, so each is shell-quoted.
 */
export function remoteSetupContainer(workspace: WorkspaceSpec): IContainer | undefined {
  const remotes = workspace.remotes ?? [];
  if (remotes.length === 0) return undefined;
  const steps = [`cd ${repoPath}`];
  for (const { name, url } of remotes) {
    const n = shellQuote(name);
    const u = shellQuote(url);
    steps.push(
      `if git remote get-url ${n} >/dev/null 2>&1; then git remote set-url ${n} ${u}; else git remote add ${n} ${u}; fi`,
    );
  }
  return {
    name: 'remote-setup',
    image: gitImage,
    command: ['sh', '-c', steps.join(' && ')],
    volumeMounts: [workspaceMount()],
  };
}

/**
 * branch-setup: fetches the Task's branch if the remote has it, then checks it out, creating it
 * when it is new. The branch reaches the script only as $KELOS_BRANCH, never as script text.
 */
export function branchSetupContainer(
  workspace: WorkspaceSpec,
  branch: string,
  env: readonly IEnvVar[],
): IContainer {
  const git = workspace.secretRef === undefined ? 'git' : withCredentials;
  const script =
    `cd ${repoPath} && ${git} fetch origin "$KELOS_BRANCH":"$KELOS_BRANCH" 2>/dev/null; ` +
    `if git rev-parse --verify refs/heads/"$KELOS_BRANCH" >/dev/null 2>&1; then ` +
    `git checkout "$KELOS_BRANCH"; else git checkout -b "$KELOS_BRANCH"; fi`;
  return {
    name: 'branch-setup',
    image: gitImage,
    command: ['sh', '-c', script],
    env: [...env, { name: 'KELOS_BRANCH', value: branch }],
    volumeMounts: [workspaceMount()],
  };
}

function envField(env: readonly IEnvVar[]): { env?: IEnvVar[] } {
  return env.length === 0 ? {} : { env: [...env] };
}
