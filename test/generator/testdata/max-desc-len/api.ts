/**
 * A Note has descriptions long enough to be trimmed by the global limit.
 * @k8s:resource group=example.dev version=v1
 */
export interface Note {
  apiVersion: string;
  kind: string;
  spec?: {
    /** Short. */
    short?: string;
    /** This description is longer than twenty-four characters. */
    long?: string;
    /**
     * No descriptions at all below this node.
     * @k8s:maxDescLen 0
     */
    quiet?: {
      /** Would be trimmed, but is dropped. */
      inner?: string;
    };
    /**
     * A longer limit here overrides the global one for this subtree.
     * @k8s:maxDescLen 80
     */
    loud?: {
      /** This description is longer than twenty-four characters. */
      inner?: string;
    };
  };
}
