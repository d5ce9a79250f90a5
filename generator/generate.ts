import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.js';
import { GenerationCache } from './cache.js';
import type { CrdSize } from './crd/size.js';
import type { CustomResourceDefinition } from './crd/types.js';

/** What `generateCrds` reads and how. */
export interface GenerateOptions {
  /** The API's entry file. */
  readonly entry: string;
  /** The folder diagnostics name files relative to. Default: the entry's folder. */
  readonly root?: string;
  /** Trim descriptions to this many characters; 0 removes them. */
  readonly maxDescLen?: number;
  /**
   * Reuse the result of an earlier run when nothing it read has changed (a content-hash cache
   * under `<root>/node_modules/.cache`). Default false.
   */
  readonly cache?: boolean;
}

/**
 * The generated CRDs sorted by name, each also as YAML and with its applied size, their warnings,
 * and every source file that went into them.
 */
export interface GeneratedCrds {
  readonly crds: readonly CustomResourceDefinition[];
  readonly yaml: readonly string[];
  readonly sizes: readonly CrdSize[];
  readonly warnings: readonly Diagnostic[];
  readonly files: readonly string[];
}

/** Reads the API types and builds their CRDs; throws DiagnosticError with every problem found. */
export async function generateCrds(options: GenerateOptions): Promise<GeneratedCrds> {
  const entry = resolve(options.entry);
  const root = resolve(options.root ?? resolve(entry, '..'));
  const key = {
    entry,
    root,
    maxDescLen: options.maxDescLen ?? null,
    typescript: typescriptVersion(root),
  };
  const cache = options.cache === true ? GenerationCache.forProject(root) : undefined;
  const cached = cache?.read(key);
  if (cached !== undefined) {
    return cached;
  }
  // The TypeScript front end is loaded only when there is something to generate.
  const { buildFresh } = await import('./generate-fresh.js');
  const result = buildFresh({
    entry,
    root,
    ...(options.maxDescLen === undefined ? {} : { maxDescLen: options.maxDescLen }),
  });
  cache?.write(key, result);
  return result;
}

// The compiler's version keys the cache (its own declaration files are not hashed), read from its
// package.json rather than by loading it, which would cost what the cache saves.
function typescriptVersion(root: string): string {
  try {
    const path = createRequire(resolve(root, 'package.json')).resolve('typescript/package.json');
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
