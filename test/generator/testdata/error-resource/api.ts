/** @k8s:resource group=example.dev version=v1 kind=Boat */
export interface BoatV1 {
  apiVersion: string;
  kind: string;
}

/** @k8s:resource group=example.dev version=v2 kind=Boat */
export interface BoatV2 {
  apiVersion: string;
  kind: string;
}

/**
 * @k8s:resource group=example.dev version=v1
 * @k8s:subresource scale specpath=.spec.replicas
 */
export interface Raft {
  kind: string;
}

/** @k8s:resource group=example.dev version=v1 */
export type Canoe = string;
