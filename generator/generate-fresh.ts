import { checkCelRules } from './cel-rules.js';
import { buildCrds } from './crd/build-crds.js';
import { crdToYaml } from './crd/emit.js';
import { measureCrd } from './crd/size.js';
import type { GeneratedCrds } from './generate.js';
import { readTypes } from './read/read-types.js';
import { upstreamOverlay } from './upstream/facts.js';

/** Reads the types and builds the CRDs, with no cache: the part that needs TypeScript. */
export function buildFresh(options: {
  entry: string;
  root: string;
  maxDescLen?: number;
}): GeneratedCrds {
  const graph = readTypes({ entry: options.entry, root: options.root });
  const { crds, warnings } = buildCrds(graph, {
    overlay: upstreamOverlay,
    checkSchema: checkCelRules,
    ...(options.maxDescLen === undefined ? {} : { maxDescLen: options.maxDescLen }),
  });
  return {
    crds,
    yaml: crds.map(crdToYaml),
    sizes: crds.map(measureCrd),
    warnings,
    files: graph.files,
  };
}
