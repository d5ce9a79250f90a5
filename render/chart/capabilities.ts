// .Capabilities as `helm template` builds it offline (chartutil.DefaultCapabilities, then
// --kube-version and --api-versions): Helm's default Kubernetes version and its list of known
// API versions differ by major (each compiled against its client-go), read from the binaries
// with `{{ .Capabilities | toJson }}`-style probes and pinned by the golden charts.
import {
  GoStruct,
  goTypes,
  sliceOf,
  typedSlice,
  type GoValue,
  type NamedType,
} from '../go/index.js';
import { ChartError } from './errors.js';
import { parseVersion } from './semver.js';

/** The Kubernetes version Helm assumes without a cluster. */
export interface KubeVersion {
  /** As given (`v1.33.4-gke.1`); Helm 3 normalises it. */
  readonly version: string;
  /** What String() prints and kubeVersion constraints are checked against. */
  readonly normalized: string;
  readonly major: string;
  readonly minor: string;
}

const shared = [
  'v1',
  'admissionregistration.k8s.io/v1',
  'admissionregistration.k8s.io/v1alpha1',
  'admissionregistration.k8s.io/v1beta1',
  'internal.apiserver.k8s.io/v1alpha1',
  'apps/v1',
  'apps/v1beta1',
  'apps/v1beta2',
  'authentication.k8s.io/v1',
  'authentication.k8s.io/v1alpha1',
  'authentication.k8s.io/v1beta1',
  'authorization.k8s.io/v1',
  'authorization.k8s.io/v1beta1',
  'autoscaling/v1',
  'autoscaling/v2',
  'autoscaling/v2beta1',
  'autoscaling/v2beta2',
  'batch/v1',
  'batch/v1beta1',
  'certificates.k8s.io/v1',
  'certificates.k8s.io/v1beta1',
  'certificates.k8s.io/v1alpha1',
  'coordination.k8s.io/v1alpha2',
  'coordination.k8s.io/v1beta1',
  'coordination.k8s.io/v1',
  'discovery.k8s.io/v1',
  'discovery.k8s.io/v1beta1',
  'events.k8s.io/v1',
  'events.k8s.io/v1beta1',
  'extensions/v1beta1',
  'flowcontrol.apiserver.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1beta1',
  'flowcontrol.apiserver.k8s.io/v1beta2',
  'flowcontrol.apiserver.k8s.io/v1beta3',
  'networking.k8s.io/v1',
];

const tail = [
  'node.k8s.io/v1',
  'node.k8s.io/v1alpha1',
  'node.k8s.io/v1beta1',
  'policy/v1',
  'policy/v1beta1',
  'rbac.authorization.k8s.io/v1',
  'rbac.authorization.k8s.io/v1beta1',
  'rbac.authorization.k8s.io/v1alpha1',
];

/** Helm's DefaultVersionSet per major (client-go 1.32 for Helm 3.17, 1.35 for Helm 4.1). */
export const defaultApiVersions: Readonly<Record<3 | 4, readonly string[]>> = {
  3: [
    ...shared,
    'networking.k8s.io/v1alpha1',
    'networking.k8s.io/v1beta1',
    ...tail,
    'resource.k8s.io/v1beta1',
    'resource.k8s.io/v1alpha3',
    'scheduling.k8s.io/v1alpha1',
    'scheduling.k8s.io/v1beta1',
    'scheduling.k8s.io/v1',
    'storage.k8s.io/v1beta1',
    'storage.k8s.io/v1',
    'storage.k8s.io/v1alpha1',
    'storagemigration.k8s.io/v1alpha1',
    'apiextensions.k8s.io/v1beta1',
    'apiextensions.k8s.io/v1',
  ],
  4: [
    ...shared,
    'networking.k8s.io/v1beta1',
    ...tail,
    'resource.k8s.io/v1',
    'resource.k8s.io/v1beta2',
    'resource.k8s.io/v1beta1',
    'resource.k8s.io/v1alpha3',
    'scheduling.k8s.io/v1alpha1',
    'scheduling.k8s.io/v1beta1',
    'scheduling.k8s.io/v1',
    'storage.k8s.io/v1beta1',
    'storage.k8s.io/v1',
    'storage.k8s.io/v1alpha1',
    'storagemigration.k8s.io/v1beta1',
    'apiextensions.k8s.io/v1beta1',
    'apiextensions.k8s.io/v1',
  ],
};

const defaultKube: Record<3 | 4, KubeVersion> = {
  3: { version: 'v1.32.0', normalized: 'v1.32.0', major: '1', minor: '32' },
  4: { version: 'v1.35.0', normalized: 'v1.35.0', major: '1', minor: '35' },
};

/** Helm's default Kubernetes version for a major. */
export function defaultKubeVersion(major: 3 | 4): KubeVersion {
  return defaultKube[major];
}

/** `--kube-version` parsed as each major parses it, or Helm's `invalid kube version` error. */
export function parseKubeVersion(text: string, major: 3 | 4): KubeVersion {
  if (major === 3) {
    const v = parseVersion(text);
    if (v === undefined)
      throw new ChartError(`invalid kube version '${text}': Invalid Semantic Version`);
    const rest = /^v?[0-9.]+((?:-[^+]*)?(?:\+.*)?)$/.exec(text)?.[1] ?? '';
    const version = `v${v.major}.${v.minor}.${v.patch}${rest}`;
    return { version, normalized: version, major: String(v.major), minor: String(v.minor) };
  }
  // Kubernetes' ParseGeneric: at least major.minor, anything after the numbers ignored.
  const m = /^\s*v?([0-9]+(?:\.[0-9]+)+)(.*)$/.exec(text);
  if (m === null || !/^(?:[-+].*)?$/.test(m[2]!)) {
    throw new ChartError(`invalid kube version '${text}': could not parse "${text}" as version`);
  }
  const parts = m[1]!.split('.').map((p) => String(Number(p)));
  return {
    version: text.startsWith('v') ? text : `v${text}`,
    normalized: `v${parts.join('.')}`,
    major: parts[0]!,
    minor: parts[1]!,
  };
}

const helmVersions: Record<3 | 4, [string, string][]> = {
  3: [
    ['Version', 'v3.17.2'],
    ['GitCommit', 'cc0bbbd6d6276b83880042c1ecb34087e84d41eb'],
    ['GitTreeState', 'clean'],
    ['GoVersion', 'go1.23.7'],
  ],
  4: [
    ['Version', 'v4.1.4'],
    ['GitCommit', '05fa37973dc9e42b76e1d2883494c87174b6074f'],
    ['GitTreeState', 'clean'],
    ['GoVersion', 'go1.25.9'],
    ['KubeClientVersion', 'v1.35'],
  ],
};

function types(major: 3 | 4) {
  const pkg = major === 3 ? 'chartutil' : 'common';
  const versionSet: NamedType = {
    kind: 'named',
    name: `${pkg}.VersionSet`,
    underlying: sliceOf(goTypes.string),
    methods: new Map([
      [
        'Has',
        {
          signature: { params: [goTypes.string], result: goTypes.bool, returnsError: false },
          impl: (set: GoValue, v: GoValue) => (set as GoValue[]).includes(v),
        },
      ],
    ]),
  };
  // Declared on *KubeVersion: printf of the value shows the struct; only an addressable field
  // (which text/template's printing takes the address of) prints through String().
  const stringMethod = (pick: (s: GoStruct) => GoValue) => ({
    signature: { params: [], result: goTypes.string, returnsError: false },
    pointerReceiver: true,
    impl: (s: GoValue) => pick(s as GoStruct),
  });
  const kubeVersion: NamedType = {
    kind: 'named',
    name: `${pkg}.KubeVersion`,
    underlying: { kind: 'struct' },
    methods: new Map([
      ['String', stringMethod((s) => normalizedOf.get(s) ?? s.fields.get('Version') ?? '')],
      ['GitVersion', stringMethod((s) => s.fields.get('Version') ?? '')],
    ]),
  };
  const buildInfo: NamedType = {
    kind: 'named',
    name: 'version.BuildInfo',
    underlying: { kind: 'struct' },
    methods: new Map(),
  };
  const capabilities: NamedType = {
    kind: 'named',
    name: `${pkg}.Capabilities`,
    underlying: { kind: 'struct' },
    methods: new Map(),
  };
  return { versionSet, kubeVersion, buildInfo, capabilities };
}

// Helm 4's unexported normalizedVersion field: kept beside the struct, as templates cannot see it.
const normalizedOf = new WeakMap<GoStruct, string>();

/** The .Capabilities object of a render. */
export function capabilitiesObject(
  major: 3 | 4,
  kube: KubeVersion,
  apiVersions: readonly string[],
): GoStruct {
  const t = types(major);
  const kv = new GoStruct(
    t.kubeVersion,
    new Map<string, GoValue>([
      ['Version', kube.version],
      // Helm 4's unexported field, which %v prints (templates cannot read it).
      ...(major === 4 ? [['normalizedVersion', kube.normalized] as [string, GoValue]] : []),
      ['Major', kube.major],
      ['Minor', kube.minor],
    ]),
  );
  normalizedOf.set(kv, kube.normalized);
  const helm = new GoStruct(t.buildInfo, new Map<string, GoValue>(helmVersions[major]));
  return new GoStruct(
    t.capabilities,
    new Map<string, GoValue>([
      ['KubeVersion', kv],
      ['APIVersions', typedSlice(t.versionSet, [...apiVersions])],
      ['HelmVersion', helm],
    ]),
    true,
  );
}
