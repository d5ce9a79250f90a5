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
      replace: { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true },
    },
  },
  'meta/v1.Time': { self: { replace: { type: 'string', format: 'date-time' } } },
  'meta/v1.MicroTime': { self: { replace: { type: 'string', format: 'date-time' } } },
  'meta/v1.ObjectMeta': { self: { replace: { type: 'object' } } },
};
