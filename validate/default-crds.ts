/**
 * Where the Kelos CRDs are found when `--crds` is not given, from any working directory: the
 * committed `config/crd/` beside the sources (running from a checkout, tests, tsx), else the
 * `dist/crds/` that the build generates beside the bundled command (`dist/commands/validate.cjs`);
 * the npm package ships only `dist/`. Both are the CRDs `api/` generates (a test holds
 * config/crd to the API); reading them skips the TypeScript front end, which costs seconds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['../config/crd/', '../crds/'];

/** The folder holding the Kelos CRDs. */
export function defaultCrdDir(): string {
  for (const rel of CANDIDATES) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.yaml'))) return dir;
  }
  throw new Error(`the Kelos CRDs were not found beside ${fileURLToPath(import.meta.url)}`);
}

/** The Kelos CRD files as `{ file, text }`, sorted by name. */
export function defaultCrdFiles(): { file: string; text: string }[] {
  const dir = defaultCrdDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `${dir}${f}`, text: readFileSync(`${dir}${f}`, 'utf8') }));
}
