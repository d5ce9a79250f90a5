// `helm template` end to end, offline (cmd template.go + action/install.go + renderResources):
// load the chart, merge the user's values, check it is installable and its dependencies are
// present, validate the release name, drop disabled subcharts and import values, coalesce and
// validate against the schemas, check kubeVersion, render, set NOTES.txt aside (executed, never
// printed), sort hooks and manifests, and print them with `---` / `# Source:` headers — CRDs
// from crds/ first with --include-crds, hooks after the manifests unless --no-hooks — or write
// them under --output-dir; --show-only picks documents by template path.
import { GoInt, typedMap, type GoMap, type GoValue } from '../go/index.js';
import { crdObjects, fileText, type Chart } from './chart.js';
import {
  capabilitiesObject,
  defaultApiVersions,
  defaultKubeVersion,
  parseKubeVersion,
} from './capabilities.js';
import { coalesceValues } from './coalesce.js';
import { checkDependencies, processDependencies } from './dependencies.js';
import { renderTemplates, valuesType } from './engine.js';
import { ChartError, type Warn } from './errors.js';
import { goLogLine, slogLine } from './helm-log.js';
import { loadChart } from './load.js';
import { sortManifests, splitManifests, trimSpace } from './manifests.js';
import { pathMatch } from './path-match.js';
import { validateSchemas } from './schema.js';
import { isCompatibleRange } from './semver.js';
import { mergeUserValues, type ValueOptions } from './user-values.js';

/** The options of a `helm template` run; each optional field documents its default. */
export interface TemplateOptions extends ValueOptions {
  /** The chart folder or archive. */
  readonly chart: string;
  /** Default `release-name`, as Helm's template command sets it. */
  readonly releaseName?: string;
  /** Default `default`. */
  readonly namespace?: string;
  readonly includeCrds?: boolean;
  readonly noHooks?: boolean;
  readonly skipTests?: boolean;
  readonly isUpgrade?: boolean;
  /** Default: Helm's default Kubernetes version of the major. */
  readonly kubeVersion?: string;
  /** Added to Helm's default API versions. Default none. */
  readonly apiVersions?: readonly string[];
  /** Template paths or Go patterns (relative to the chart) to print alone. Default all. */
  readonly showOnly?: readonly string[];
  /** Write files under this folder instead of printing them. Default none. */
  readonly outputDir?: string;
  /** With outputDir: put the files under outputDir/<release name>. Default false. */
  readonly useReleaseName?: boolean;
}

/** What the run printed on stdout, what it logged on stderr, and the files it wrote. */
export interface TemplateResult {
  readonly stdout: string;
  readonly warnings: readonly string[];
  /** Path (outputDir-relative folders joined with '/') to contents, when outputDir was given. */
  readonly files: ReadonlyMap<string, string>;
}

const releaseNamePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A rendered release: the chart as rendered (subcharts decided) and each template's output. */
export interface RenderedRelease {
  readonly chart: Chart;
  /** Template name to output, NOTES.txt files removed (executed, never printed). */
  readonly rendered: Map<string, string>;
  readonly warnings: string[];
}

/** Renders a chart as `helm template` does; throws ChartError with Helm's message. */
export function helmTemplate(options: TemplateOptions): TemplateResult {
  const { chart, rendered, warnings } = renderRelease(options);
  try {
    const major = options.helmMajor ?? 3;
    const { hooks, manifests } = sortManifests(rendered, major, (t) => warnings.push(t));
    const name = options.releaseName ?? 'release-name';
    return { ...assemble(chart, options, name, hooks, manifests), warnings };
  } catch (e) {
    if (e instanceof ChartError) e.warnings = [...warnings, ...e.warnings];
    throw e;
  }
}

/** Everything `helm template` does up to the rendered templates. */
export function renderRelease(options: TemplateOptions): RenderedRelease {
  const warnings: string[] = [];
  try {
    return renderWith(options, warnings);
  } catch (e) {
    if (e instanceof ChartError) e.warnings = [...warnings, ...e.warnings];
    throw e;
  }
}

function renderWith(options: TemplateOptions, warnings: string[]): RenderedRelease {
  const major = options.helmMajor ?? 3;
  // What Helm prints through Go's log package takes each major's form (helm-log.ts).
  const warn: Warn = (t, site) =>
    void warnings.push(site === undefined ? t : goLogLine(major, site, t));
  const kube =
    options.kubeVersion === undefined
      ? defaultKubeVersion(major)
      : parseKubeVersion(options.kubeVersion, major);
  const name = options.releaseName ?? 'release-name';
  const user = mergeUserValues(options);
  const chart = loadChartOrFail(options.chart, warn, major);
  const type = chart.metadata.type;
  if (type !== '' && type !== 'application')
    throw new ChartError(`${type} charts are not installable`);
  if (chart.metadata.deprecated) {
    warn(
      major === 3
        ? 'WARNING: This chart is deprecated'
        : slogLine('WARN', 'this chart is deprecated'),
    );
  }
  if (chart.metadata.dependencies !== null) checkDependencies(chart, major);
  if (name.length > 53 || !releaseNamePattern.test(name)) {
    const why = `release name ${JSON.stringify(name)}: invalid release name, must match regex ${releaseNamePattern.source} and the length must not be longer than 53`;
    if (major === 3) throw new ChartError(why);
    // Helm 4 logs the failure with slog before returning it wrapped.
    const logged = slogLine('ERROR', 'release name check failed', [['error', why]]);
    throw new ChartError(`release name check failed: ${why}`, false, [logged]);
  }
  processDependencies(chart, user, warn, major);
  const isUpgrade = options.isUpgrade === true;
  const release: GoMap = new Map<string, GoValue>([
    ['Name', name],
    ['Namespace', options.namespace ?? 'default'],
    ['IsUpgrade', isUpgrade],
    ['IsInstall', !isUpgrade],
    ['Revision', new GoInt(1n)],
    ['Service', 'Helm'],
  ]);
  const values = coalesceValues(chart, user, warn);
  validateSchemas(chart, values, major);
  if (
    chart.metadata.kubeVersion !== '' &&
    !isCompatibleRange(chart.metadata.kubeVersion, kube.normalized)
  ) {
    throw new ChartError(
      `chart requires kubeVersion: ${chart.metadata.kubeVersion} which is incompatible with Kubernetes ${major === 3 ? kube.normalized : kube.version}`,
      true,
    );
  }
  const capabilities = capabilitiesObject(major, kube, [
    ...defaultApiVersions[major],
    ...(options.apiVersions ?? []),
  ]);
  const rendered = renderTemplates(chart, {
    major,
    values: typedMap(valuesType(major), values),
    release,
    capabilities,
  });
  for (const key of [...rendered.keys()]) if (key.endsWith('NOTES.txt')) rendered.delete(key);
  return { chart, rendered, warnings };
}

function loadChartOrFail(path: string, warn: (t: string) => void, major: 3 | 4): Chart {
  try {
    return loadChart(path, warn, major);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      if (path.startsWith('/') || path.startsWith('.'))
        throw new ChartError(`path ${JSON.stringify(path)} not found`);
      // Helm then reads the name as `repo/chart` and looks the repository up.
      if (path.includes('/'))
        throw new ChartError(`repo ${path.slice(0, path.indexOf('/'))} not found`);
      throw new ChartError(
        `non-absolute URLs should be in form of repo_name/path_to_chart, got: ${path}`,
      );
    }
    throw e;
  }
}

function assemble(
  chart: Chart,
  options: TemplateOptions,
  name: string,
  hooks: readonly { name: string; content: string; events: readonly string[] }[],
  manifests: readonly { name: string; content: string }[],
): Omit<TemplateResult, 'warnings'> {
  const files = new Map<string, string>();
  let stdout = '';
  const outDir =
    options.outputDir === undefined
      ? undefined
      : options.useReleaseName === true
        ? `${options.outputDir}/${name}`
        : options.outputDir;
  // Helm's writeToFile: `---\n# Source: NAME\nDATA\n`, appended when the file was written before.
  const write = (file: string, data: string): void => {
    const path = `${outDir!}/${file}`;
    files.set(path, (files.get(path) ?? '') + `---\n# Source: ${file}\n${data}\n`);
    stdout += `wrote ${path}\n`;
  };
  let manifest = '';
  if (options.includeCrds === true) {
    for (const crd of crdObjects(chart)) {
      const data = fileText(crd.file);
      if (outDir === undefined) manifest += `---\n# Source: ${crd.filename}\n${data}\n`;
      else write(crd.filename, data);
    }
  }
  for (const m of manifests) {
    if (outDir === undefined) manifest += `---\n# Source: ${m.name}\n${m.content}\n`;
    else write(m.name, m.content);
  }
  let all = `${trimSpace(manifest)}\n`;
  if (options.noHooks !== true) {
    for (const h of hooks) {
      if (options.skipTests === true && h.events.includes('test')) continue;
      if (outDir === undefined) all += `---\n# Source: ${h.name}\n${h.content}\n`;
      else write(h.name, h.content);
    }
  }
  const showOnly = options.showOnly ?? [];
  if (showOnly.length === 0) return { stdout: stdout + all, files };
  const docs = splitManifests(all);
  let out = '';
  for (const f of showOnly) {
    let missing = true;
    for (const doc of docs) {
      const m = /# Source: [^/]+\/(.+)/.exec(doc);
      if (m === null) continue;
      let matched = false;
      try {
        matched = pathMatch(f, m[1]!);
      } catch {
        matched = false;
      }
      if (!matched) continue;
      out += `---\n${doc}\n`;
      missing = false;
    }
    if (missing) throw new ChartError(`could not find template ${f} in chart`);
  }
  return { stdout: stdout + out, files };
}
