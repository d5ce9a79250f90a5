import type { int32 } from '../../../../generator/types.js';

export interface ShipSpec {
  replicas?: int32;
  image: string;
}

export interface ShipStatus {
  replicas?: int32;
  selector?: string;
  phase?: string;
  startTime?: string;
}

/**
 * Ship, first version.
 * @k8s:resource group=fleet.example.dev version=v1alpha1 kind=Ship shortNames=sh;shp categories=fleet;all
 * @k8s:deprecatedVersion warning="fleet.example.dev/v1alpha1 Ship is deprecated; use v1"
 * @k8s:unservedVersion
 */
export interface ShipV1alpha1 {
  apiVersion: string;
  kind: string;
  metadata?: object;
  spec: ShipSpec;
}

/**
 * Ship, the stored version.
 * @k8s:resource group=fleet.example.dev version=v1 kind=Ship shortNames=sh;shp categories=fleet;all
 * @k8s:storageVersion
 * @k8s:subresource status
 * @k8s:subresource scale specpath=.spec.replicas statuspath=.status.replicas selectorpath=.status.selector
 * @k8s:printColumn name=Phase type=string jsonPath=.status.phase description="What the ship is doing"
 * @k8s:printColumn name=Replicas type=integer jsonPath=.spec.replicas priority=1
 * @k8s:printColumn name=Age type=date jsonPath=.metadata.creationTimestamp
 */
export interface Ship {
  apiVersion: string;
  kind: string;
  metadata?: object;
  spec: ShipSpec;
  status?: ShipStatus;
}
