import { expect } from 'chai';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { checkPodSecurity, parsePolicyVersion, type PssLevel } from '../../controller/index.js';

// Each Pod Security Standards control, pinned to what pod-security-admission
// (k8s.io/pod-security-admission/policy/check_*.go) allows and refuses, field by field.

const hardened: NonNullable<IContainer['securityContext']> = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  runAsNonRoot: true,
  seccompProfile: { type: 'RuntimeDefault' },
};

/** A pod that passes restricted, changed by `change`. */
function pod(change: (spec: IPodSpec) => void = () => {}): IPodSpec {
  const spec: IPodSpec = {
    initContainers: [{ name: 'init', image: 'i', securityContext: structuredClone(hardened) }],
    containers: [{ name: 'main', image: 'm', securityContext: structuredClone(hardened) }],
  };
  change(spec);
  return spec;
}

const main = (spec: IPodSpec) => spec.containers[0]!;
const sc = (spec: IPodSpec) => (main(spec).securityContext ??= {});

function paths(
  spec: IPodSpec,
  level: PssLevel,
  version?: string,
  annotations?: Record<string, string>,
) {
  return checkPodSecurity(annotations ? { annotations } : undefined, spec, {
    level,
    ...(version ? { version } : {}),
  }).map((v) => `${v.check} ${v.path}`);
}

describe('Pod Security Standards checks', () => {
  it('a hardened pod passes baseline and restricted', () => {
    expect(paths(pod(), 'baseline')).to.deep.equal([]);
    expect(paths(pod(), 'restricted')).to.deep.equal([]);
  });

  it('an unhardened pod passes baseline but not restricted, each field named', () => {
    const spec: IPodSpec = { containers: [{ name: 'main', image: 'm' }] };
    expect(paths(spec, 'baseline')).to.deep.equal([]);
    expect(paths(spec, 'restricted')).to.deep.equal([
      'allowPrivilegeEscalation spec.containers[0].securityContext.allowPrivilegeEscalation',
      'capabilities_restricted spec.containers[0].securityContext.capabilities.drop',
      'runAsNonRoot spec.containers[0].securityContext.runAsNonRoot',
      'seccompProfile_restricted spec.containers[0].securityContext.seccompProfile.type',
    ]);
  });

  const baseline: [string, (s: IPodSpec) => void, string[]][] = [
    [
      'hostProcess on the pod',
      (s) => (s.securityContext = { windowsOptions: { hostProcess: true } }),
      ['windowsHostProcess spec.securityContext.windowsOptions.hostProcess'],
    ],
    [
      'hostProcess on a container',
      (s) => (sc(s).windowsOptions = { hostProcess: true }),
      ['windowsHostProcess spec.containers[0].securityContext.windowsOptions.hostProcess'],
    ],
    [
      'host namespaces',
      (s) => Object.assign(s, { hostNetwork: true, hostPID: true, hostIPC: false }),
      ['hostNamespaces spec.hostNetwork', 'hostNamespaces spec.hostPID'],
    ],
    [
      'privileged',
      (s) => (s.initContainers![0]!.securityContext!.privileged = true),
      ['privileged spec.initContainers[0].securityContext.privileged'],
    ],
    [
      'NET_RAW added',
      (s) => (sc(s).capabilities = { drop: ['ALL'], add: ['CHOWN', 'NET_RAW'] }),
      ['capabilities_baseline spec.containers[0].securityContext.capabilities.add[1]'],
    ],
    [
      'a hostPath volume',
      (s) =>
        (s.volumes = [
          { name: 'e', emptyDir: {} },
          { name: 'h', hostPath: { path: '/' } },
        ]),
      ['hostPathVolumes spec.volumes[1].hostPath'],
    ],
    [
      'a host port',
      (s) => (main(s).ports = [{ containerPort: 80 }, { containerPort: 81, hostPort: 8081 }]),
      ['hostPorts spec.containers[0].ports[1].hostPort'],
    ],
    [
      'a probe host',
      (s) => (main(s).livenessProbe = { httpGet: { port: 80, host: '10.0.0.1' } }),
      ['hostProbesAndHostLifecycle spec.containers[0].livenessProbe.httpGet.host'],
    ],
    [
      'a lifecycle host',
      (s) => (main(s).lifecycle = { preStop: { tcpSocket: { port: 80, host: 'h' } } }),
      ['hostProbesAndHostLifecycle spec.containers[0].lifecycle.preStop.tcpSocket.host'],
    ],
    [
      'AppArmor unconfined',
      (s) => (sc(s).appArmorProfile = { type: 'Unconfined' }),
      ['appArmorProfile spec.containers[0].securityContext.appArmorProfile.type'],
    ],
    [
      'SELinux type, user, role',
      (s) => (s.securityContext = { seLinuxOptions: { type: 'spc_t', user: 'u', role: 'r' } }),
      [
        'seLinuxOptions spec.securityContext.seLinuxOptions.type',
        'seLinuxOptions spec.securityContext.seLinuxOptions.user',
        'seLinuxOptions spec.securityContext.seLinuxOptions.role',
      ],
    ],
    [
      'procMount Unmasked',
      (s) => (sc(s).procMount = 'Unmasked'),
      ['procMount spec.containers[0].securityContext.procMount'],
    ],
    [
      'seccomp Unconfined',
      (s) => (sc(s).seccompProfile = { type: 'Unconfined' }),
      ['seccompProfile_baseline spec.containers[0].securityContext.seccompProfile.type'],
    ],
    [
      'an unsafe sysctl',
      (s) =>
        (s.securityContext = {
          sysctls: [
            { name: 'net.ipv4.tcp_syncookies', value: '1' },
            { name: 'kernel.msgmax', value: '1' },
          ],
        }),
      ['sysctls spec.securityContext.sysctls[1].name'],
    ],
  ];
  for (const [name, change, want] of baseline) {
    it(`baseline refuses ${name}`, () => {
      expect(paths(pod(change), 'baseline')).to.deep.equal(want);
      // Restricted includes baseline; a replaced control is reported by its restricted version.
      const restricted = paths(pod(change), 'restricted');
      for (const line of want) {
        const [, path] = line.split(' ');
        expect(
          restricted.some((r) => r.endsWith(` ${path}`)),
          line,
        ).to.equal(true);
      }
    });
  }

  const restricted: [string, (s: IPodSpec) => void, string[]][] = [
    [
      'an nfs volume',
      (s) => (s.volumes = [{ name: 'n', nfs: { server: 's', path: '/' } }]),
      ['restrictedVolumes spec.volumes[0].nfs'],
    ],
    [
      'allowPrivilegeEscalation unset',
      (s) => delete sc(s).allowPrivilegeEscalation,
      ['allowPrivilegeEscalation spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ],
    [
      'a capability other than NET_BIND_SERVICE',
      (s) => (sc(s).capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'CHOWN'] }),
      ['capabilities_restricted spec.containers[0].securityContext.capabilities.add[1]'],
    ],
    [
      'runAsNonRoot false on the pod',
      (s) => (s.securityContext = { runAsNonRoot: false }),
      ['runAsNonRoot spec.securityContext.runAsNonRoot'],
    ],
    [
      'runAsUser 0',
      (s) => (sc(s).runAsUser = 0),
      ['runAsUser spec.containers[0].securityContext.runAsUser'],
    ],
    [
      'procMount Unmasked in a user namespace',
      (s) => Object.assign(s, { hostUsers: false }) && (sc(s).procMount = 'Unmasked'),
      ['procMount_restricted spec.containers[0].securityContext.procMount'],
    ],
  ];
  for (const [name, change, want] of restricted) {
    it(`restricted refuses ${name}`, () => {
      expect(paths(pod(change), 'restricted')).to.deep.equal(want);
    });
  }

  it('pod-level runAsNonRoot and seccomp cover containers that leave them unset', () => {
    const spec = pod((s) => {
      s.securityContext = {
        runAsNonRoot: true,
        seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' },
      };
      for (const c of [...s.initContainers!, ...s.containers]) {
        delete c.securityContext!.runAsNonRoot;
        delete c.securityContext!.seccompProfile;
      }
    });
    expect(paths(spec, 'restricted')).to.deep.equal([]);
  });

  it('Windows pods are exempt from the Linux-only restricted controls', () => {
    const spec: IPodSpec = {
      os: { name: 'windows' },
      securityContext: { runAsNonRoot: true },
      containers: [{ name: 'w' }],
    };
    expect(paths(spec, 'restricted')).to.deep.equal([]);
  });

  it('follows the policy version: user namespaces relax root from 1.35, host probes from 1.34', () => {
    const rootInUserNs = pod((s) => {
      s.hostUsers = false;
      sc(s).runAsUser = 0;
      sc(s).runAsNonRoot = false;
    });
    expect(paths(rootInUserNs, 'restricted', 'v1.35')).to.deep.equal([]);
    expect(paths(rootInUserNs, 'restricted', 'v1.34')).to.have.length(2);
    const probe = pod((s) => (main(s).readinessProbe = { tcpSocket: { port: 1, host: 'h' } }));
    expect(paths(probe, 'baseline', 'v1.33')).to.deep.equal([]);
    expect(paths(probe, 'baseline', 'latest')).to.have.length(1);
    const sysctl = pod(
      (s) => (s.securityContext = { sysctls: [{ name: 'net.ipv4.tcp_rmem', value: '1' }] }),
    );
    expect(paths(sysctl, 'baseline', 'v1.31')).to.have.length(1);
    expect(paths(sysctl, 'baseline', 'v1.32')).to.deep.equal([]);
    expect(parsePolicyVersion('v1.24')).to.equal(undefined);
    expect(() => paths(pod(), 'baseline', 'v2')).to.throw(/unknown Pod Security Standards version/);
  });

  it('AppArmor annotations: runtime/default and localhost/* only', () => {
    const annotations = {
      'container.apparmor.security.beta.kubernetes.io/main': 'unconfined',
      'container.apparmor.security.beta.kubernetes.io/init': 'localhost/p',
    };
    expect(paths(pod(), 'baseline', undefined, annotations)).to.deep.equal([
      'appArmorProfile metadata.annotations[container.apparmor.security.beta.kubernetes.io/main]',
    ]);
  });

  it('visits ephemeral containers too', () => {
    const spec = pod(
      (s) => (s.ephemeralContainers = [{ name: 'debug', securityContext: { privileged: true } }]),
    );
    expect(paths(spec, 'baseline')).to.deep.equal([
      'privileged spec.ephemeralContainers[0].securityContext.privileged',
    ]);
  });
});
