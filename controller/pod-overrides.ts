import type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount';
import { reservedVolumeNames, type PodOverrides } from '../api/index.js';
import { pluginVolumeName, workspaceVolumeName } from './constants.js';
import type { Problems } from './problems.js';
import { cleanPath } from './workspace-files.js';

/** What the pod has before the overrides are applied, which the overrides are checked against. */
export interface BuiltPod {
  /** Whether the pod has the workspace volume. */
  readonly hasWorkspace: boolean;
  /** Whether the pod has the plugin volume. */
  readonly hasPlugins: boolean;
  /** The agent container's own mounts. */
  readonly agentMounts: readonly IVolumeMount[];
}

const base = 'spec.podOverrides';

/**
 * Checks podOverrides.volumes and volumeMounts before any Job is made: volume names neither
 * reserved nor repeated; each mount naming a volume this pod has (a user volume, `workspace` with
 * a workspace, `kelos-plugin` with plugins or skills); no mount path used twice in the agent
 * container. The reference checked only the volume names and left mounts to pod admission.
 */
export function checkPodOverrides(
  overrides: PodOverrides | undefined,
  pod: BuiltPod,
  taskLabel: string,
  problems: Problems,
): void {
  const add = (path: string, code: string, message: string) =>
    problems.add(taskLabel, path, code, message);
  const volumes = new Map<string, number>();
  (overrides?.volumes ?? []).forEach((volume, i) => {
    const path = `${base}.volumes[${i}].name`;
    if (!volume.name) {
      add(path, 'job-volume-name', 'is required');
    } else if ((reservedVolumeNames as readonly string[]).includes(volume.name)) {
      add(
        path,
        'job-volume-reserved',
        `"${volume.name}" is reserved for Kelos (reserved: ${reservedVolumeNames.join(', ')})`,
      );
    } else if (volumes.has(volume.name)) {
      add(
        path,
        'job-volume-duplicate',
        `duplicate volume name "${volume.name}" (also ${base}.volumes[${volumes.get(volume.name)!}].name)`,
      );
    } else {
      volumes.set(volume.name, i);
    }
  });
  const paths = new Map(
    pod.agentMounts.map((m) => [cleanPath(m.mountPath), `the ${m.name} volume`]),
  );
  (overrides?.volumeMounts ?? []).forEach((mount, i) => {
    const problem = mountedVolumeProblem(mount.name, volumes, pod);
    if (problem !== undefined) add(`${base}.volumeMounts[${i}].name`, 'job-mount-volume', problem);
    const at = cleanPath(mount.mountPath ?? '');
    const owner = paths.get(at);
    if (!mount.mountPath) {
      add(`${base}.volumeMounts[${i}].mountPath`, 'job-mount-path', 'is required');
    } else if (owner !== undefined) {
      add(
        `${base}.volumeMounts[${i}].mountPath`,
        'job-mount-path',
        `"${mount.mountPath}" is already mounted in the agent container, by ${owner}`,
      );
    } else {
      paths.set(at, `${base}.volumeMounts[${i}]`);
    }
  });
}

function mountedVolumeProblem(
  name: string,
  userVolumes: ReadonlyMap<string, number>,
  pod: BuiltPod,
): string | undefined {
  if (name === workspaceVolumeName) {
    return pod.hasWorkspace
      ? undefined
      : `mounts "${name}", which exists only when the Task has a workspace (spec.workspaceRef)`;
  }
  if (name === pluginVolumeName) {
    return pod.hasPlugins
      ? undefined
      : `mounts "${name}", which exists only when the Task's AgentConfig declares plugins or skills`;
  }
  if (userVolumes.has(name)) return undefined;
  return `mounts volume "${name}", which is not in ${base}.volumes`;
}
