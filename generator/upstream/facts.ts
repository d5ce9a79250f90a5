import type { UpstreamOverlay } from './overlay.js';

// The quantity pattern the API server's OpenAPI (and controller-gen) give resource.Quantity.
const quantityPattern =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

/**
 * Facts about upstream Kubernetes types (from kubernetes-models) that their TypeScript
 * definitions cannot say. Each entry is checked against the reference CRDs by the tests.
 */
export const upstreamOverlay: UpstreamOverlay = {
  'api/resource.Quantity': {
    self: {
      replace: {
        anyOf: [{ type: 'integer' }, { type: 'string' }],
        pattern: quantityPattern,
        'x-kubernetes-int-or-string': true,
      },
    },
  },
  'util/intstr.IntOrString': {
    self: {
      replace: {
        anyOf: [{ type: 'integer' }, { type: 'string' }],
        'x-kubernetes-int-or-string': true,
      },
    },
  },
  'meta/v1.Time': { self: { replace: { type: 'string', format: 'date-time' } } },
  'meta/v1.MicroTime': { self: { replace: { type: 'string', format: 'date-time' } } },
  'meta/v1.ObjectMeta': { self: { replace: { type: 'object' } } },
  // Derived with scripts/derive-upstream-facts.ts from the reference CRDs (controller-gen v0.20.0,
  // k8s.io/api v0.35.1): integer formats, defaults, list and map topology of core/v1 and meta/v1.
  'core/v1.AWSElasticBlockStoreVolumeSource': {
    fields: { partition: { set: { type: 'integer', format: 'int32' } } },
  },
  'core/v1.AzureDiskVolumeSource': {
    fields: { fsType: { set: { default: 'ext4' } }, readOnly: { set: { default: false } } },
  },
  'core/v1.Capabilities': {
    fields: {
      add: { set: { 'x-kubernetes-list-type': 'atomic' } },
      drop: { set: { 'x-kubernetes-list-type': 'atomic' } },
    },
  },
  'core/v1.CephFSVolumeSource': {
    fields: { monitors: { set: { 'x-kubernetes-list-type': 'atomic' } } },
  },
  'core/v1.ConfigMapKeySelector': {
    self: { set: { 'x-kubernetes-map-type': 'atomic' } },
    fields: { name: { set: { default: '' } } },
  },
  'core/v1.ConfigMapProjection': {
    self: { set: { 'x-kubernetes-map-type': 'atomic' } },
    fields: {
      items: { set: { 'x-kubernetes-list-type': 'atomic' } },
      name: { set: { default: '' } },
    },
  },
  'core/v1.ConfigMapVolumeSource': {
    self: { set: { 'x-kubernetes-map-type': 'atomic' } },
    fields: {
      defaultMode: { set: { type: 'integer', format: 'int32' } },
      items: { set: { 'x-kubernetes-list-type': 'atomic' } },
      name: { set: { default: '' } },
    },
  },
  'core/v1.DownwardAPIProjection': {
    fields: { items: { set: { 'x-kubernetes-list-type': 'atomic' } } },
  },
  'core/v1.DownwardAPIVolumeFile': {
    fields: { mode: { set: { type: 'integer', format: 'int32' } } },
  },
  'core/v1.DownwardAPIVolumeSource': {
    fields: {
      defaultMode: { set: { type: 'integer', format: 'int32' } },
      items: { set: { 'x-kubernetes-list-type': 'atomic' } },
    },
  },
  'core/v1.FCVolumeSource': {
    fields: {
      lun: { set: { type: 'integer', format: 'int32' } },
      targetWWNs: { set: { 'x-kubernetes-list-type': 'atomic' } },
      wwids: { set: { 'x-kubernetes-list-type': 'atomic' } },
    },
  },
  'core/v1.FileKeySelector': {
    self: { set: { 'x-kubernetes-map-type': 'atomic' } },
    fields: { optional: { set: { default: false } } },
  },
  'core/v1.GCEPersistentDiskVolumeSource': {
    fields: { partition: { set: { type: 'integer', format: 'int32' } } },
  },
  'core/v1.ISCSIVolumeSource': {
    fields: {
      iscsiInterface: { set: { default: 'default' } },
      lun: { set: { type: 'integer', format: 'int32' } },
      portals: { set: { 'x-kubernetes-list-type': 'atomic' } },
    },
  },
  'core/v1.KeyToPath': { fields: { mode: { set: { type: 'integer', format: 'int32' } } } },
  'core/v1.LocalObjectReference': {
    self: { set: { 'x-kubernetes-map-type': 'atomic' } },
    fields: { name: { set: { default: '' } } },
  },
  'core/v1.ObjectFieldSelector': { self: { set: { 'x-kubernetes-map-type': 'atomic' } } },
  'core/v1.PersistentVolumeClaimSpec': {
    fields: { accessModes: { set: { 'x-kubernetes-list-type': 'atomic' } } },
  },
  'core/v1.PodCertificateProjection': {
    fields: { maxExpirationSeconds: { set: { type: 'integer', format: 'int32' } } },
  },
  'core/v1.PodSecurityContext': {
    fields: {
      fsGroup: { set: { type: 'integer', format: 'int64' } },
      runAsGroup: { set: { type: 'integer', format: 'int64' } },
      runAsUser: { set: { type: 'integer', format: 'int64' } },
      supplementalGroups: {
        set: { 'x-kubernetes-list-type': 'atomic' },
        items: { set: { type: 'integer', format: 'int64' } },
      },
      sysctls: { set: { 'x-kubernetes-list-type': 'atomic' } },
    },
  },
  'core/v1.ProjectedVolumeSource': {
    fields: {
      defaultMode: { set: { type: 'integer', format: 'int32' } },
      sources: { set: { 'x-kubernetes-list-type': 'atomic' } },
    },
  },
  'core/v1.RBDVolumeSource': {
    fields: {
      keyring: { set: { default: '/etc/ceph/keyring' } },
      monitors: { set: { 'x-kubernetes-list-type': 'atomic' } },
      pool: { set: { default: 'rbd' } },
      user: { set: { default: 'admin' } },
    },
  },
  'core/v1.ResourceFieldSelector': { self: { set: { 'x-kubernetes-map-type': 'atomic' } } },
  'core/v1.ResourceRequirements': {
    fields: {
      claims: { set: { 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'] } },
    },
  },
  'core/v1.ScaleIOVolumeSource': {
    fields: {
      fsType: { set: { default: 'xfs' } },
      storageMode: { set: { default: 'ThinProvisioned' } },
    },
  },
  'core/v1.SecretKeySelector': {
    self: { set: { 'x-kubernetes-map-type': 'atomic' } },
    fields: { name: { set: { default: '' } } },
  },
  'core/v1.SecretProjection': {
    self: { set: { 'x-kubernetes-map-type': 'atomic' } },
    fields: {
      items: { set: { 'x-kubernetes-list-type': 'atomic' } },
      name: { set: { default: '' } },
    },
  },
  'core/v1.SecretVolumeSource': {
    fields: {
      defaultMode: { set: { type: 'integer', format: 'int32' } },
      items: { set: { 'x-kubernetes-list-type': 'atomic' } },
    },
  },
  'core/v1.SecurityContext': {
    fields: {
      runAsGroup: { set: { type: 'integer', format: 'int64' } },
      runAsUser: { set: { type: 'integer', format: 'int64' } },
    },
  },
  'core/v1.ServiceAccountTokenProjection': {
    fields: { expirationSeconds: { set: { type: 'integer', format: 'int64' } } },
  },
  'core/v1.TypedLocalObjectReference': { self: { set: { 'x-kubernetes-map-type': 'atomic' } } },
  'meta/v1.LabelSelector': {
    self: { set: { 'x-kubernetes-map-type': 'atomic' } },
    fields: { matchExpressions: { set: { 'x-kubernetes-list-type': 'atomic' } } },
  },
  'meta/v1.LabelSelectorRequirement': {
    fields: { values: { set: { 'x-kubernetes-list-type': 'atomic' } } },
  },
  'meta/v1.Condition': {
    fields: {
      message: { set: { maxLength: 32768 } },
      observedGeneration: { set: { type: 'integer', format: 'int64', minimum: 0 } },
      reason: {
        set: { minLength: 1, maxLength: 1024, pattern: '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$' },
      },
      status: { set: { enum: ['True', 'False', 'Unknown'] } },
      type: {
        set: {
          maxLength: 316,
          pattern:
            '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$',
        },
      },
    },
  },
};
