import type { int32 } from '../../../../generator/types.js';

export interface Volume {
  /** @k8s:maxLength 63 */
  name: string;
  size?: int32;
}

/**
 * @k8s:validation rule="self.minReplicas <= self.maxReplicas" message="minReplicas must not exceed maxReplicas" fieldPath=".minReplicas" reason=FieldValueInvalid
 */
export interface PoolSpec {
  minReplicas: int32;
  maxReplicas: int32;
  /**
   * @k8s:maxItems 16
   * @k8s:listType map
   * @k8s:listMapKey name
   * @k8s:validation rule="self.all(v, v.name != 'workspace')" messageExpression="'the name workspace is reserved'"
   */
  volumes?: Volume[];
  /**
   * Immutable once set.
   * @k8s:validation rule="self == oldSelf" message="mode is immutable"
   * @k8s:maxLength 20
   */
  mode?: string;
  /**
   * Grows only; may be unset on create.
   * @k8s:validation rule="!oldSelf.hasValue() || self >= oldSelf.value()" optionalOldSelf=true
   */
  generation?: int32;
  /** @k8s:validation rule="self.matches('^[a-z]([-a-z0-9]*[a-z0-9])?$')" */
  host?: string;
  /**
   * Unbounded: iterating it draws a cost warning.
   * @k8s:validation rule="self.all(t, t.size() < 64)"
   */
  tags?: string[];
}

/** @k8s:resource group=example.dev version=v1 */
export interface Pool {
  apiVersion: string;
  kind: string;
  metadata?: object;
  spec?: PoolSpec;
}
