/** @k8s:resource group=example.dev version=v1 */
export interface Machine {
  apiVersion: string;
  kind: string;
  spec?: {
    name?: string;
    start?: () => void;
  };
}

/** @k8s:resource group=example.dev version=v1 */
export interface Engine {
  apiVersion: string;
  kind: string;
  spec?: { stop(): void };
}
