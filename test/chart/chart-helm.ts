// The chart under test, the reference cases, and Helm runs against them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { runHelm, type HelmMajor, type HelmResult } from '../support/helm.js';

/** The project root, with a trailing slash. */
export const root = new URL('../..', import.meta.url).pathname;

/** The chart, as Helm is given it (relative to the root, where Helm runs). */
export const chartPath = 'chart/kelos';

const reference = `${root}../shared/reference/kelos`;

/** A reference case: its values file, and the render or the error the reference chart gave. */
export interface ReferenceCase {
  readonly name: string;
  readonly valuesFile: string;
  /** The reference chart's output, when it rendered. */
  readonly rendered?: string;
  /** Helm's error, when the reference chart refused the values. */
  readonly error?: string;
}

/** Every case under reference/kelos/chart-cases, sorted by name. */
export function referenceCases(): ReferenceCase[] {
  return readdirSync(`${reference}/chart-cases`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.yaml$/, '');
      const errorFile = `${reference}/chart-rendered/${name}.err`;
      const valuesFile = `${reference}/chart-cases/${file}`;
      return existsSync(errorFile)
        ? { name, valuesFile, error: readFileSync(errorFile, 'utf8') }
        : {
            name,
            valuesFile,
            rendered: readFileSync(`${reference}/chart-rendered/${name}.yaml`, 'utf8'),
          };
    });
}

/** `helm template kelos chart/kelos -n kelos-system` with extra arguments. */
export function helmTemplate(args: readonly string[], major: HelmMajor = 4): Promise<HelmResult> {
  return runHelm(['template', 'kelos', chartPath, '-n', 'kelos-system', ...args], { major });
}

/** The Helm majors every cheap check runs with. */
export const majors: readonly HelmMajor[] = [4, 3];
