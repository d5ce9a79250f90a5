/** @k8s:resource group=example.dev version=v1 */
export interface Meter {
  apiVersion: string;
  kind: string;
  spec?: {
    /** @k8s:minimum 1 */
    minimumOnString?: string;
    /** @k8s:maxLength 3 */
    maxLengthOnNumber?: number;
    /** @k8s:maxItems 3 */
    maxItemsOnObject?: { a?: string };
    /**
     * @k8s:maximum 10
     * @k8s:default 20
     */
    defaultTooBig?: number;
    /** @k8s:default "x" */
    defaultWrongType?: boolean;
    /**
     * @k8s:enum a;b
     * @k8s:default "c"
     */
    defaultNotInEnum?: string;
    /** @k8s:enum [1, "two"] */
    enumWrongType?: number;
    /** @k8s:default {"b": 1} */
    defaultMissingRequired?: { a: string; b?: number };
  };
}
