// Helm's template engine (pkg/engine, engine.go): every template of the chart and its subcharts
// is named by its full path (`parent/charts/child/templates/x.yaml`), parsed into one template
// set in Helm's order (deeper paths first, then reverse lexical, so that a parent's `define`
// parsed later wins), and every file not starting with `_` executed with its chart's data
// (.Values, .Chart, .Files, .Release, .Capabilities, .Subcharts, and .Template set just before).
// `<no value>` is removed from the output. Library charts contribute their partials only.
import { goTypes, mapOf, typedMap, type GoMap, type GoValue, type NamedType } from '../go/index.js';
import { TemplateError, TemplateSet } from '../template/index.js';
import { bindHelmFuncs, helmFuncMap } from '../funcs/index.js';
import { chartFullPath, fileText, isLibraryChart, type Chart } from './chart.js';
import { chartObject } from './chart-object.js';
import { table } from './coalesce.js';
import { filesObject } from './files.js';
import { execErrorText, parseErrorText } from './render-errors.js';
import { ChartError } from './errors.js';

/** What the engine needs besides the chart: the render values of ToRenderValues. */
export interface RenderInput {
  readonly major: 3 | 4;
  /** The coalesced values (`.Values` of the top chart). */
  readonly values: GoMap;
  /** `.Release`. */
  readonly release: GoMap;
  /** `.Capabilities`. */
  readonly capabilities: GoValue;
}

interface Renderable {
  readonly text: string;
  readonly vals: GoMap;
  readonly basePath: string;
}

/** Helm's named map type of .Values and .Template (chartutil.Values, common.Values in Helm 4). */
export function valuesType(major: 3 | 4): NamedType {
  return {
    kind: 'named',
    name: major === 4 ? 'common.Values' : 'chartutil.Values',
    underlying: mapOf(goTypes.any),
    methods: new Map(),
  };
}

function collect(
  chart: Chart,
  out: Map<string, Renderable>,
  parent: GoMap,
  input: RenderInput,
): GoMap {
  const vt = valuesType(input.major);
  const subcharts: GoMap = new Map();
  const isRoot = chart.parent === undefined;
  let values: GoMap = typedMap(vt);
  if (isRoot) values = parent.get('Values') as GoMap;
  else {
    const section = table(parent.get('Values') as GoMap, chart.metadata.name);
    if (section !== undefined) values = typedMap(vt, section);
  }
  const toYaml = () => helmFuncMap(input.major).get('toYaml');
  const next: GoMap = new Map<string, GoValue>([
    ['Chart', chartObject(chart.metadata, isRoot, input.major)],
    ['Files', filesObject(chart.files, toYaml)],
    ['Release', parent.get('Release') ?? null],
    ['Capabilities', parent.get('Capabilities') ?? null],
    ['Values', values],
    ['Subcharts', subcharts],
  ]);
  for (const child of chart.dependencies)
    subcharts.set(child.metadata.name, collect(child, out, next, input));
  const id = chartFullPath(chart);
  const library = isLibraryChart(chart);
  for (const t of chart.templates) {
    if (library && !basename(t.name).startsWith('_')) continue;
    out.set(`${id}/${t.name}`, {
      text: fileText(t),
      vals: next,
      basePath: `${id}/templates`,
    });
  }
  return next;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

// Helm's sortTemplates: by number of '/' descending, then by name descending (names are unique,
// so the order is total). Each name's depth is counted once, not in every comparison.
function parseOrder(names: Iterable<string>): string[] {
  const depths = new Map<string, number>();
  for (const name of names) {
    let n = 0;
    for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) n++;
    depths.set(name, n);
  }
  return [...depths.keys()].sort(
    (a, b) => depths.get(b)! - depths.get(a)! || (a < b ? 1 : a > b ? -1 : 0),
  );
}

/** Renders every template of the chart: full template name to output (partials left out). */
export function renderTemplates(chart: Chart, input: RenderInput): Map<string, string> {
  const top: GoMap = new Map<string, GoValue>([
    ['Values', input.values],
    ['Release', input.release],
    ['Capabilities', input.capabilities],
  ]);
  const templates = new Map<string, Renderable>();
  collect(chart, templates, top, input);
  const set = new TemplateSet({
    helmMajor: input.major,
    missingKey: 'zero',
    funcs: helmFuncMap(input.major),
  });
  bindHelmFuncs(set, { helmMajor: input.major });
  const keys = parseOrder(templates.keys());
  for (const name of keys) {
    try {
      set.parse(name, templates.get(name)!.text);
    } catch (e) {
      if (e instanceof TemplateError) throw new ChartError(parseErrorText(name, e), true);
      throw e;
    }
  }
  const rendered = new Map<string, string>();
  const vt = valuesType(input.major);
  for (const name of keys) {
    if (basename(name).startsWith('_')) continue;
    const r = templates.get(name)!;
    r.vals.set(
      'Template',
      typedMap(vt, [
        ['Name', name],
        ['BasePath', r.basePath],
      ]),
    );
    let out: string;
    try {
      out = set.execute(name, r.vals);
    } catch (e) {
      if (e instanceof TemplateError)
        throw new ChartError(execErrorText(name, e, input.major), true);
      throw e;
    }
    rendered.set(name, out.replaceAll('<no value>', ''));
  }
  return rendered;
}
