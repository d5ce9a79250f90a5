import { defineMarker } from './definition.js';
import { parseList } from './marker-text.js';
import {
  readChoice,
  readCount,
  readFlag,
  readNamed,
  requiredString,
  stringArg,
} from './read-values.js';

const listArg = { read: parseList } as const;

/** `@k8s:resource`: the type is the root of a CRD, with its group, version and names. */
export const resourceMarker = defineMarker({
  name: 'resource',
  syntax:
    '@k8s:resource group=G version=V [kind=K] [plural=P] [singular=S] [listKind=L] [shortNames=a;b] [categories=a;b] [scope=Namespaced|Cluster]',
  kubebuilder: '+kubebuilder:object:root, +kubebuilder:resource, +groupName',
  help: 'Makes the type a root kind: one CRD (or one version of it) per group and kind.',
  targets: ['type'],
  read: readNamed({
    group: requiredString,
    version: requiredString,
    kind: stringArg,
    plural: stringArg,
    singular: stringArg,
    listKind: stringArg,
    shortNames: listArg,
    categories: listArg,
    scope: { read: readChoice(['Namespaced', 'Cluster'] as const) },
  }),
});

/** `@k8s:storageVersion`: this version is the one etcd stores. */
export const storageVersionMarker = defineMarker({
  name: 'storageVersion',
  syntax: '@k8s:storageVersion',
  kubebuilder: '+kubebuilder:storageversion',
  help: 'Marks the stored version when a kind has several versions.',
  targets: ['type'],
  read: readFlag,
});

/** `@k8s:unservedVersion`: the version exists but the API server does not serve it. */
export const unservedVersionMarker = defineMarker({
  name: 'unservedVersion',
  syntax: '@k8s:unservedVersion',
  kubebuilder: '+kubebuilder:unservedversion',
  help: 'The version is not served (served: false).',
  targets: ['type'],
  read: readFlag,
});

/** `@k8s:deprecatedVersion`: clients using this version get a warning. */
export const deprecatedVersionMarker = defineMarker({
  name: 'deprecatedVersion',
  syntax: '@k8s:deprecatedVersion [warning="..."]',
  kubebuilder: '+kubebuilder:deprecatedversion',
  help: 'Marks the version deprecated, with an optional warning text.',
  targets: ['type'],
  read: readNamed({ warning: stringArg }),
});

/** `@k8s:subresource status` or `@k8s:subresource scale ...`. */
export const subresourceMarker = defineMarker({
  name: 'subresource',
  syntax: '@k8s:subresource status | scale specpath=P statuspath=P [selectorpath=P]',
  kubebuilder: '+kubebuilder:subresource:status, +kubebuilder:subresource:scale',
  help: 'Enables the status or scale subresource; repeatable.',
  targets: ['type'],
  repeatable: true,
  read: readNamed(
    {
      kind: { required: true, read: readChoice(['status', 'scale'] as const) },
      specpath: stringArg,
      statuspath: stringArg,
      selectorpath: stringArg,
    },
    'kind',
  ),
});

/** `@k8s:printColumn`: a column of `kubectl get`. */
export const printColumnMarker = defineMarker({
  name: 'printColumn',
  syntax: '@k8s:printColumn name=N type=T jsonPath=P [description="..."] [format=F] [priority=N]',
  kubebuilder: '+kubebuilder:printcolumn',
  help: 'Adds an additional printer column; repeatable, in order.',
  targets: ['type'],
  repeatable: true,
  read: readNamed({
    name: requiredString,
    type: {
      required: true,
      read: readChoice(['integer', 'number', 'string', 'boolean', 'date'] as const),
    },
    jsonPath: requiredString,
    description: stringArg,
    format: stringArg,
    priority: { read: readCount },
  }),
});

/** Markers that describe the CRD rather than a schema node. */
export const resourceMarkers = [
  resourceMarker,
  storageVersionMarker,
  unservedVersionMarker,
  deprecatedVersionMarker,
  subresourceMarker,
  printColumnMarker,
];
