import type { JSONSchemaProps } from '../schema/json-schema-props.js';
import { defineMarker, setKeyword } from './definition.js';
import { readChoice, readFlag, readText } from './read-values.js';

const both = ['type', 'field'] as const;
const readSchemaType = readChoice([
  'string',
  'integer',
  'number',
  'boolean',
  'object',
  'array',
] as const);
const readListType = readChoice(['atomic', 'set', 'map'] as const);
const readMergeType = readChoice(['granular', 'atomic'] as const);

/** Markers that set list and map topology, or say what type a node is when TypeScript cannot. */
export const structureMarkers = [
  defineMarker({
    name: 'listType',
    syntax: '@k8s:listType atomic|set|map',
    kubebuilder: '+listType',
    help: 'How server-side apply merges the list (x-kubernetes-list-type).',
    targets: both,
    read: readListType,
    apply: setKeyword('x-kubernetes-list-type'),
  }),
  defineMarker({
    name: 'listMapKey',
    syntax: '@k8s:listMapKey FIELD',
    kubebuilder: '+listMapKey',
    help: 'A key field of a listType=map list; repeatable, in order.',
    targets: both,
    repeatable: true,
    read: readText,
    apply: (node, value, context) => {
      (node.schema['x-kubernetes-list-map-keys'] ??= []).push(value);
      node.origins.set('x-kubernetes-list-map-keys', context.location);
    },
  }),
  defineMarker({
    name: 'mapType',
    syntax: '@k8s:mapType granular|atomic',
    kubebuilder: '+mapType',
    help: 'How server-side apply merges the map (x-kubernetes-map-type).',
    targets: both,
    read: readMergeType,
    apply: setKeyword('x-kubernetes-map-type'),
  }),
  defineMarker({
    name: 'structType',
    syntax: '@k8s:structType granular|atomic',
    kubebuilder: '+structType',
    help: 'How server-side apply merges the object (emitted as x-kubernetes-map-type).',
    targets: both,
    read: readMergeType,
    apply: setKeyword('x-kubernetes-map-type'),
  }),
  defineMarker({
    name: 'schemaless',
    syntax: '@k8s:schemaless',
    kubebuilder: '+kubebuilder:validation:Schemaless',
    help: 'Any JSON value: no type, unknown fields kept (x-kubernetes-preserve-unknown-fields).',
    targets: both,
    read: readFlag,
    apply: (node, _value, context) => {
      const { description } = node.schema;
      for (const key of Object.keys(node.schema) as (keyof JSONSchemaProps)[]) {
        delete node.schema[key];
      }
      if (description !== undefined) {
        node.schema.description = description;
      }
      node.schema['x-kubernetes-preserve-unknown-fields'] = true;
      node.origins.set('x-kubernetes-preserve-unknown-fields', context.location);
      delete node.pending;
    },
  }),
  defineMarker({
    name: 'preserveUnknownFields',
    syntax: '@k8s:preserveUnknownFields',
    kubebuilder: '+kubebuilder:pruning:PreserveUnknownFields',
    help: 'Keep fields the schema does not name instead of pruning them.',
    targets: both,
    read: readFlag,
    apply: (node, _value, context) => {
      node.schema['x-kubernetes-preserve-unknown-fields'] = true;
      node.origins.set('x-kubernetes-preserve-unknown-fields', context.location);
      // A map of unknown values (Record<string, unknown>) says nothing that preserving unknown
      // fields does not already say; its untyped value schema would not be structural.
      const values = node.schema.additionalProperties;
      if (typeof values === 'object' && values.type === undefined && values.anyOf === undefined) {
        delete node.schema.additionalProperties;
      }
      if (node.pending !== undefined && node.schema.type === undefined) {
        node.schema.type = 'object';
        delete node.pending;
      }
    },
  }),
  defineMarker({
    name: 'embeddedResource',
    syntax: '@k8s:embeddedResource',
    kubebuilder: '+kubebuilder:validation:EmbeddedResource',
    help: 'The object is a whole Kubernetes object (apiVersion, kind, metadata are validated).',
    targets: both,
    read: readFlag,
    apply: (node, _value, context) => {
      node.schema['x-kubernetes-embedded-resource'] = true;
      node.origins.set('x-kubernetes-embedded-resource', context.location);
    },
  }),
  defineMarker({
    name: 'intOrString',
    syntax: '@k8s:intOrString',
    kubebuilder: '+kubebuilder:validation:XIntOrString',
    help: 'An integer or a string (x-kubernetes-int-or-string), as IntOrString and Quantity.',
    targets: both,
    read: readFlag,
    apply: (node, _value, context) => {
      delete node.schema.type;
      delete node.schema.enum;
      node.schema.anyOf = [{ type: 'integer' }, { type: 'string' }];
      node.schema['x-kubernetes-int-or-string'] = true;
      node.origins.set('x-kubernetes-int-or-string', context.location);
      delete node.pending;
    },
  }),
  defineMarker({
    name: 'type',
    syntax: '@k8s:type string|integer|number|boolean|object|array',
    kubebuilder: '+kubebuilder:validation:Type',
    help: 'Overrides the schema type TypeScript gives (e.g. integer for a number alias).',
    targets: both,
    read: readSchemaType,
    apply: (node, value, context) => {
      node.schema.type = value;
      node.origins.set('type', context.location);
      if (node.pending !== undefined) {
        delete node.pending;
        delete node.schema.anyOf;
      }
    },
  }),
];
