import type { Diagnostic } from '../diagnostics/index.js';
import { checkCelRules } from './cel-rules.js';
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

/** The generated CRDs, sorted by name, their warnings, and every source file that went into them. */
export interface GeneratedCrds {
  readonly crds: readonly CustomResourceDefinition[];
  readonly warnings: readonly Diagnostic[];
  readonly files: readonly string[];
}

/** Reads the API types and builds their CRDs; throws DiagnosticError with every problem found. */
export function generateCrds(options: GenerateOptions): GeneratedCrds {
  const graph = readTypes({
    entry: options.entry,
    ...(options.root === undefined ? {} : { root: options.root }),
  });
  const { crds, warnings } = buildCrds(graph, {
    overlay: upstreamOverlay,
    checkSchema: checkCelRules,
    ...(options.maxDescLen === undefined ? {} : { maxDescLen: options.maxDescLen }),
  });
  return { crds, warnings, files: graph.files };
}
