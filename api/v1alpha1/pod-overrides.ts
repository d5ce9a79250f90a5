import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IPodSecurityContext } from 'kubernetes-models/v1/PodSecurityContext';
import type { IResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import type { ISecurityContext } from 'kubernetes-models/v1/SecurityContext';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount';
import type { int64 } from '../../generator/types.js';
import { reservedVolumeNames } from './reserved.js';

/** Changes to the agent's pod, on top of what Kelos builds. */
export interface PodOverrides {
  /** Extra labels for the Job and its pod. Kelos's own labels win when a key is the same. */
  labels?: Record<string, string>;
  /** Compute resources (requests and limits) of the agent container. */
  resources?: IResourceRequirements;
  /**
   * The longest the agent pod may run, in seconds, before it is stopped; becomes the Job's
   * activeDeadlineSeconds.
   * @k8s:minimum 1
   */
  activeDeadlineSeconds?: int64;
  /**
   * Extra environment variables for the agent container, after Kelos's own. Kelos's own
   * (credentials, model, GitHub token) win when a name is the same.
   */
  env?: IEnvVar[];
  /** Only nodes with all of these labels may run the agent pod. */
  nodeSelector?: Record<string, string>;
  /**
   * The service account the agent pod runs as, for example one bound to a cloud identity
   * (EKS IRSA, GKE or Azure workload identity).
   */
  serviceAccountName?: string;
  /**
   * Volumes added to the pod. Names must be unique and must not be a reserved name
   * (${reservedVolumeNames|join}). At most 64, which keeps the name rule far inside the API
   * server's CEL cost budget.
   * @k8s:listType map
   * @k8s:listMapKey name
   * @k8s:maxItems 64
   * @k8s:validation rule="self.all(v, !(v.name in ${reservedVolumeNames}))" message="volume names must not be a reserved name: ${reservedVolumeNames|join}"
   */
  volumes?: IVolume[];
  /**
   * Mounts added to the agent container only. Each names a volume from volumes, or workspace
   * when the Task has a workspace, or kelos-plugin when its AgentConfig declares plugins or
   * skills; those two exist only then. At most one mount per path, and at most 64.
   * @k8s:listType map
   * @k8s:listMapKey mountPath
   * @k8s:maxItems 64
   */
  volumeMounts?: IVolumeMount[];
  /**
   * Replaces the pod's security context. One exception: when fsGroup is left unset, Kelos keeps
   * its default (the agent's UID, 61100) so the agent can write the workspace.
   */
  podSecurityContext?: IPodSecurityContext;
  /** Replaces the security context of the agent container. */
  containerSecurityContext?: ISecurityContext;
}
