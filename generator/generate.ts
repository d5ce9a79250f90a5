import { buildCrds } from './crd/build-crds.js';
import type { CustomResourceDefinition } from './crd/types.js';
import { readTypes } from './read/read-types.js';
import { upstreamOverlay } from './upstream/facts.js';

/** What `generateCrds` reads and how. */
export interface GenerateOptions {
  /** The API's entry file. */
  readonly entry: string;
  /** The folder diagnostics name files relative to. Default: the entry's folder. */
  readonly root?: string;
  /** Trim descriptions to this many characters; 0 removes them. */
  readonly maxDescLen?: number;
}

/** The generated CRDs, sorted by name, and every source file that went into them. */
export interface GeneratedCrds {
  readonly crds: readonly CustomResourceDefinition[];
  readonly files: readonly string[];
}

/** Reads the API types and builds their CRDs; throws DiagnosticError with every problem found. */
export function generateCrds(options: GenerateOptions): GeneratedCrds {
  const graph = readTypes({
    entry: options.entry,
    ...(options.root === undefined ? {} : { root: options.root }),
  });
  const crds = buildCrds(graph, {
    overlay: upstreamOverlay,
    ...(options.maxDescLen === undefined ? {} : { maxDescLen: options.maxDescLen }),
  });
  return { crds, files: graph.files };
}
