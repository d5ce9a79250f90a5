/** @k8s:resource group=example.dev version=v1 */
export interface Thing {
  apiVersion: string;
  kind: string;
  spec?: {
    /** @k8s:minimun 1 */
    misspelt?: number;
    /** @k8s:minimum one */
    notANumber?: number;
    /** @k8s:minLength -1 */
    negative?: string;
    /**
     * @k8s:maximum 1
     * @k8s:maximum 2
     */
    twice?: number;
    /** @k8s:subresource status */
    wrongTarget?: string;
    /** @k8s:validation message="no rule" */
    noRule?: string;
    /** @k8s:validation rule="self > 0" colour=blue */
    unknownArgument?: number;
    /** @k8s:default {"a": } */
    badJson?: object;
    /** @k8s:listType sorted */
    badChoice?: string[];
    /** @k8s */
    noName?: string;
    /** @k8s:validation rule="unterminated */
    unterminated?: string;
  };
}

/** @k8s:printColumn name=X type=string jsonPath=.x */
export interface NotARoot {
  x?: string;
}
