export interface Item {
  name?: string;
  nested?: { a?: string };
  id: string;
}

/** @k8s:resource group=example.dev version=v1 */
export interface Shelf {
  apiVersion: string;
  kind: string;
  spec?: {
    /** @k8s:listMapKey id */
    keysWithoutMap?: Item[];
    /**
     * @k8s:listType map
     * @k8s:listMapKey name
     */
    optionalKey?: Item[];
    /**
     * @k8s:listType map
     * @k8s:listMapKey nested
     */
    objectKey?: Item[];
    /**
     * @k8s:listType map
     * @k8s:listMapKey missing
     */
    missingKey?: Item[];
    /** @k8s:listType map */
    noKeys?: Item[];
    /** @k8s:listType set */
    setOfObjects?: Item[];
    /** @k8s:listType map */
    notAList?: string;
    /** @k8s:mapType atomic */
    notAMap?: string[];
    /** @k8s:uniqueItems */
    unique?: string[];
  };
}
