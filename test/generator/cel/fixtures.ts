/** Schemas shared by the CEL tests: a Task-like spec with the shapes real CRDs have. */
import type { JSONSchemaProps } from '../../../generator/schema/json-schema-props.js';

const str: JSONSchemaProps = { type: 'string' };
const named = (extra: Record<string, JSONSchemaProps> = {}): JSONSchemaProps => ({
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', maxLength: 63 }, ...extra },
});

/** A spec with bounded and unbounded lists, a map, int-or-string, quantities and odd names. */
export const spec: JSONSchemaProps = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 63 },
    image: str,
    namespace: { type: 'string', maxLength: 63 },
    'my-field': { type: 'integer' },
    'a.b/c': { type: 'string' },
    '1st': { type: 'string' },
    replicas: { type: 'integer', format: 'int32' },
    ratio: { type: 'number' },
    paused: { type: 'boolean' },
    tags: { type: 'array', items: str },
    sortedTags: { type: 'array', maxItems: 16, items: { type: 'string', maxLength: 32 } },
    volumes: {
      type: 'array',
      maxItems: 32,
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['name'],
      items: named({ mountPath: { type: 'string', maxLength: 256 } }),
    },
    ports: { type: 'array', maxItems: 8, items: { type: 'integer' } },
    labels: {
      type: 'object',
      maxProperties: 16,
      additionalProperties: { type: 'string', maxLength: 63 },
    },
    annotations: { type: 'object', additionalProperties: str },
    maxUnavailable: {
      'x-kubernetes-int-or-string': true,
      anyOf: [{ type: 'integer' }, { type: 'string' }],
    },
    memory: {
      'x-kubernetes-int-or-string': true,
      anyOf: [{ type: 'integer' }, { type: 'string' }],
      pattern:
        '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$',
    },
    created: { type: 'string', format: 'date-time' },
    timeout: { type: 'string', format: 'duration' },
    caBundle: { type: 'string', format: 'byte', maxLength: 4096 },
    url: { type: 'string', maxLength: 2048 },
    address: { type: 'string', maxLength: 64 },
    agentConfigRef: named(),
    agentConfigRefs: { type: 'array', maxItems: 8, items: named() },
    template: {
      type: 'object',
      'x-kubernetes-embedded-resource': true,
      'x-kubernetes-preserve-unknown-fields': true,
    },
    raw: { 'x-kubernetes-preserve-unknown-fields': true },
  },
};

/** A root schema (the CRD's openAPIV3Schema) whose spec is `spec`. */
export const root: JSONSchemaProps = {
  type: 'object',
  properties: { apiVersion: str, kind: str, metadata: { type: 'object' }, spec },
};
