// Renders a golden chart with the function library, as `helm template test <chart>` prints it.
// It reuses the template goldens' chart loader (test/render/template/support/helm-like.ts) but
// cannot reuse its renderer, which builds its TemplateSet without functions; the few Helm engine
// rules repeated here (parse order, document split, error texts including required/fail's
// HELM_ERR_START unwrapping) should move with that harness to test/support (see the report).
import { basename } from 'node:path';
import {
  GoInt,
  goTypes,
  mapOf,
  typedMap,
  type GoMap,
  type GoValue,
} from '../../../../render/go/index.js';
import { bindHelmFuncs, helmFuncMap } from '../../../../render/funcs/index.js';
import { TemplateError, TemplateSet } from '../../../../render/template/index.js';
import type { HelmMajor } from '../../../support/helm.js';
import { loadChart, type TestChart } from '../../template/support/helm-like.js';

export { loadChart };

// Helm 4 renamed chartutil.Values to common.Values, which typeOf shows.
const valuesType = (major: HelmMajor) =>
  ({
    kind: 'named',
    name: major === 4 ? 'common.Values' : 'chartutil.Values',
    underlying: mapOf(goTypes.any),
    methods: new Map(),
  }) as const;

/** Helm's stdout for the chart, or `Error: …` as Helm prints a failed render (without its hint). */
export function renderChart(chart: TestChart, major: HelmMajor): string {
  const set = new TemplateSet({ helmMajor: major, missingKey: 'zero', funcs: helmFuncMap(major) });
  bindHelmFuncs(set, { helmMajor: major });
  const names = [...chart.templates.keys()].map((f) => `${chart.name}/${f}`);
  const depth = (s: string): number => s.split('/').length;
  // Helm parses deeper paths first and, at equal depth, in reverse lexical order.
  const parseOrder = [...names].sort((a, b) => depth(b) - depth(a) || (a < b ? 1 : a > b ? -1 : 0));
  for (const name of parseOrder) {
    try {
      set.parse(name, chart.templates.get(name.slice(chart.name.length + 1))!);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      const tokens = e.message.split(': ');
      return `Error: parse error at (${tokens[1]!}): ${tokens[tokens.length - 1]!}`;
    }
  }
  let out = '';
  for (const name of [...names].sort()) {
    if (basename(name).startsWith('_')) continue;
    let text: string;
    try {
      text = set.execute(name, renderData(chart, name, major));
    } catch (e) {
      if (e instanceof TemplateError) return `Error: ${execError(e, major)}`;
      throw e;
    }
    for (const doc of splitManifests(text.replaceAll('<no value>', ''))) {
      out += `---\n# Source: ${name}\n${doc}\n`;
    }
  }
  return out;
}

function renderData(chart: TestChart, name: string, major: HelmMajor): GoMap {
  const release = new Map<string, GoValue>([
    ['Name', 'test'],
    ['Namespace', 'default'],
    ['IsUpgrade', false],
    ['IsInstall', true],
    ['Revision', new GoInt(1n)],
    ['Service', 'Helm'],
  ]);
  const template = typedMap(valuesType(major), [
    ['Name', name],
    ['BasePath', `${chart.name}/templates`],
  ]);
  return new Map<string, GoValue>([
    ['Values', typedMap(valuesType(major), chart.values)],
    ['Release', release],
    ['Template', template],
  ]);
}

function splitManifests(text: string): string[] {
  return text
    .trim()
    .split(/(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/)
    .map((d) => d.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, ''))
    .filter((d) => d !== '');
}

// Helm's cleanupExecError / reformatExecErrorMsg: required and fail messages come out of their
// HELM_ERR_START…END wrapping with the location; Helm 4 puts other errors' parts on lines.
function execError(e: TemplateError, major: HelmMajor): string {
  const tokens = e.message.split(': ');
  const warn = /HELM_ERR_START([\s\S]*)HELM_ERR_END/.exec(tokens.slice(2).join(': '));
  if (warn !== null) return `execution error at (${tokens[1]!}): ${warn[1]!}`;
  const d = e.detail;
  if (major === 3 || d === undefined || d.cause.startsWith('error calling ')) return e.message;
  return `${d.file}:${d.line}:${d.goColumn}\n  executing ${JSON.stringify(e.template)} at <${d.context}>:\n    ${d.cause}`;
}
