// Kubernetes' scalar types that TypeScript has no name for. API types import them; the markers on
// each alias make the generator emit what controller-gen emits for the Go type of the same name.
// (Their documentation is in line comments: a JSDoc text would become the description of every
// field that uses them.)

// An integer of the platform's width (Go int): `type: integer`, no format.
/** @k8s:type integer */
export type int = number;

// A 32-bit signed integer (Go int32): `type: integer, format: int32`.
/** @k8s:type integer
 * @k8s:format int32 */
export type int32 = number;

// A 64-bit signed integer (Go int64): `type: integer, format: int64`.
/** @k8s:type integer
 * @k8s:format int64 */
export type int64 = number;

// An integer or a string (intstr.IntOrString), such as a port number or name.
/** @k8s:intOrString */
export type IntOrString = number | string;

// A resource quantity (resource.Quantity): `500m`, `1Gi`, `2`.
/** @k8s:intOrString
 * @k8s:pattern ^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$ */
export type Quantity = number | string;

// A point in time (metav1.Time), serialized as RFC 3339.
/** @k8s:format date-time */
export type Time = string;

// A duration (metav1.Duration) such as `1h30m`; controller-gen emits it as a plain string.
export type Duration = string;
