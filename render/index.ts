/**
 * The render stage: rendered chart output in, Kubernetes manifests out.
 *
 * Today it holds the line-exact YAML document reader, which splits a multi-document stream on
 * Kubernetes' separator rule while keeping every document's exact text and starting line.
 */
export {
  splitDocuments,
  joinDocuments,
  hasYamlContent,
  contentDocuments,
} from './yaml/split-documents.js';
export type {
  YamlDocument,
  DocumentSeparator,
  SplitDocuments,
  SplitOptions,
} from './yaml/split-documents.js';
