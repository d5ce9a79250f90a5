let mutable = 'x';
const widened: string[] = ['a'];

/** @k8s:resource group=example.dev version=v1 */
export interface Shed {
  apiVersion: string;
  kind: string;
  spec?: {
    /** @k8s:validation rule="self != ${mutable}" */
    a?: string;
    /** @k8s:validation rule="self in ${widened}" */
    b?: string;
    /** @k8s:validation rule="self != ${nowhere}" */
    c?: string;
  };
}
