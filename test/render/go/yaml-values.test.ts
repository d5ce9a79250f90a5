import { expect } from 'chai';
import { DiagnosticError } from '../../../diagnostics/index.js';
import { sprintf } from '../../../render/go/fmt.js';
import { compareGoStrings } from '../../../render/go/index.js';
import { kindOf, type GoValue } from '../../../render/go/values.js';
import { readValues } from '../../../render/go/yaml-values.js';
import { describeOracle, expectGoldens, goString, type OracleCase } from './oracle.js';

// Helm decodes values.yaml and fromYaml's argument the same way (sigs.k8s.io/yaml into
// map[string]interface {}), so the cases go through fromYaml, many in one chart; a walk template
// prints every leaf with its Go type. fromYaml turns an error into {"Error": message}, which the
// walk prints too. A last group checks one real values.yaml the same way.

const walkTemplate = `{{- define "walk" -}}
{{- $k := kindOf . -}}
{{- if eq $k "map" -}}{ {{- range $key, $v := . }}{{ printf "%q" $key }}:{{ include "walk" $v }},{{ end -}} }
{{- else if eq $k "slice" -}}[{{ range . }}{{ include "walk" . }},{{ end }}]
{{- else -}}{{ printf "%T(%#v)" . . }}{{- end -}}
{{- end -}}
`;
const chart = { files: { 'templates/_walk.tpl': walkTemplate } };

// The walk template, over our values.
function walk(v: GoValue): string {
  if (kindOf(v) === 'map' && v instanceof Map) {
    const keys = [...v.keys()].sort(compareGoStrings);
    return `{${keys.map((k) => `${sprintf('%q', [k])}:${walk(v.get(k) ?? null)},`).join('')}}`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => walk(x) + ',').join('')}]`;
  return sprintf('%T(%#v)', [v, v]);
}

// Ours, in the walk's form; an error prints as fromYaml's {"Error": message}.
function ours(yaml: string): string {
  try {
    return walk(readValues(yaml));
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    return walk(new Map([['Error', e.diagnostics[0]!.message]]));
  }
}

const docs: [string, string][] = [
  [
    'true words',
    'a: y\nb: Y\nc: yes\nd: Yes\ne: YES\nf: true\ng: True\nh: TRUE\ni: on\nj: On\nk: ON\n',
  ],
  [
    'false words',
    'a: n\nb: N\nc: no\nd: No\ne: NO\nf: false\ng: False\nh: FALSE\ni: off\nj: Off\nk: OFF\n',
  ],
  ['not words', 'a: tRue\nb: yES\nc: oN\nd: "yes"\ne: \'no\'\nf: nope\ng: yesno\nh: t\n'],
  ['nulls', 'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\ng: "~"\nh: !!null\n'],
  [
    'decimal ints',
    'a: 0\nb: 1000000\nc: -42\nd: +7\ne: -0\nf: 1_000_000\ng: 100000\nh: 123456789\n',
  ],
  [
    'based ints',
    'a: 0755\nb: 0x1F\nc: 0X1f\nd: 0o17\ne: 0O17\nf: 0b101\ng: 0B11\nh: -0x10\ni: 0x_1F\nj: 08\nk: 0b-1\nl: -0b11\nm: 0x\n',
  ],
  [
    'big ints',
    'a: 9007199254740993\nb: 9223372036854775807\nc: 9223372036854775808\nd: 18446744073709551615\ne: 18446744073709551616\nf: -9223372036854775809\ng: 99999999999999999999\n',
  ],
  [
    'floats',
    'a: 1.5\nb: -0.0\nc: 1e3\nd: 1E-7\ne: .5\nf: 1.\ng: +1.5e+3\nh: 1e400\ni: 1e-400\nj: 3.14159265358979\nk: 0.1\nl: 1_0.5\nm: .e3\nn: 1.2.3\n',
  ],
  [
    'strings',
    "a: hello world\nb: \"quoted \\t\\u00e9\\x41\"\nc: 'single ''q'''\nd: <<\ne: 1:30\nf: _1\ng: 0x1G\nh: \"123\"\ni: é😀\n",
  ],
  [
    'block scalars',
    'a: |\n  line1\n  line2\nb: >\n  folded\n  text\n\n  para\nc: |-\n  keep\nd: |+\n  plus\n\ne: x\n',
  ],
  [
    'timestamps',
    'a: 2001-12-14\nb: 2001-12-14t21:59:43.10-05:00\nc: 2001-12-14 21:59:43.10\nd: 2002-1-1\n',
  ],
  [
    'tags',
    'a: !!str 12\nb: !!float 1\nc: !!int "12"\nd: !foo 12\ne: !!str true\nf: !!bool "yes"\ng: !!binary aGVsbG8=\nh: !!timestamp 2001-12-14\n',
  ],
  ['sequences', 'a: [1, "2", x, ~, [y, {k: v}]]\nb:\n- 1\n- - 2\n  - 3\nc: []\nd: {}\n'],
  ['anchors', 'a: &x {k: [1, 2]}\nb: *x\nc: &s text\nd: *s\ne: &n 5\nf: [*n, *s]\n'],
  ['merge after', 'base: &b {x: 1, k: 2}\nm:\n  <<: *b\n  k: 3\n'],
  ['merge before', 'base: &b {x: 1, k: 2}\nm:\n  k: 3\n  <<: *b\n'],
  ['merge list', 'm:\n  <<: [{x: 1}, {x: 2, z: 3}]\n  w: 4\n'],
  ['merge inline', 'm:\n  <<: {a: 1}\n  b: 2\n'],
  ['merge nested', 'a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: *b, z: 3}\n'],
  ['duplicate keys', 'a: 1\na: 2\nb: {c: 1, c: x}\n'],
  [
    'key types',
    '1: a\ntrue: b\n1.5: c\n0x10: d\nyes: e\n1e7: f\n3.14159265358979: g\n0.1: h\n.inf: i\n2001-12-14: j\n-.inf: k\n.nan: l\nn: m\n-0.0: o\n100000: p\n1e6: r\n',
  ],
  ['keys with json chars', '"<a&b>": 1\n"quote\\"": 2\n"tab\\t": 3\n'],
  ['empty document', ''],
  ['null document', 'null\n'],
  ['comment only', '# nothing\n'],
  ['several documents', 'a: 1\n---\nb: 2\n'],
  ['later document broken', 'a: 1\n---\nb: [\n'],
  ['top-level list', '- a\n- b\n'],
  ['top-level string', 'hello\n'],
  ['top-level number', '42\n'],
  ['top-level bool', 'yes\n'],
  ['infinity', 'a: .inf\n'],
  ['negative infinity', 'a: [-.Inf]\n'],
  ['not a number', 'a: {b: .NaN}\n'],
  ['null key', '~: a\n'],
  ['uint64 key', '18446744073709551615: a\n'],
  ['sequence key', '? [a, 1]\n: b\n'],
  ['mapping key', '? {a: 1}\n: b\n'],
  ['unknown anchor', 'a: &x 1\nb: *x\nc: *y\n'],
  ['bad tag', 'a: !!null x\n'],
  ['bad int tag', 'a: !!int x\n'],
  ['bad binary', 'a: !!binary "not base64!"\n'],
  ['bad merge', 'a:\n  <<: 1\n'],
  ['tab after colon', 'a:\tb\n'],
];

const syntaxErrors: [string, string][] = [
  ['compact nested mapping', 'a: b: c\n'],
  ['bad indentation', 'a:\n- b\n  c: d\n'],
  ['unterminated quote', 'a: "unterminated\n'],
  ['reserved character', 'a: @x\n'],
  ['unclosed flow', 'a: [1, 2\n'],
  ['empty implicit key', ': a\n'],
];

const cases = (list: readonly [string, string][]): OracleCase[] =>
  list.map(([name, yaml]) => ({ name, template: `include "walk" (fromYaml ${goString(yaml)})` }));

// Keys that collide after conversion (`100000` and `1e5` both become "100000") are left out:
// Go's random map order decides which value Helm keeps.

// Helm's own error texts for syntax errors are go-yaml's; we only require that both fail.
const syntaxCases = (): OracleCase[] =>
  syntaxErrors.map(([name, yaml]) => ({
    name,
    template: `ternary "fails" "decodes" (hasKey (fromYaml ${goString(yaml)}) "Error")`,
  }));

const valuesFile = docs
  .slice(0, 21)
  .map(([name, yaml]) => `${JSON.stringify(name)}:\n${yaml.replace(/^(?=.)/gm, '  ')}`)
  .join('');

describe('values files as Helm reads them (render/go/yaml-values.ts)', () => {
  it(`decodes ${docs.length} documents as Helm's fromYaml does, errors included`, () => {
    expectGoldens('yaml-values', cases(docs), (k) => ours(docs[k]![1]));
  });

  it('reports YAML syntax errors with their position, where Helm fails too', () => {
    expectGoldens('yaml-syntax', syntaxCases(), (k) => {
      const text = syntaxErrors[k]![1];
      expect(() => readValues(text, { file: 'v.yaml' })).to.throw(
        DiagnosticError,
        /^v\.yaml:\d+:\d+: /,
      );
      return ours(text).includes('"Error"') ? 'fails' : 'decodes';
    });
  });

  it('places each error at the node that causes it', () => {
    const table: { input: string; at: string }[] = [
      { input: 'a: 1\nb:\n  c: .inf\n', at: 'f.yaml:3:6' },
      { input: 'a: 1\n~: x\n', at: 'f.yaml:2:1' },
      { input: 'a:\n  - *nope\n', at: 'f.yaml:2:5' },
      { input: 'x: [1, 2]\n- a\n', at: 'f.yaml:2:1' },
      { input: '- a\n', at: 'f.yaml:1:1' },
    ];
    for (const { input, at } of table) {
      expect(() => readValues(input, { file: 'f.yaml' }), input).to.throw(
        DiagnosticError,
        at + ': ',
      );
    }
  });

  it('decodes a real values.yaml as Helm does', () => {
    expectGoldens(
      'yaml-values-file',
      [{ name: 'values', template: 'include "walk" .Values' }],
      () => walk(readValues(valuesFile)),
    );
  });
});

describeOracle('yaml-values', () => cases(docs), chart);
describeOracle('yaml-syntax', syntaxCases, chart);
describeOracle('yaml-values-file', () => [{ name: 'values', template: 'include "walk" .Values' }], {
  ...chart,
  values: valuesFile,
});
