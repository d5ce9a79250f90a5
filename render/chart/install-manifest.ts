// The install manifest, the path the Kelos installer takes: render as `helm template` does, then
// split every template's output with the line-exact reader (Kubernetes' YAMLReader rule, never
// the text `---\n`), drop documents that hold only whitespace and comments, check each is valid
// YAML (failing with the template and the line within it), and order them for `kubectl apply`:
// CRDs first, then the kinds below, then the rest, stable within a kind.
import { parseDocument } from 'yaml';
import { contentDocuments, splitDocuments } from '../yaml/split-documents.js';
import { crdObjects, fileText } from './chart.js';
import { ChartError } from './errors.js';
import { renderRelease, type TemplateOptions } from './template.js';

/** The kinds the install manifest puts first, in this order (after CustomResourceDefinitions). */
export const installManifestOrder: readonly string[] = [
  'CustomResourceDefinition',
  'Namespace',
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'Service',
  'Deployment',
  'StatefulSet',
  'Job',
  'CronJob',
];

/** One document of the install manifest and where it came from. */
export interface InstallDocument {
  /** The template (`kelos/templates/x.yaml`), or the crds/ file. */
  readonly source: string;
  /** The 1-based line of the template's output where the document starts. */
  readonly line: number;
  readonly kind: string;
  /** The document's text, without separators. */
  readonly text: string;
}

/** Splits, checks and orders rendered templates (name → output) into install documents. */
export function installDocuments(rendered: ReadonlyMap<string, string>): InstallDocument[] {
  const docs: InstallDocument[] = [];
  for (const [source, text] of rendered) {
    let split;
    try {
      split = splitDocuments(text, { file: source });
    } catch (e) {
      throw new ChartError(`${source}: ${(e as Error).message}`);
    }
    for (const d of contentDocuments(split)) {
      const parsed = parseDocument(d.text, { uniqueKeys: false });
      const err = parsed.errors[0];
      if (err !== undefined) {
        const line = d.line + (err.linePos?.[0].line ?? 1) - 1;
        throw new ChartError(`${source}:${line}: invalid YAML: ${err.message.split('\n')[0]!}`);
      }
      const kind = parsed.get('kind');
      docs.push({ source, line: d.line, kind: typeof kind === 'string' ? kind : '', text: d.text });
    }
  }
  const rank = (k: string): number => {
    const i = installManifestOrder.indexOf(k);
    return i < 0 ? installManifestOrder.length : i;
  };
  return docs
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d.kind) - rank(b.d.kind) || a.i - b.i)
    .map((x) => x.d);
}

/** The documents joined as one multi-document YAML stream, each after a `---` line. */
export function joinInstallDocuments(docs: readonly InstallDocument[]): string {
  return docs.map((d) => `---\n${d.text.replace(/\n*$/, '\n')}`).join('');
}

/** The install manifest of a chart: rendered, split line-exactly, checked and ordered. */
export function renderInstallManifest(options: TemplateOptions): string {
  const { chart, rendered } = renderRelease(options);
  const sources = new Map<string, string>();
  if (options.includeCrds === true) {
    for (const crd of crdObjects(chart)) sources.set(crd.filename, fileText(crd.file));
  }
  // Helm's order of files (sorted by name); partials are never in the rendered map.
  for (const name of [...rendered.keys()].sort()) sources.set(name, rendered.get(name)!);
  return joinInstallDocuments(installDocuments(sources));
}
