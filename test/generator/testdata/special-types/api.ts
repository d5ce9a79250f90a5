import type { IResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { IntOrString, Quantity, Time, Duration } from '../../../../generator/types.js';

export interface Template {
  metadata?: IObjectMeta;
  spec?: { image?: string };
}

export interface BoxSpec {
  /** A port by number or name. */
  port?: IntOrString;
  /** How much memory. */
  memory?: Quantity;
  /** Upstream resources, with their quantities. */
  resources?: IResourceRequirements;
  /** When it started. */
  startedAt?: Time;
  timeout?: Duration;
  /**
   * Any JSON at all.
   * @k8s:schemaless
   */
  anything?: unknown;
  /**
   * An object whose unknown fields are kept.
   * @k8s:preserveUnknownFields
   */
  extra?: { known?: string };
  /**
   * Free-form settings.
   * @k8s:preserveUnknownFields
   */
  settings?: unknown;
  /**
   * A whole Kubernetes object.
   * @k8s:embeddedResource
   * @k8s:preserveUnknownFields
   */
  object?: Record<string, unknown>;
  /**
   * A number kept as a string.
   * @k8s:type string
   */
  version?: number | string;
  /** An embedded object template. */
  template?: Template;
}

/**
 * @k8s:resource group=example.dev version=v1beta1
 * @k8s:subresource status
 */
export interface Box {
  apiVersion: string;
  kind: string;
  metadata?: IObjectMeta;
  spec?: BoxSpec;
  status?: { ready?: boolean };
}
