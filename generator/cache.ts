import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedCrds } from './generate.js';

/** What a run produced, as the cache keeps it. */
export type CachedResult = GeneratedCrds;

interface CacheEntry {
  readonly key: string;
  /** Every input file (relative to root) with the SHA-256 of its content. */
  readonly inputs: readonly (readonly [string, string])[];
  readonly result: CachedResult;
}

/**
 * A content-hash cache of generation results. An entry is reused only when the options, the
 * generator's own code and the content of every file the previous run read are all unchanged, so a
 * hit is exactly as good as a fresh run; anything else regenerates.
 */
export class GenerationCache {
  constructor(
    private readonly dir: string,
    private readonly root: string,
  ) {}

  /** The cache a project keeps under node_modules/.cache, beside its other tool caches. */
  static forProject(root: string): GenerationCache {
    return new GenerationCache(
      join(root, 'node_modules', '.cache', 'kelos-toolchain', 'crds'),
      root,
    );
  }

  /** The cached result for these options, if every recorded input is unchanged. */
  read(options: object): CachedResult | undefined {
    const key = cacheKey(options);
    const path = this.pathFor(key);
    if (!existsSync(path)) {
      return undefined;
    }
    try {
      const entry = JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
      const fresh =
        entry.key === key &&
        entry.inputs.every(([file, hash]) => hashFile(resolve(this.root, file)) === hash);
      return fresh ? entry.result : undefined;
    } catch {
      return undefined;
    }
  }

  /** Records a result with the hashes of the files it was made from. */
  write(options: object, result: CachedResult): void {
    const key = cacheKey(options);
    const inputs = result.files.map((file) => [file, hashFile(resolve(this.root, file))] as const);
    const entry: CacheEntry = { key, inputs, result };
    mkdirSync(this.dir, { recursive: true });
    const path = this.pathFor(key);
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(entry));
    renameSync(partial, path);
  }

  private pathFor(key: string): string {
    return join(this.dir, `${key.slice(0, 32)}.json`);
  }
}

function hashFile(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'missing';
  }
}

function cacheKey(options: object): string {
  return createHash('sha256')
    .update(JSON.stringify(options))
    .update(codeFingerprint())
    .digest('hex');
}

let fingerprint: string | undefined;

// The generator's own code is part of the key: a changed generator must not reuse old output.
// Bundled, that code is one file; from sources, it is the generator's folder.
function codeFingerprint(): string {
  if (fingerprint === undefined) {
    const here = fileURLToPath(import.meta.url);
    const files = here.endsWith('.cjs') ? [here] : codeFiles(dirname(here));
    const hash = createHash('sha256');
    for (const file of files) {
      hash.update(file).update(readFileSync(file));
    }
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        return codeFiles(path);
      }
      return /\.(ts|js|cjs)$/.test(name) ? [path] : [];
    });
}
