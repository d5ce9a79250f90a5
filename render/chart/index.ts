/**
 * Charts rendered as `helm template` renders them, without Helm.
 *
 * In: a chart folder or .tgz and the options of `helm template` (release name, namespace, value
 * files and --set flags, kube and API versions, CRD/hook/test switches, --show-only,
 * --output-dir, the Helm major to reproduce). Out: `helmTemplate` — Helm's stdout, byte for byte,
 * its warnings and the files it would write — or a `ChartError` holding Helm's error text; and
 * `renderInstallManifest`, the same render split with the line-exact reader, checked and ordered
 * for installation. The steps are usable alone: `loadChart`, `mergeUserValues`,
 * `coalesceValues`, `processDependencies`, `validateSchemas`, `renderTemplates`, `sortManifests`.
 */
export type { Chart, ChartFile, Metadata, Dependency } from './chart.js';
export { fileText } from './chart.js';
export { ChartError } from './errors.js';
export { loadChart, loadFiles, readChartDir } from './load.js';
export { mergeUserValues, type ValueOptions } from './user-values.js';
export { parseInto, parseLiteralInto, type StrvalsMode } from './strvals.js';
export { coalesceValues } from './coalesce.js';
export { processDependencies, checkDependencies } from './dependencies.js';
export { validateSchemas } from './schema.js';
export { renderTemplates, type RenderInput } from './engine.js';
export {
  sortManifests,
  splitManifests,
  installOrder,
  type Manifest,
  type Hook,
} from './manifests.js';
export { defaultKubeVersion, defaultApiVersions, parseKubeVersion } from './capabilities.js';
export {
  helmTemplate,
  renderRelease,
  type TemplateOptions,
  type TemplateResult,
  type RenderedRelease,
} from './template.js';
export {
  renderInstallManifest,
  installDocuments,
  installManifestOrder,
} from './install-manifest.js';
