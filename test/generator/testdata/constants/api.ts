import { reservedNames } from './names.js';

const maxSlots = 8;

/** @k8s:resource group=example.dev version=v1 */
export interface Rack {
  apiVersion: string;
  kind: string;
  spec?: {
    /**
     * Slots, by name; the reserved names are refused.
     * @k8s:maxItems 8
     * @k8s:validation rule="self.all(s, !(s in ${reservedNames}))" message="slot names must not be any of: ${reservedNames|join}"
     * @k8s:validation rule="size(self) <= ${maxSlots}"
     */
    slots?: string[];
  };
}
