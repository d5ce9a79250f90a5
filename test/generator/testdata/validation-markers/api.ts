import type { int32 } from '../../../../generator/types.js';

/**
 * A name in DNS label form.
 * @k8s:minLength 1
 * @k8s:maxLength 63
 * @k8s:pattern ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$
 */
export type DnsLabel = string;

export interface GadgetSpec {
  /**
   * Replicas to run.
   * @k8s:minimum 1
   * @k8s:maximum 10
   * @k8s:default 1
   */
  replicas?: int32;
  /**
   * @k8s:minimum 0
   * @k8s:exclusiveMinimum
   * @k8s:maximum 1
   * @k8s:exclusiveMaximum
   * @k8s:multipleOf 0.25
   */
  ratio?: number;
  /** The gadget's name; the type's own limits apply. */
  name: DnsLabel;
  /**
   * A shorter name: field markers override the type's.
   * @k8s:maxLength 8
   */
  shortName?: DnsLabel;
  /** @k8s:format email */
  email?: string;
  /**
   * @k8s:minItems 1
   * @k8s:maxItems 5
   */
  args?: string[];
  /**
   * @k8s:minProperties 1
   * @k8s:maxProperties 20
   */
  env?: Record<string, string>;
  /**
   * The enum marker replaces TypeScript's literal union.
   * @k8s:enum Low;Medium;High
   * @k8s:default "Medium"
   */
  priority?: string;
  /** @k8s:enum [1, 2, 3] */
  level?: int32;
  /**
   * A default that is an object.
   * @k8s:default {"mode": "auto", "retries": 3}
   */
  policy?: { mode?: string; retries?: int32 };
  /** @k8s:nullable */
  note?: string;
}

/** @k8s:resource group=example.dev version=v1 */
export interface Gadget {
  apiVersion: string;
  kind: string;
  metadata?: object;
  spec?: GadgetSpec;
}
