import type { Missing } from './nowhere.js';

/** @k8s:resource group=example.dev version=v1 */
export interface Broken {
  apiVersion: string;
  kind: string;
  spec?: Missing;
  count?: numbr;
}
