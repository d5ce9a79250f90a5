// A loaded chart, as Helm's loader leaves it (pkg/chart: Chart, Metadata, File): the metadata
// from Chart.yaml (and requirements.yaml for apiVersion v1), values.yaml decoded as Go values,
// the templates, every other file (for .Files), the schema, and the subcharts under charts/.
import { isUtf8 } from 'node:buffer';
import { goString, type GoMap } from '../go/index.js';

/**
 * A file of a chart: its path inside the chart (`templates/a.yaml`) and its bytes, and its text
 * when its bytes are valid UTF-8.
 */
export interface ChartFile {
  readonly name: string;
  readonly data: Uint8Array;
  readonly text?: string | undefined;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A file as loaded, from a folder or an archive: its bytes, decoded to text only when asked for.
 * Templates, values and Chart.yaml are read as text; a chart's other files (CRDs under crds/,
 * dashboards, READMEs, often the larger part: 4.7 of kube-prometheus-stack's 7.5 MB) go to
 * .Files as bytes, when at all. Decoding them all cost 12 ms there, and encoding them back to
 * bytes for .Files 10 ms more.
 */
export class LoadedFile implements ChartFile {
  // undefined: not decoded yet; null: not valid UTF-8.
  private decoded: string | null | undefined;
  constructor(
    readonly name: string,
    readonly data: Uint8Array,
  ) {}
  get text(): string | undefined {
    if (this.decoded === undefined) {
      this.decoded = isUtf8(this.data) ? utf8.decode(this.data) : null;
    }
    return this.decoded ?? undefined;
  }
}

/** A file's contents as a Go string. */
export function fileText(f: ChartFile): string {
  return f.text ?? goString(f.data);
}

/** The same file under another name (a subchart's files, relative to the subchart). */
export function renamed(f: ChartFile, name: string): ChartFile {
  return new LoadedFile(name, f.data);
}

/** One entry of `dependencies:` in Chart.yaml (or requirements.yaml), under Helm's field names. */
export interface Dependency {
  name: string;
  version: string;
  repository: string;
  condition: string;
  tags: string[];
  enabled: boolean;
  importValues: unknown[];
  alias: string;
}

/** A maintainer entry of Chart.yaml. */
export interface Maintainer {
  readonly name: string;
  readonly email: string;
  readonly url: string;
}

/** Chart.yaml under Helm's field names (chart.Metadata), strings empty when absent. */
export interface Metadata {
  name: string;
  home: string;
  sources: string[] | null;
  version: string;
  description: string;
  keywords: string[] | null;
  maintainers: Maintainer[] | null;
  icon: string;
  apiVersion: string;
  condition: string;
  tags: string;
  appVersion: string;
  deprecated: boolean;
  annotations: Map<string, string> | null;
  kubeVersion: string;
  dependencies: Dependency[] | null;
  type: string;
}

/** A chart and its subcharts; `parent` is unset for the chart being rendered. */
export interface Chart {
  metadata: Metadata;
  /** values.yaml as Go values (empty when the chart has none). */
  values: GoMap;
  /** values.schema.json, when present. */
  readonly schema: ChartFile | undefined;
  readonly templates: readonly ChartFile[];
  /** Every file that is not Chart.yaml, values.yaml, the schema, a template or a subchart. */
  readonly files: readonly ChartFile[];
  dependencies: Chart[];
  parent: Chart | undefined;
}

/** Helm's ChartFullPath: `parent/charts/child`, as templates are named. */
export function chartFullPath(chart: Chart): string {
  return chart.parent === undefined
    ? chart.metadata.name
    : `${chartFullPath(chart.parent)}/charts/${chart.metadata.name}`;
}

/** The files under crds/ of a chart and its subcharts, as Helm's CRDObjects lists them. */
export function crdObjects(chart: Chart): { filename: string; file: ChartFile }[] {
  const out: { filename: string; file: ChartFile }[] = [];
  for (const f of chart.files) {
    // Helm's hasManifestExtension: only .yaml, .yml and .json files under crds/ are CRDs.
    if (f.name.startsWith('crds/') && /\.(ya?ml|json)$/.test(f.name)) {
      out.push({ filename: `${chartFullPath(chart)}/${f.name}`, file: f });
    }
  }
  for (const dep of chart.dependencies) out.push(...crdObjects(dep));
  return out;
}

/** Whether Chart.yaml says `type: library` (any case), as Helm's IsLibraryChart tests. */
export function isLibraryChart(chart: Chart): boolean {
  return chart.metadata.type.toLowerCase() === 'library';
}
