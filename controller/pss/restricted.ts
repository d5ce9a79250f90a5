import type { IVolume } from 'kubernetes-models/v1/Volume';
import { procMountViolations } from './baseline.js';
import { inUserNamespace, isWindowsPod, podContainers } from './containers.js';
import type { PssCheck, PssViolation } from './types.js';

// The restricted controls of the Pod Security Standards, as pod-security-admission checks them;
// where one replaces a baseline control (OverrideCheckIDs), `overrides` says which.

const level = 'restricted';

function violation(check: string, path: string, message: string): PssViolation {
  return { check, level, path, message };
}

/** The volume sources restricted allows; every other source is refused. */
export const restrictedVolumeSources: ReadonlySet<string> = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

/** Volume types: only the listed sources (replaces the baseline's hostPath control). */
const restrictedVolumes: PssCheck = {
  id: 'restrictedVolumes',
  level,
  overrides: () => ['hostPathVolumes'],
  check(pod) {
    return (pod.spec.volumes ?? []).flatMap((volume, i) =>
      volumeSources(volume)
        .filter((source) => !restrictedVolumeSources.has(source))
        .map((source) =>
          violation(
            this.id,
            `${pod.specPath}.volumes[${i}].${source}`,
            `volume "${volume.name}" must not be a ${source} volume (restricted allows ${[...restrictedVolumeSources].join(', ')})`,
          ),
        ),
    );
  },
};

// A volume with no source at all is defaulted to emptyDir by the API server.
function volumeSources(volume: IVolume): string[] {
  return Object.keys(volume).filter(
    (key) => key !== 'name' && (volume as unknown as Record<string, unknown>)[key] !== undefined,
  );
}

/** Privilege escalation: allowPrivilegeEscalation must be false (Windows pods exempt). */
const allowPrivilegeEscalation: PssCheck = {
  id: 'allowPrivilegeEscalation',
  level,
  check(pod) {
    if (isWindowsPod(pod)) return [];
    return podContainers(pod)
      .filter(({ container }) => container.securityContext?.allowPrivilegeEscalation !== false)
      .map(({ path }) =>
        violation(this.id, `${path}.securityContext.allowPrivilegeEscalation`, 'must be false'),
      );
  },
};

/** Capabilities: drop ALL, add at most NET_BIND_SERVICE (replaces the baseline control). */
const capabilitiesRestricted: PssCheck = {
  id: 'capabilities_restricted',
  level,
  overrides: () => ['capabilities_baseline'],
  check(pod) {
    if (isWindowsPod(pod)) return [];
    return podContainers(pod).flatMap(({ container, path }) => {
      const caps = container.securityContext?.capabilities;
      const found: PssViolation[] = [];
      if (!(caps?.drop ?? []).includes('ALL')) {
        found.push(
          violation(this.id, `${path}.securityContext.capabilities.drop`, 'must include "ALL"'),
        );
      }
      (caps?.add ?? []).forEach((cap, i) => {
        if (cap !== 'NET_BIND_SERVICE') {
          found.push(
            violation(
              this.id,
              `${path}.securityContext.capabilities.add[${i}]`,
              `must not add "${cap}" (restricted allows only NET_BIND_SERVICE)`,
            ),
          );
        }
      });
      return found;
    });
  },
};

/** Non-root: runAsNonRoot true on the pod or every container, false nowhere (not in a user namespace). */
const runAsNonRoot: PssCheck = {
  id: 'runAsNonRoot',
  level,
  check(pod) {
    if (inUserNamespace(pod)) return [];
    const found: PssViolation[] = [];
    const podValue = pod.spec.securityContext?.runAsNonRoot;
    if (podValue === false) {
      found.push(
        violation(this.id, `${pod.specPath}.securityContext.runAsNonRoot`, 'must not be false'),
      );
    }
    for (const { container, path } of podContainers(pod)) {
      const value = container.securityContext?.runAsNonRoot;
      if (value === false) {
        found.push(violation(this.id, `${path}.securityContext.runAsNonRoot`, 'must not be false'));
      } else if (value === undefined && podValue !== true) {
        found.push(
          violation(
            this.id,
            `${path}.securityContext.runAsNonRoot`,
            `must be true, here or at ${pod.specPath}.securityContext.runAsNonRoot`,
          ),
        );
      }
    }
    return found;
  },
};

/** Non-root user: runAsUser must not be 0 (not in a user namespace). */
const runAsUser: PssCheck = {
  id: 'runAsUser',
  level,
  check(pod) {
    if (inUserNamespace(pod)) return [];
    const at = [
      { path: pod.specPath, uid: pod.spec.securityContext?.runAsUser },
      ...podContainers(pod).map(({ container, path }) => ({
        path,
        uid: container.securityContext?.runAsUser,
      })),
    ];
    return at
      .filter(({ uid }) => uid === 0)
      .map(({ path }) => violation(this.id, `${path}.securityContext.runAsUser`, 'must not be 0'));
  },
};

/** Seccomp: RuntimeDefault or Localhost on the pod or every container (replaces the baseline control). */
const seccompProfileRestricted: PssCheck = {
  id: 'seccompProfile_restricted',
  level,
  overrides: () => ['seccompProfile_baseline'],
  check(pod) {
    if (isWindowsPod(pod)) return [];
    const valid = (type: string | undefined) => type === 'RuntimeDefault' || type === 'Localhost';
    const found: PssViolation[] = [];
    const podType = pod.spec.securityContext?.seccompProfile?.type;
    if (podType !== undefined && !valid(podType)) {
      found.push(
        violation(
          this.id,
          `${pod.specPath}.securityContext.seccompProfile.type`,
          `must be RuntimeDefault or Localhost, not "${podType}"`,
        ),
      );
    }
    for (const { container, path } of podContainers(pod)) {
      const type = container.securityContext?.seccompProfile?.type;
      const field = `${path}.securityContext.seccompProfile.type`;
      if (type !== undefined && !valid(type)) {
        found.push(violation(this.id, field, `must be RuntimeDefault or Localhost, not "${type}"`));
      } else if (type === undefined && !valid(podType)) {
        found.push(
          violation(
            this.id,
            field,
            `must be RuntimeDefault or Localhost, here or at ${pod.specPath}.securityContext.seccompProfile.type`,
          ),
        );
      }
    }
    return found;
  },
};

/** /proc mount, unconditionally (1.35+, where baseline relaxes it for user namespaces). */
const procMountRestricted: PssCheck = {
  id: 'procMount_restricted',
  level,
  overrides: (minor) => (minor >= 35 ? ['procMount'] : []),
  check(pod) {
    return pod.minor >= 35 ? procMountViolations(pod, this.id, level) : [];
  },
};

/** Every restricted control (the baseline controls apply too, less those these replace). */
export const restrictedChecks: readonly PssCheck[] = [
  restrictedVolumes,
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
  procMountRestricted,
];
