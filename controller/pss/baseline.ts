import type { IProbe } from 'kubernetes-models/v1/Probe';
import type { ILifecycleHandler } from 'kubernetes-models/v1/LifecycleHandler';
import { podContainers, inUserNamespace } from './containers.js';
import type { PodContext, PssCheck, PssViolation } from './types.js';

// The baseline controls of the Pod Security Standards, one per pod-security-admission check
// (k8s.io/pod-security-admission/policy/check_*.go), each reporting every offending field.

const level = 'baseline';

function violation(check: string, path: string, message: string): PssViolation {
  return { check, level, path, message };
}

/** Windows HostProcess containers: windowsOptions.hostProcess must not be true. */
const windowsHostProcess: PssCheck = {
  id: 'windowsHostProcess',
  level,
  check(pod) {
    const found: PssViolation[] = [];
    const at = (path: string, hostProcess: boolean | undefined) => {
      if (hostProcess === true) {
        found.push(
          violation(
            this.id,
            `${path}.securityContext.windowsOptions.hostProcess`,
            'must not be true',
          ),
        );
      }
    };
    at(pod.specPath, pod.spec.securityContext?.windowsOptions?.hostProcess);
    for (const { container, path } of podContainers(pod)) {
      at(path, container.securityContext?.windowsOptions?.hostProcess);
    }
    return found;
  },
};

/** Host namespaces: hostNetwork, hostPID and hostIPC must not be true. */
const hostNamespaces: PssCheck = {
  id: 'hostNamespaces',
  level,
  check(pod) {
    return (['hostNetwork', 'hostPID', 'hostIPC'] as const)
      .filter((field) => pod.spec[field] === true)
      .map((field) => violation(this.id, `${pod.specPath}.${field}`, 'must not be true'));
  },
};

/** Privileged containers: securityContext.privileged must not be true. */
const privileged: PssCheck = {
  id: 'privileged',
  level,
  check(pod) {
    return podContainers(pod)
      .filter(({ container }) => container.securityContext?.privileged === true)
      .map(({ path }) =>
        violation(this.id, `${path}.securityContext.privileged`, 'must not be true'),
      );
  },
};

/** The capabilities baseline allows adding: the container runtimes' default set. */
export const baselineCapabilities: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** Capabilities: only the default set may be added. */
const capabilitiesBaseline: PssCheck = {
  id: 'capabilities_baseline',
  level,
  check(pod) {
    return podContainers(pod).flatMap(({ container, path }) =>
      (container.securityContext?.capabilities?.add ?? []).flatMap((cap, i) =>
        baselineCapabilities.has(cap)
          ? []
          : [
              violation(
                this.id,
                `${path}.securityContext.capabilities.add[${i}]`,
                `must not add "${cap}" (baseline allows only the default capabilities)`,
              ),
            ],
      ),
    );
  },
};

/** HostPath volumes are forbidden. */
const hostPathVolumes: PssCheck = {
  id: 'hostPathVolumes',
  level,
  check(pod) {
    return (pod.spec.volumes ?? []).flatMap((volume, i) =>
      volume.hostPath === undefined
        ? []
        : [
            violation(
              this.id,
              `${pod.specPath}.volumes[${i}].hostPath`,
              `volume "${volume.name}" must not be a hostPath volume`,
            ),
          ],
    );
  },
};

/** Host ports: containers' ports must not set hostPort (0 is the same as unset). */
const hostPorts: PssCheck = {
  id: 'hostPorts',
  level,
  check(pod) {
    return podContainers(pod).flatMap(({ container, path }) =>
      (container.ports ?? []).flatMap((port, i) =>
        port.hostPort === undefined || port.hostPort === 0
          ? []
          : [
              violation(
                this.id,
                `${path}.ports[${i}].hostPort`,
                `must not be set (is ${port.hostPort})`,
              ),
            ],
      ),
    );
  },
};

/** Probes and lifecycle handlers must not name a host (1.34+): it would reach beyond the pod. */
const hostProbesAndHostLifecycle: PssCheck = {
  id: 'hostProbesAndHostLifecycle',
  level,
  check(pod) {
    if (pod.minor < 34) return [];
    const found: PssViolation[] = [];
    const handler = (path: string, h: IProbe | ILifecycleHandler | undefined) => {
      for (const kind of ['httpGet', 'tcpSocket'] as const) {
        const host = h?.[kind]?.host;
        if (host !== undefined && host !== '') {
          found.push(violation(this.id, `${path}.${kind}.host`, `must not be set (is "${host}")`));
        }
      }
    };
    for (const { container, path } of podContainers(pod)) {
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        handler(`${path}.${probe}`, container[probe]);
      }
      handler(`${path}.lifecycle.postStart`, container.lifecycle?.postStart);
      handler(`${path}.lifecycle.preStop`, container.lifecycle?.preStop);
    }
    return found;
  },
};

// AppArmor and seccomp profiles share one rule: where a type is set, on the pod or on a
// container, it must be RuntimeDefault or Localhost.
function profileTypeViolations(
  pod: PodContext,
  id: string,
  field: 'appArmorProfile' | 'seccompProfile',
): PssViolation[] {
  const found: PssViolation[] = [];
  const at = (path: string, type: string | undefined) => {
    if (type !== undefined && type !== 'RuntimeDefault' && type !== 'Localhost') {
      found.push(
        violation(
          id,
          `${path}.securityContext.${field}.type`,
          `must be RuntimeDefault or Localhost, not "${type}"`,
        ),
      );
    }
  };
  at(pod.specPath, pod.spec.securityContext?.[field]?.type);
  for (const { container, path } of podContainers(pod)) {
    at(path, container.securityContext?.[field]?.type);
  }
  return found;
}

const appArmorAnnotationPrefix = 'container.apparmor.security.beta.kubernetes.io/';

/** AppArmor: profiles may be RuntimeDefault or Localhost, never Unconfined. */
const appArmorProfile: PssCheck = {
  id: 'appArmorProfile',
  level,
  check(pod) {
    const found = profileTypeViolations(pod, this.id, 'appArmorProfile');
    for (const [key, value] of Object.entries(pod.metadata?.annotations ?? {}).sort()) {
      if (
        key.startsWith(appArmorAnnotationPrefix) &&
        value !== '' &&
        value !== 'runtime/default' &&
        !value.startsWith('localhost/')
      ) {
        found.push(
          violation(
            this.id,
            `${pod.metadataPath}.annotations[${key}]`,
            `must be runtime/default or localhost/*, not "${value}"`,
          ),
        );
      }
    }
    return found;
  },
};

/** SELinux: only the container types, and no custom user or role. */
const seLinuxOptions: PssCheck = {
  id: 'seLinuxOptions',
  level,
  check(pod) {
    const types = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
    if (pod.minor >= 31) types.push('container_engine_t');
    const found: PssViolation[] = [];
    const at = (
      path: string,
      options: { type?: string; user?: string; role?: string } | undefined,
    ) => {
      const base = `${path}.securityContext.seLinuxOptions`;
      if (options?.type !== undefined && !types.includes(options.type)) {
        found.push(
          violation(
            this.id,
            `${base}.type`,
            `must be one of ${types.filter((t) => t !== '').join(', ')}, not "${options.type}"`,
          ),
        );
      }
      for (const field of ['user', 'role'] as const) {
        if (options?.[field]) found.push(violation(this.id, `${base}.${field}`, 'must not be set'));
      }
    };
    at(pod.specPath, pod.spec.securityContext?.seLinuxOptions);
    for (const { container, path } of podContainers(pod))
      at(path, container.securityContext?.seLinuxOptions);
    return found;
  },
};

/** /proc mount: the default masks stay (any value in a user namespace, 1.35+). */
const procMount: PssCheck = {
  id: 'procMount',
  level,
  check(pod) {
    if (inUserNamespace(pod)) return [];
    return procMountViolations(pod, this.id, level);
  },
};

/** The procMount violations of a pod, for the baseline and restricted controls alike. */
export function procMountViolations(
  pod: PodContext,
  id: string,
  at: 'baseline' | 'restricted',
): PssViolation[] {
  return podContainers(pod).flatMap(({ container, path }) => {
    const value = container.securityContext?.procMount;
    return value === undefined || value === 'Default'
      ? []
      : [
          {
            check: id,
            level: at,
            path: `${path}.securityContext.procMount`,
            message: `must be Default, not "${value}"`,
          },
        ];
  });
}

/** Seccomp: a profile, where set, must not be Unconfined. */
const seccompProfileBaseline: PssCheck = {
  id: 'seccompProfile_baseline',
  level,
  check(pod) {
    return profileTypeViolations(pod, this.id, 'seccompProfile');
  },
};

/** The sysctls that are namespaced and isolated, by the version that allowed them. */
function safeSysctls(minor: number): Set<string> {
  const names = [
    'kernel.shm_rmid_forced',
    'net.ipv4.ip_local_port_range',
    'net.ipv4.tcp_syncookies',
    'net.ipv4.ping_group_range',
    'net.ipv4.ip_unprivileged_port_start',
  ];
  if (minor >= 27) names.push('net.ipv4.ip_local_reserved_ports');
  if (minor >= 29)
    names.push(
      'net.ipv4.tcp_keepalive_time',
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
    );
  if (minor >= 32) names.push('net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem');
  if (minor >= 37) names.push('net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat');
  return new Set(names);
}

/** Sysctls: only the safe set. */
const sysctls: PssCheck = {
  id: 'sysctls',
  level,
  check(pod) {
    const safe = safeSysctls(pod.minor);
    return (pod.spec.securityContext?.sysctls ?? []).flatMap((sysctl, i) =>
      safe.has(sysctl.name)
        ? []
        : [
            violation(
              this.id,
              `${pod.specPath}.securityContext.sysctls[${i}].name`,
              `"${sysctl.name}" is not a safe sysctl`,
            ),
          ],
    );
  },
};

/** Every baseline control. */
export const baselineChecks: readonly PssCheck[] = [
  windowsHostProcess,
  hostNamespaces,
  privileged,
  capabilitiesBaseline,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  appArmorProfile,
  seLinuxOptions,
  procMount,
  seccompProfileBaseline,
  sysctls,
];
