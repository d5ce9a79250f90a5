/** @k8s:resource group=example.dev version=v1 */
export interface Gate {
  apiVersion: string;
  kind: string;
  spec?: {
    /** @k8s:validation rule="self.nam == 'x'" */
    named?: { name?: string };
    /** @k8s:validation rule="1 == 1.0" */
    mixed?: string;
    /** @k8s:validation rule="frobnicate(self)" */
    unknownFunction?: string;
    /** @k8s:validation rule="self.size() > 0" messageExpression="42" */
    badMessage?: string;
    /** @k8s:validation rule="self +" */
    syntax?: string;
    /** @k8s:validation rule="self.matches('(?<=a)b')" */
    regex?: string;
    /** @k8s:validation rule="self.size()" */
    notBool?: string;
  };
}
