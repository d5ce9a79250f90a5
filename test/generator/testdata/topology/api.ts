import type { int32 } from '../../../../generator/types.js';

export interface Port {
  name: string;
  /** @k8s:default "TCP" */
  protocol?: string;
  port: int32;
}

/** Settings merged as a unit. @k8s:structType atomic */
export interface Settings {
  a?: string;
  b?: string;
}

export interface RouterSpec {
  /**
   * Ports, merged by name and protocol.
   * @k8s:listType map
   * @k8s:listMapKey name
   * @k8s:listMapKey protocol
   */
  ports?: Port[];
  /** @k8s:listType set */
  hosts?: string[];
  /** @k8s:listType atomic */
  args?: string[];
  /** @k8s:mapType atomic */
  selector?: Record<string, string>;
  /** @k8s:mapType granular */
  annotations?: Record<string, string>;
  settings?: Settings;
}

/** @k8s:resource group=example.dev version=v1 scope=Cluster */
export interface Router {
  apiVersion: string;
  kind: string;
  metadata?: object;
  spec?: RouterSpec;
}
