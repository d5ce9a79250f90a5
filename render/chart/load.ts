// Loading a chart from a folder or a .tgz, as Helm's loader does (pkg/chart/loader: LoadDir,
// LoadArchive, LoadFiles): .helmignore applied to folders, files sorted by path, Chart.yaml and a
// v1 chart's requirements.yaml into the metadata, values.yaml decoded as Helm decodes values,
// templates/ and crds/ kept apart, and every folder or archive under charts/ loaded as a subchart
// (names starting with `_` or `.` skipped).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticError } from '../../diagnostics/index.js';
import { decodeYaml, readValues, yamlErrorText, type GoMap } from '../go/index.js';
import { loadArchiveFiles, stripBom } from './archive.js';
import { LoadedFile, fileText, renamed, type Chart, type ChartFile } from './chart.js';
import { ChartError, type Warn } from './errors.js';
import { IgnoreRules } from './helmignore.js';
import { emptyMetadata, fillMetadata, validateMetadata } from './metadata.js';

/** Loads the chart at `path`: a chart folder or a chart archive. */
export function loadChart(path: string, warn: Warn = () => {}, major: 3 | 4 = 3): Chart {
  const st = statSync(path);
  if (st.isDirectory()) return loadFiles(readChartDir(path), warn, major);
  return loadFiles(loadArchiveFiles(readFileSync(path)), warn, major);
}

/** The files of a chart folder that .helmignore keeps, in Helm's walk order (sorted by path). */
export function readChartDir(dir: string): ChartFile[] {
  let rules = IgnoreRules.parse('');
  try {
    rules = IgnoreRules.parse(readFileSync(join(dir, '.helmignore'), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const files: ChartFile[] = [];
  const walk = (rel: string): void => {
    const entries = readdirSync(join(dir, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      const path = rel === '' ? name : `${rel}/${name}`;
      // The entry's own type, or for a symlink its target's, as Helm's sympath.Walk follows links.
      const st = entry.isSymbolicLink() ? statSync(join(dir, path)) : entry;
      if (st.isDirectory()) {
        if (!rules.ignores(path, true)) walk(path);
      } else if (!rules.ignores(path, false)) {
        if (!st.isFile()) {
          throw new ChartError(
            `cannot load irregular file ${join(dir, path)} as it has file mode type bits set`,
          );
        }
        files.push(readChartFile(join(dir, path), path));
      }
    }
  };
  walk('');
  return files;
}

// A file of a chart folder, without a leading byte order mark (as Helm's loader drops it).
function readChartFile(path: string, name: string): ChartFile {
  return new LoadedFile(name, stripBom(readFileSync(path)));
}

function yamlDoc(file: ChartFile, what: string): GoMap {
  try {
    const doc = decodeYaml(fileText(file), { file: file.name });
    return doc instanceof Map ? doc : new Map();
  } catch (e) {
    if (e instanceof DiagnosticError)
      throw new ChartError(`cannot load ${what}: ${goYamlMessage(e)}`);
    throw e;
  }
}

// go-yaml's words for a decoding error, its line included.
const goYamlMessage = (e: DiagnosticError): string => yamlErrorText(e.diagnostics[0]!);

/** A values file's decoding error as Helm `major` reports it (Helm 4's ReadValues wraps it). */
export function valuesErrorText(e: DiagnosticError, major: 3 | 4): string {
  return (major === 4 ? 'cannot unmarshal yaml document: ' : '') + goYamlMessage(e);
}

/** Builds a chart from its files (Helm's LoadFiles), loading subcharts from charts/. */
export function loadFiles(
  files: readonly ChartFile[],
  warn: Warn = () => {},
  major: 3 | 4 = 3,
): Chart {
  const md = emptyMetadata();
  let sawChartYaml = false;
  let values: GoMap = new Map();
  let schema: ChartFile | undefined;
  const templates: ChartFile[] = [];
  const other: ChartFile[] = [];
  const subcharts = new Map<string, ChartFile[]>();
  let requirements: ChartFile | undefined;
  for (const f of files) {
    if (f.name === 'Chart.yaml') {
      fillMetadata(md, yamlDoc(f, 'Chart.yaml'));
      if (md.apiVersion === '') md.apiVersion = 'v1';
      sawChartYaml = true;
    } else if (f.name === 'values.yaml') {
      try {
        values = readValues(fileText(f), { file: 'values.yaml' });
      } catch (e) {
        if (e instanceof DiagnosticError)
          throw new ChartError(`cannot load values.yaml: ${valuesErrorText(e, major)}`);
        throw e;
      }
    } else if (f.name === 'values.schema.json') schema = f;
    else if (f.name === 'requirements.yaml' || f.name === 'requirements.lock') {
      if (f.name === 'requirements.yaml') requirements = f;
      other.push(f); // dropped below for v2 charts, as Helm keeps them as files only for v1
    } else if (f.name === 'Chart.lock') continue;
    else if (f.name.startsWith('templates/')) templates.push(f);
    else if (f.name.startsWith('charts/') && !f.name.endsWith('.prov')) {
      const rest = f.name.slice('charts/'.length);
      const cname = rest.split('/')[0]!;
      const list = subcharts.get(cname) ?? [];
      list.push(renamed(f, rest));
      subcharts.set(cname, list);
    } else other.push(f);
  }
  if (!sawChartYaml) throw new ChartError('Chart.yaml file is missing');
  if (requirements !== undefined) {
    if (md.apiVersion !== 'v1') {
      warn(
        'Warning: Dependencies are handled in Chart.yaml since apiVersion "v2". We recommend migrating dependencies to Chart.yaml.',
        'load.go:120',
      );
    }
    fillMetadata(md, yamlDoc(requirements, 'requirements.yaml'));
  }
  const keptFiles =
    md.apiVersion === 'v1' ? other : other.filter((f) => !f.name.startsWith('requirements.'));
  validateMetadata(md);
  const chart: Chart = {
    metadata: md,
    values,
    schema,
    templates,
    files: keptFiles,
    dependencies: [],
    parent: undefined,
  };
  for (const [n, list] of [...subcharts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n.startsWith('_') || n.startsWith('.')) continue;
    let sub: Chart;
    try {
      if (n.endsWith('.tgz')) {
        const file = list[0]!;
        if (file.name !== n) {
          throw new ChartError(
            `error unpacking subchart tar in ${md.name}: expected ${n}, got ${file.name}`,
          );
        }
        sub = loadFiles(loadArchiveFiles(file.data), warn, major);
      } else {
        const inner = list
          .filter((f) => f.name.includes('/'))
          .map((f) => renamed(f, f.name.slice(f.name.indexOf('/') + 1)));
        sub = loadFiles(inner, warn, major);
      }
    } catch (e) {
      if (e instanceof ChartError)
        throw new ChartError(`error unpacking subchart ${n} in ${md.name}: ${e.message}`);
      throw e;
    }
    sub.parent = chart;
    chart.dependencies.push(sub);
  }
  return chart;
}
