// toYaml, toYamlPretty, mustToYaml and fromYaml in small cases, each checked against Helm 4 and 3
// (the large corpus is the yaml golden chart). Also the key order of go-yaml's sorter, whose
// non-transitive corner cases Helm itself renders in a random order.
import { expect } from 'chai';
import { keyLess } from '../../../render/funcs/yaml-encode.js';
import { describeTable } from './support/table.js';

describeTable('yaml family', [
  { name: 'map, sorted keys', expr: 'toYaml (dict "b" 1 "a" "x")', expected: 'a: x\nb: 1' },
  {
    name: 'list under a key, v2 not indented',
    expr: 'toYaml (dict "l" (list 1 2))',
    expected: 'l:\n- 1\n- 2',
  },
  {
    name: 'list under a key, v3 indented',
    expr: 'toYamlPretty (dict "l" (list 1 2))',
    expected: 'l:\n  - 1\n  - 2',
  },
  {
    name: 'empty containers',
    expr: 'toYaml (dict "m" (dict) "l" (list))',
    expected: 'l: []\nm: {}',
  },
  { name: 'nil', expr: 'toYaml nil', expected: 'null' },
  {
    name: 'quoted look-alikes',
    expr: 'toYaml (list "yes" "1" "1.5" "" "~" "2021-01-01" "10:30")',
    expected: '- "yes"\n- "1"\n- "1.5"\n- ""\n- "~"\n- "2021-01-01"\n- "10:30"',
  },
  {
    name: 'single-quoted indicators',
    expr: 'toYaml (list "a: b" "#c" " d" "e " "-")',
    expected: "- 'a: b'\n- '#c'\n- ' d'\n- 'e '\n- '-'",
  },
  { name: 'literal block', expr: 'toYaml (dict "s" "a\\nb\\n")', expected: 's: |\n  a\n  b' },
  { name: 'literal block, strip', expr: 'toYaml "a\\nb"', expected: '|-\n  a\n  b' },
  { name: 'literal block, keep', expr: 'toYaml "a\\n\\n"', expected: '|+\n  a\n' },
  { name: 'double-quoted escapes', expr: 'toYaml "tab\\there"', expected: '"tab\\there"' },
  { name: 'v3 literal keeps tabs', expr: 'toYamlPretty "a\\tb\\nc"', expected: '|-\n  a\tb\n  c' },
  {
    name: 'ints and floats via JSON',
    expr: 'toYaml (list 1 1.5 1000000.0 0.000001 123456789.5)',
    expected: '- 1\n- 1.5\n- 1000000\n- 1e-06\n- 1.234567895e+08',
  },
  {
    name: 'v3 floats with %g',
    expr: 'toYamlPretty (list 1 1.5 1000000.0)',
    expected: '- 1\n- 1.5\n- 1e+06',
  },
  { name: 'NaN fails json.Marshal', expr: 'toYaml (float64 "NaN")', expected: '' },
  { name: 'NaN in v3', expr: 'toYamlPretty (float64 "NaN")', expected: '.nan' },
  { name: 'mustToYaml', expr: 'mustToYaml (list 1)', expected: '- 1', majors: [4] },
  {
    name: 'folding at 80 columns',
    expr: 'toYaml (repeat 20 "word ")',
    expected:
      "'word word word word word word word word word word word word word word word word word\n  word word word '",
  },
  { name: 'fromYaml', expr: 'fromYaml "a: 1\\nb: [x]"', expected: 'map[a:1 b:[x]]' },
  { name: 'fromYaml numbers are float64', expr: 'typeOf (fromYaml "a: 1").a', expected: 'float64' },
  {
    name: 'fromYaml YAML 1.1 bools',
    expr: 'fromYaml "a: yes\\nb: off"',
    expected: 'map[a:true b:false]',
  },
  {
    name: 'fromYaml of a list',
    expr: 'fromYaml "- 1"',
    expected:
      'map[Error:error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}]',
  },
  { name: 'fromYaml empty', expr: 'fromYaml ""', expected: 'map[]' },
  { name: 'fromYamlArray', expr: 'fromYamlArray "- 1\\n- b"', expected: '[1 b]' },
  {
    name: 'fromYamlArray of a map',
    expr: 'fromYamlArray "a: 1"',
    expected:
      '[error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}]',
  },
]);

describe('go-yaml key order', function () {
  const sorted = (keys: string[], v3: boolean): string[] =>
    [...keys].sort((a, b) => (keyLess(a, b, v3) ? -1 : keyLess(b, a, v3) ? 1 : 0));
  it('compares digit runs as numbers and puts non-letters first', function () {
    expect(sorted(['a10', 'a2', 'ab', 'a_b', 'B', 'a'], false)).to.deep.equal([
      'B',
      'a',
      'a_b',
      'a2',
      'a10',
      'ab',
    ]);
  });
  it('is not transitive for 1a, 2 and 10 (Helm prints these in a random order)', function () {
    expect([
      keyLess('1a', '2', false),
      keyLess('2', '10', false),
      keyLess('10', '1a', false),
    ]).to.deep.equal([true, true, true]);
  });
});
