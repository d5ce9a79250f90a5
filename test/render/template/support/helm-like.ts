// A stand-in for Helm's engine, small enough for the golden tests of the template language: it
// loads a chart folder (Chart.yaml, values.yaml, templates/*), builds the data Helm passes
// (.Values, .Release, .Template), parses every file into one TemplateSet in Helm's order,
// executes each non-partial file, and prints the result or the error as `helm template` does.
// Chart loading proper is a later issue; this stays test support until then.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import {
  GoInt,
  GoStruct,
  goTypes,
  mapOf,
  readValues,
  sliceOf,
  typedMap,
  typedSlice,
  type GoMap,
  type GoValue,
  type NamedType,
} from '../../../../render/go/index.js';
import { TemplateError, TemplateSet } from '../../../../render/template/index.js';
import type { HelmMajor } from '../../../support/helm.js';
import { installOrder as helmInstallOrder } from '../../../../render/chart/index.js';

/** A chart as the test harness reads it. */
export interface TestChart {
  readonly name: string;
  readonly values: GoMap;
  /** Files under `files/`, by path relative to the chart, for `.Files.Get`. */
  readonly files: ReadonlyMap<string, string>;
  /** Template files by path relative to the chart (`templates/a.yaml`). */
  readonly templates: ReadonlyMap<string, string>;
}

/** Reads a chart folder. */
export function loadChart(dir: string): TestChart {
  const meta = parseDocument(readFileSync(join(dir, 'Chart.yaml'), 'utf8')).toJS() as {
    name: string;
  };
  // Helm's own decoding (float64 numbers, YAML 1.1 booleans), so the goldens also pin readValues.
  const values = readValues(readFileSync(join(dir, 'values.yaml'), 'utf8'), {
    file: join(dir, 'values.yaml'),
  });
  const templates = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'templates')).sort()) {
    templates.set(`templates/${f}`, readFileSync(join(dir, 'templates', f), 'utf8'));
  }
  const files = new Map<string, string>();
  if (existsSync(join(dir, 'files'))) {
    for (const f of readdirSync(join(dir, 'files')).sort()) {
      files.set(`files/${f}`, readFileSync(join(dir, 'files', f), 'utf8'));
    }
  }
  return { name: meta.name, values, files, templates };
}

// Stand-ins for two of Helm's built-in objects, enough to call their methods as charts do:
// `.Capabilities.APIVersions.Has` over a version set holding at least `v1` and `apps/v1` (Helm's
// default set holds many more; the goldens ask only about these and about absent ones), and
// `.Files.Get`, which returns "" for a missing file.
const versionSetType: NamedType = {
  kind: 'named',
  name: 'common.VersionSet',
  underlying: sliceOf(goTypes.string),
  methods: new Map([
    [
      'Has',
      {
        signature: { params: [goTypes.string], result: goTypes.bool, returnsError: false },
        impl: (set: GoValue, v: GoValue) => (set as GoValue[]).includes(v),
      },
    ],
  ]),
};

const capabilitiesType: NamedType = {
  kind: 'named',
  name: 'common.Capabilities',
  underlying: { kind: 'struct' },
  methods: new Map(),
};

function filesOf(chart: TestChart): GoMap {
  const type: NamedType = {
    kind: 'named',
    name: 'engine.files',
    underlying: mapOf(sliceOf({ kind: 'uint8' })),
    methods: new Map([
      [
        'Get',
        {
          signature: { params: [goTypes.string], result: goTypes.string, returnsError: false },
          impl: (_files: GoValue, name: GoValue) => chart.files.get(name as string) ?? '',
        },
      ],
    ]),
  };
  return typedMap(
    type,
    [...chart.files].map(([name, text]) => [name, new TextEncoder().encode(text)]),
  );
}

const valuesType = {
  kind: 'named',
  name: 'chartutil.Values',
  underlying: mapOf(goTypes.any),
  methods: new Map(),
} as const;

/** What `helm template test CHART` prints: stdout, or the text of its error. */
export type HelmLikeResult = { readonly stdout: string } | { readonly error: string };

/** Renders the chart as `helm template test <chart>` would, for Helm `major`. */
export function renderLikeHelm(chart: TestChart, major: HelmMajor): HelmLikeResult {
  const set = new TemplateSet({ helmMajor: major, missingKey: 'zero' });
  const names = [...chart.templates.keys()].map((f) => `${chart.name}/${f}`);
  for (const name of helmParseOrder(names)) {
    try {
      set.parse(name, chart.templates.get(name.slice(chart.name.length + 1))!);
    } catch (e) {
      if (e instanceof TemplateError) return { error: helmParseError(name, e) };
      throw e;
    }
  }
  const out: { kind: string; text: string }[] = [];
  for (const name of [...names].sort()) {
    if (basename(name).startsWith('_')) continue;
    let text: string;
    try {
      text = set.execute(name, renderData(chart, name));
    } catch (e) {
      if (e instanceof TemplateError) return { error: helmExecError(e, major) };
      throw e;
    }
    // Helm drops "<no value>" from the output, splits it into documents and trims each.
    for (const doc of splitManifests(text.replaceAll('<no value>', ''))) {
      out.push({
        kind: /^kind:[ \t]*(\S+)/m.exec(doc)?.[1] ?? '',
        text: `---\n# Source: ${name}\n${doc}\n`,
      });
    }
  }
  // Helm orders manifests by kind (its install order, unknown kinds last by name), stably.
  const rank = (kind: string): number => {
    const i = installOrder.indexOf(kind);
    return i < 0 ? installOrder.length : i;
  };
  out.sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      (rank(a.kind) === installOrder.length && a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : 0),
  );
  return { stdout: out.map((m) => m.text).join('') };
}

// Helm's kind order, from the renderer itself (Helm 4's list; these charts use no webhook kinds).
const installOrder = helmInstallOrder(4);

function renderData(chart: TestChart, name: string): GoMap {
  const release = new Map<string, GoValue>([
    ['Name', 'test'],
    ['Namespace', 'default'],
    ['IsUpgrade', false],
    ['IsInstall', true],
    ['Revision', new GoInt(1n)],
    ['Service', 'Helm'],
  ]);
  const template = typedMap(valuesType, [
    ['Name', name],
    ['BasePath', `${chart.name}/templates`],
  ]);
  const capabilities = new GoStruct(
    capabilitiesType,
    new Map([['APIVersions', typedSlice(versionSetType, ['v1', 'apps/v1'])]]),
    true,
  );
  return new Map<string, GoValue>([
    ['Values', typedMap(valuesType, chart.values)],
    ['Release', release],
    ['Template', template],
    ['Capabilities', capabilities],
    ['Files', filesOf(chart)],
  ]);
}

// Helm parses deeper paths first and, at equal depth, in reverse lexical order; a `define`
// parsed later replaces an earlier one of the same name.
function helmParseOrder(names: readonly string[]): string[] {
  const depth = (s: string): number => s.split('/').length;
  return [...names].sort((a, b) =>
    depth(a) !== depth(b) ? depth(b) - depth(a) : a < b ? 1 : a > b ? -1 : 0,
  );
}

const manifestSeparator = /(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/;

function splitManifests(text: string): string[] {
  return text
    .trim()
    .split(manifestSeparator)
    .map((d) => d.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, ''))
    .filter((d) => d !== '');
}

// Helm's cleanupParseError: `parse error at (FILE:LINE): <last part of Go's message>`.
function helmParseError(name: string, e: TemplateError): string {
  const tokens = e.message.split(': ');
  if (tokens.length === 1) return `parse error in (${name}): ${e.message}`;
  return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`;
}

// Helm 3 prints Go's message; Helm 4 puts location, node and cause on lines of their own, except
// for errors returned by functions ("error calling …"), which it prints as Go does.
function helmExecError(e: TemplateError, major: HelmMajor): string {
  const d = e.detail;
  if (major === 3 || d === undefined || d.cause.startsWith('error calling ')) return e.message;
  return `${d.file}:${d.line}:${d.goColumn}\n  executing ${JSON.stringify(e.template)} at <${d.context}>:\n    ${d.cause}`;
}
