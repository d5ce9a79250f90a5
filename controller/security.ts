import type { IPodSecurityContext } from 'kubernetes-models/v1/PodSecurityContext';
import type { ISecurityContext } from 'kubernetes-models/v1/SecurityContext';
import type { PodOverrides } from '../api/index.js';
import { agentUserId } from './constants.js';
import { checkPodSecurity } from './pss/index.js';

// The restricted controls that depend only on security contexts; a Task that satisfies all of
// them for its agent container has asked, in the only words the API has, for a restricted pod.
const hardeningChecks = new Set([
  'allowPrivilegeEscalation',
  'capabilities_restricted',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
]);

/**
 * True when the Task opts into a restricted-compatible pod: its podOverrides security contexts
 * (pod-level and agent container together) already make the agent container pass every restricted
 * control that a security context decides. See controller/README.md.
 */
export function optsIntoRestricted(overrides: PodOverrides | undefined): boolean {
  if (
    overrides?.containerSecurityContext === undefined &&
    overrides?.podSecurityContext === undefined
  ) {
    return false;
  }
  const violations = checkPodSecurity(
    undefined,
    {
      ...(overrides.podSecurityContext === undefined
        ? {}
        : { securityContext: overrides.podSecurityContext }),
      containers: [
        {
          name: 'agent',
          ...(overrides.containerSecurityContext === undefined
            ? {}
            : { securityContext: overrides.containerSecurityContext }),
        },
      ],
    },
    { level: 'restricted', version: 'v1.25' },
  );
  return !violations.some((v) => hardeningChecks.has(v.check));
}

/**
 * The pod's security context: with a workspace, fsGroup 61100 so the agent's UID can write it;
 * podOverrides.podSecurityContext replaces it, keeping that fsGroup when it sets none (the API's
 * documented exception, and the reference's).
 */
export function podSecurityContext(
  hasWorkspace: boolean,
  override: IPodSecurityContext | undefined,
): IPodSecurityContext | undefined {
  const defaults = hasWorkspace ? { fsGroup: agentUserId } : undefined;
  if (override === undefined) return defaults;
  const replaced = structuredClone(override);
  if (replaced.fsGroup === undefined && defaults !== undefined) {
    return { ...replaced, fsGroup: defaults.fsGroup };
  }
  return replaced;
}

/**
 * An init container's security context. The reference runs init containers as the agent's UID
 * and declares nothing else, which a restricted namespace rejects. For a Task that opts in, each
 * one also drops every capability, forbids privilege escalation, insists on a non-root user, and
 * uses the runtime's default seccomp profile unless the pod already sets a profile for everyone.
 */
export function initContainerSecurityContext(
  restricted: boolean,
  pod: IPodSecurityContext | undefined,
): ISecurityContext {
  if (!restricted) return { runAsUser: agentUserId };
  const podSeccomp = pod?.seccompProfile?.type;
  const inherits = podSeccomp === 'RuntimeDefault' || podSeccomp === 'Localhost';
  return {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    runAsNonRoot: true,
    runAsUser: agentUserId,
    ...(inherits ? {} : { seccompProfile: { type: 'RuntimeDefault' as const } }),
  };
}
