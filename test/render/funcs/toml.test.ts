// toToml and fromToml, each checked against Helm 4 (BurntSushi/toml 1.6.0) and Helm 3 (1.4.0).
// The local date-times of 'fromToml dates' carry the local zone's offset (+0000 where Local is UTC).
import { describeTable } from './support/table.js';

const values = `
app:
  name: web
  replicas: 3
  ratio: 0.25
  big: 1e21
  million: 1000000
  tags: [a, b]
  empty: {}
  nothing: null
  labels: {"tier": "front end", "a.b": "x", "": "blank"}
  servers:
    - {host: a, port: 80}
    - {host: b, port: 81, extra: {deep: true}}
  mixed: [1, "two", {three: 3}]
  nested: {level1: {level2: {value: "x\\ty\\"z"}}}
`;

// What both releases write after the two large floats.
const appRest = [
  'mixed = [1.0, "two", {three = 3.0}]',
  'name = "web"',
  'ratio = 0.25',
  'replicas = 3.0',
  'tags = ["a", "b"]',
  '',
  '[empty]',
  '',
  '[labels]',
  '  "" = "blank"',
  '  "a.b" = "x"',
  '  tier = "front end"',
  '',
  '[nested]',
  '  [nested.level1]',
  '    [nested.level1.level2]',
  '      value = "x\\ty\\"z"',
  '',
  '[[servers]]',
  '  host = "a"',
  '  port = 80.0',
  '',
  '[[servers]]',
  '  host = "b"',
  '  port = 81.0',
  '  [servers.extra]',
  '    deep = true',
  '',
].join('\n');

const doc = String.raw`a = 1\nb = \"x\"\nc = [1.5, true]\n[d]\ne = 2\n[[f]]\ng = 3\n[[f]]\ng = 4`;
const dates = String.raw`a = 1979-05-27T07:32:00-08:00\nb = 1979-05-27T07:32:00\nc = 1979-05-27\nd = 07:32:00`;

describeTable(
  'toml family',
  [
    {
      name: 'toToml of a map (Helm 4: floats by FormatFloat g)',
      expr: 'toToml .Values.app',
      expected: `big = 1e+21\nmillion = 1e+06\n${appRest}`,
      majors: [4],
    },
    {
      name: 'toToml of a map (Helm 3: floats by FormatFloat f)',
      expr: 'toToml .Values.app',
      expected: `big = 1000000000000000000000.0\nmillion = 1000000.0\n${appRest}`,
      majors: [3],
    },
    {
      name: 'toToml of scalars',
      expr: 'list (toToml "x") (toToml 1) (toToml true) (toToml 1.5)',
      expected: '["x" 1 true 1.5]',
    },
    { name: 'toToml of a list', expr: 'toToml (list 1 "a")', expected: '[1, "a"]' },
    {
      name: 'toToml of tables at the top',
      expr: 'toToml (list (dict "a" 1))',
      expected: 'toml: top-level values must be Go maps or structs',
    },
    {
      name: 'toToml of a nil element',
      expr: 'toToml (dict "a" (list 1 nil))',
      expected: 'toml: cannot encode array with nil element',
    },
    { name: 'toToml of nothing', expr: 'toToml (dict)', expected: '' },
    {
      name: 'toToml of a time and a version',
      expr: 'toToml (dict "v" (semver "1.2.3") "t" (toDate "2006-01-02T15:04:05Z07:00" "2024-01-02T03:04:05.5+01:00"))',
      expected: 't = 2024-01-02T03:04:05.5+01:00\nv = "1.2.3"\n',
    },
    {
      name: 'fromToml',
      expr: `fromToml "${doc}"`,
      expected: 'map[a:1 b:x c:[1.5 true] d:map[e:2] f:[map[g:3] map[g:4]]]',
    },
    {
      name: 'fromToml types',
      expr: `list (typeOf (fromToml "${doc}").a) (typeOf (fromToml "${doc}").c) (typeOf (fromToml "${doc}").f) (typeOf (fromToml "x = 1.0").x)`,
      expected: '[int64 []interface {} []map[string]interface {} float64]',
    },
    {
      name: 'fromToml dates',
      expr: `fromToml "${dates}"`,
      expected:
        'map[a:1979-05-27 07:32:00 -0800 -0800 b:1979-05-27 07:32:00 +0000 datetime-local c:1979-05-27 00:00:00 +0000 date-local d:0000-01-01 07:32:00 +0000 time-local]',
    },
    {
      name: 'fromToml failure has an Error key',
      expr: 'hasKey (fromToml "a = ") "Error"',
      expected: 'true',
    },
    {
      name: 'toToml skips nil, writes empty tables',
      expr: 'toToml (dict "a" nil "b" (dict))',
      expected: '[b]\n',
    },
    {
      name: 'toToml, a table inside a mixed array is inline',
      expr: 'toToml (dict "a" (list (dict "x" 1) 2))',
      expected: 'a = [{x = 1}, 2]\n',
    },
    {
      name: 'toToml of nested lists',
      expr: 'toToml (list (list 1) (list))',
      expected: '[[1], []]',
    },
  ],
  { values },
);
