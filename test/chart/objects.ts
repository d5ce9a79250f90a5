// Kubernetes objects out of a rendered chart, keyed the way the API server tells them apart.
// Documents are split by our line-exact reader (so a stray `---` in a description would show up as
// an extra or broken document) and parsed as YAML 1.1, as Go's readers in Helm and kubectl do.
import { parse } from 'yaml';
import { contentDocuments, splitDocuments } from '../../render/index.js';

/** A parsed Kubernetes object. */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string } & Record<
    string,
    unknown
  >;
  readonly [key: string]: unknown;
}

/** `kind namespace/name`, or `kind name` for a cluster-scoped object. */
export function objectKey(object: KubeObject): string {
  const { name, namespace } = object.metadata;
  return `${object.kind} ${namespace === undefined ? '' : `${namespace}/`}${name}`;
}

/** The objects of a multi-document stream by key; a key seen twice is an error. */
export function renderedObjects(text: string, file: string): Map<string, KubeObject> {
  const objects = new Map<string, KubeObject>();
  for (const doc of contentDocuments(splitDocuments(text, { file }))) {
    const object = parse(doc.text, { version: '1.1' }) as KubeObject;
    const key = objectKey(object);
    if (objects.has(key)) {
      throw new Error(`${file}:${doc.line}: ${key} is rendered twice`);
    }
    objects.set(key, object);
  }
  return objects;
}
