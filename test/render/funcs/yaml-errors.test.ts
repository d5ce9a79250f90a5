// fromYaml's and fromYamlArray's errors for malformed YAML, each text recorded from Helm 4.1.4
// and 3.17.2 (they agree: both decode with go-yaml v2.4): go-yaml's scanner and parser messages
// with its line numbers, its reader's control-character check, an unknown alias, and documents
// whose trouble lies after the first document, which go-yaml never reads. The inputs are
// testdata/yaml-errors.json, passed as .Values.in.
import { readFileSync } from 'node:fs';
import { describeTable } from './support/table.js';

const inputs = readFileSync(new URL('./testdata/yaml-errors.json', import.meta.url), 'utf8');

describeTable(
  "fromYaml syntax errors in go-yaml's words",
  [
    {
      name: '"a: b: c"',
      expr: '(fromYaml (index .Values.in 0)).Error',
      expected:
        'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    },
    {
      name: '"a:\\n\\tb: c"',
      expr: '(fromYaml (index .Values.in 1)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: found character that cannot start any token',
    },
    {
      name: '"a: \'unclosed"',
      expr: '(fromYaml (index .Values.in 2)).Error',
      expected: 'error converting YAML to JSON: yaml: found unexpected end of stream',
    },
    {
      name: '"a: \\"unclosed"',
      expr: '(fromYaml (index .Values.in 3)).Error',
      expected: 'error converting YAML to JSON: yaml: found unexpected end of stream',
    },
    {
      name: '"a: [1, 2"',
      expr: '(fromYaml (index .Values.in 4)).Error',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'",
    },
    {
      name: '"a: {b: 1"',
      expr: '(fromYaml (index .Values.in 5)).Error',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'",
    },
    {
      name: '"- a\\nb: c"',
      expr: '(fromYaml (index .Values.in 6)).Error',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected '-' indicator",
    },
    { name: '"a: 1\\na: 2"', expr: '(fromYaml (index .Values.in 7)).Error', expected: '<nil>' },
    {
      name: '"a:\\n  b: 1\\n c: 2"',
      expr: '(fromYaml (index .Values.in 8)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    {
      name: '"key: value\\n  bad: indent"',
      expr: '(fromYaml (index .Values.in 9)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"@foo"',
      expr: '(fromYaml (index .Values.in 10)).Error',
      expected: 'error converting YAML to JSON: yaml: found character that cannot start any token',
    },
    {
      name: '"`foo"',
      expr: '(fromYaml (index .Values.in 11)).Error',
      expected: 'error converting YAML to JSON: yaml: found character that cannot start any token',
    },
    {
      name: '"a: *unknown"',
      expr: '(fromYaml (index .Values.in 12)).Error',
      expected: "error converting YAML to JSON: yaml: unknown anchor 'unknown' referenced",
    },
    {
      name: '"[1, 2]]"',
      expr: '(fromYaml (index .Values.in 13)).Error',
      expected:
        'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}',
    },
    {
      name: '"a: b\\n- c"',
      expr: '(fromYaml (index .Values.in 14)).Error',
      expected: 'error converting YAML to JSON: yaml: line 1: did not find expected key',
    },
    { name: '"{a: 1}}"', expr: '(fromYaml (index .Values.in 15)).Error', expected: '<nil>' },
    {
      name: '"a: |\\n  x\\n y"',
      expr: '(fromYaml (index .Values.in 16)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    {
      name: '"\\"\\\\q\\""',
      expr: '(fromYaml (index .Values.in 17)).Error',
      expected: 'error converting YAML to JSON: yaml: found unknown escape character',
    },
    {
      name: '"a: \\"\\\\x4\\""',
      expr: '(fromYaml (index .Values.in 18)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected hexdecimal number',
    },
    {
      name: '"key: [a, b]: c"',
      expr: '(fromYaml (index .Values.in 19)).Error',
      expected:
        'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    },
    {
      name: '"a:\\n- b\\n  - c"',
      expr: '(fromYaml (index .Values.in 20)).Error',
      expected: '<nil>',
    },
    {
      name: '"!<tag"',
      expr: '(fromYaml (index .Values.in 21)).Error',
      expected: "error converting YAML to JSON: yaml: did not find the expected '>'",
    },
    {
      name: '"\\"a\\" b"',
      expr: '(fromYaml (index .Values.in 22)).Error',
      expected:
        'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}',
    },
    {
      name: '"a: \\u0001"',
      expr: '(fromYaml (index .Values.in 23)).Error',
      expected: 'error converting YAML to JSON: yaml: control characters are not allowed',
    },
    {
      name: '"a: 1\\n b: 2"',
      expr: '(fromYaml (index .Values.in 24)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"a:\\n  - b\\n c"',
      expr: '(fromYaml (index .Values.in 25)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    {
      name: '"a: b\\nc"',
      expr: '(fromYaml (index .Values.in 26)).Error',
      expected: "error converting YAML to JSON: yaml: line 3: could not find expected ':'",
    },
    {
      name: '"a\\nb: c"',
      expr: '(fromYaml (index .Values.in 27)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"a: [b, c}"',
      expr: '(fromYaml (index .Values.in 28)).Error',
      expected: "error converting YAML to JSON: yaml: did not find expected ',' or ']'",
    },
    {
      name: '"a: {b, c]"',
      expr: '(fromYaml (index .Values.in 29)).Error',
      expected: "error converting YAML to JSON: yaml: did not find expected ',' or '}'",
    },
    {
      name: '"%YAML 1.1\\n%YAML 1.1\\n---\\na: 1"',
      expr: '(fromYaml (index .Values.in 30)).Error',
      expected: 'error converting YAML to JSON: yaml: line 1: found duplicate %YAML directive',
    },
    {
      name: '"%FOO\\na: 1"',
      expr: '(fromYaml (index .Values.in 31)).Error',
      expected: 'error converting YAML to JSON: yaml: found unknown directive name',
    },
    {
      name: '"a: &x\\n  b: 1\\nc: *x\\nd: &x 2"',
      expr: '(fromYaml (index .Values.in 32)).Error',
      expected: '<nil>',
    },
    {
      name: '"? |\\n  a\\n: b"',
      expr: '(fromYaml (index .Values.in 33)).Error',
      expected: '<nil>',
    },
    {
      name: '"a:\\n  b\\n  c: d"',
      expr: '(fromYaml (index .Values.in 34)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context',
    },
    {
      name: "\"x: 'a''\\n  b\"",
      expr: '(fromYaml (index .Values.in 35)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: found unexpected end of stream',
    },
    {
      name: '"- [a\\n- b"',
      expr: '(fromYaml (index .Values.in 36)).Error',
      expected: "error converting YAML to JSON: yaml: line 2: did not find expected ',' or ']'",
    },
    {
      name: '"a: >\\n\\tb"',
      expr: '(fromYaml (index .Values.in 37)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: found a tab character where an indentation space is expected',
    },
    {
      name: '"\\ta: 1"',
      expr: '(fromYaml (index .Values.in 38)).Error',
      expected: 'error converting YAML to JSON: yaml: found character that cannot start any token',
    },
    {
      name: '"a:\\n\\t- b"',
      expr: '(fromYaml (index .Values.in 39)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: found character that cannot start any token',
    },
    {
      name: '"a: \'x\' y"',
      expr: '(fromYaml (index .Values.in 40)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected key',
    },
    {
      name: '"a: \\"x\\" y"',
      expr: '(fromYaml (index .Values.in 41)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected key',
    },
    {
      name: '"a: [x] y"',
      expr: '(fromYaml (index .Values.in 42)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected key',
    },
    {
      name: '"a: !!int foo"',
      expr: '(fromYaml (index .Values.in 43)).Error',
      expected: 'error converting YAML to JSON: yaml: cannot decode !!str `foo` as a !!int',
    },
    {
      name: '"a: !!float foo"',
      expr: '(fromYaml (index .Values.in 44)).Error',
      expected: 'error converting YAML to JSON: yaml: cannot decode !!str `foo` as a !!float',
    },
    {
      name: '"a: !!bool foo"',
      expr: '(fromYaml (index .Values.in 45)).Error',
      expected: 'error converting YAML to JSON: yaml: cannot decode !!str `foo` as a !!bool',
    },
    {
      name: '"a: !!null foo"',
      expr: '(fromYaml (index .Values.in 46)).Error',
      expected: 'error converting YAML to JSON: yaml: cannot decode !!str `foo` as a !!null',
    },
    {
      name: '"a: !!binary \'%%%\'"',
      expr: '(fromYaml (index .Values.in 47)).Error',
      expected: 'error converting YAML to JSON: yaml: !!binary value contains invalid base64 data',
    },
    { name: '"a: <<"', expr: '(fromYaml (index .Values.in 48)).Error', expected: '<nil>' },
    {
      name: '"a: 1\\n---\\nb: : c"',
      expr: '(fromYaml (index .Values.in 49)).Error',
      expected: '<nil>',
    },
    {
      name: '"a: b #c\\n d"',
      expr: '(fromYaml (index .Values.in 50)).Error',
      expected: 'error converting YAML to JSON: yaml: line 1: did not find expected key',
    },
    {
      name: "\"'a': 'b': 'c'\"",
      expr: '(fromYaml (index .Values.in 51)).Error',
      expected:
        'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    },
    {
      name: '"-a: 1\\n- b"',
      expr: '(fromYaml (index .Values.in 52)).Error',
      expected: 'error converting YAML to JSON: yaml: line 1: did not find expected key',
    },
    {
      name: '"a: - b"',
      expr: '(fromYaml (index .Values.in 53)).Error',
      expected:
        'error converting YAML to JSON: yaml: block sequence entries are not allowed in this context',
    },
    { name: '"a: b\\n  - c"', expr: '(fromYaml (index .Values.in 54)).Error', expected: '<nil>' },
    {
      name: '"a:\\n- b\\nc"',
      expr: '(fromYaml (index .Values.in 55)).Error',
      expected: "error converting YAML to JSON: yaml: line 4: could not find expected ':'",
    },
    {
      name: '"[a, b\\nc: d"',
      expr: '(fromYaml (index .Values.in 56)).Error',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'",
    },
    {
      name: '"a: ,b"',
      expr: '(fromYaml (index .Values.in 57)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected node content',
    },
    {
      name: '"a: {,}"',
      expr: '(fromYaml (index .Values.in 58)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected node content',
    },
    {
      name: '"a: [,]"',
      expr: '(fromYaml (index .Values.in 59)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected node content',
    },
    { name: '"? a\\n? a\\n"', expr: '(fromYaml (index .Values.in 60)).Error', expected: '<nil>' },
    {
      name: '"a: 1\\n?"',
      expr: '(fromYaml (index .Values.in 61)).Error',
      expected:
        'error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: <nil>',
    },
    {
      name: '"a: &"',
      expr: '(fromYaml (index .Values.in 62)).Error',
      expected:
        'error converting YAML to JSON: yaml: did not find expected alphabetic or numeric character',
    },
    {
      name: '"a: *"',
      expr: '(fromYaml (index .Values.in 63)).Error',
      expected:
        'error converting YAML to JSON: yaml: did not find expected alphabetic or numeric character',
    },
    { name: '"a: !"', expr: '(fromYaml (index .Values.in 64)).Error', expected: '<nil>' },
    { name: '"a: 0x"', expr: '(fromYaml (index .Values.in 65)).Error', expected: '<nil>' },
    {
      name: '"a: \\"\\\\u12\\""',
      expr: '(fromYaml (index .Values.in 66)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected hexdecimal number',
    },
    {
      name: '"a: \\"\\\\U0001F60\\""',
      expr: '(fromYaml (index .Values.in 67)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected hexdecimal number',
    },
    {
      name: '"a: \\"ok\\"\\n\\"b\\": : c"',
      expr: '(fromYaml (index .Values.in 68)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"a:   \\n  - b\\n  c: d"',
      expr: '(fromYaml (index .Values.in 69)).Error',
      expected: "error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator",
    },
    {
      name: '"   - a\\n  - b"',
      expr: '(fromYaml (index .Values.in 70)).Error',
      expected:
        'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}',
    },
    {
      name: '"a: 1\\n  # comment\\n b: 2"',
      expr: '(fromYaml (index .Values.in 71)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    {
      name: '"a: |x\\n  y"',
      expr: '(fromYaml (index .Values.in 72)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected comment or line break',
    },
    {
      name: '"a: |-+\\n  y"',
      expr: '(fromYaml (index .Values.in 73)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected comment or line break',
    },
    {
      name: '"a: |0\\n  y"',
      expr: '(fromYaml (index .Values.in 74)).Error',
      expected: 'error converting YAML to JSON: yaml: found an indentation indicator equal to 0',
    },
    {
      name: '"a: >10\\n  y"',
      expr: '(fromYaml (index .Values.in 75)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected comment or line break',
    },
    {
      name: '"a: 1\\nb:\\n  - x\\n  -y: 2\\n   z"',
      expr: '(fromYaml (index .Values.in 76)).Error',
      expected: "error converting YAML to JSON: yaml: line 3: did not find expected '-' indicator",
    },
    {
      name: '"list:\\n- a\\n- b\\n  c: d"',
      expr: '(fromYaml (index .Values.in 77)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context',
    },
    {
      name: '"a: \\"x\\\\\\n  y\\""',
      expr: '(fromYaml (index .Values.in 78)).Error',
      expected: '<nil>',
    },
    {
      name: '"a: \'x\\n\\n  y\'"',
      expr: '(fromYaml (index .Values.in 79)).Error',
      expected: '<nil>',
    },
    {
      name: '"a: |\\n    x\\n  y: 1"',
      expr: '(fromYaml (index .Values.in 80)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    {
      name: '"a:\\n  - b: 1\\n    c: 2\\n   d: 3"',
      expr: '(fromYaml (index .Values.in 81)).Error',
      expected: "error converting YAML to JSON: yaml: line 3: did not find expected '-' indicator",
    },
    {
      name: '"a: {b: [1, {c: d}], e: f"',
      expr: '(fromYaml (index .Values.in 82)).Error',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'",
    },
    { name: '"a: [1, 2,]"', expr: '(fromYaml (index .Values.in 83)).Error', expected: '<nil>' },
    {
      name: '"a: {b: 1,, c: 2}"',
      expr: '(fromYaml (index .Values.in 84)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected node content',
    },
    {
      name: '"- a\\n -b"',
      expr: '(fromYaml (index .Values.in 85)).Error',
      expected:
        'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}',
    },
    {
      name: '"a: b\\n\\n\\n\\nc d\\ne: f"',
      expr: '(fromYaml (index .Values.in 86)).Error',
      expected: "error converting YAML to JSON: yaml: line 6: could not find expected ':'",
    },
    {
      name: '"a:\\n  b:\\n    c:\\n      d: e\\n     f: g"',
      expr: '(fromYaml (index .Values.in 87)).Error',
      expected: 'error converting YAML to JSON: yaml: line 4: did not find expected key',
    },
    {
      name: '"a: 1 # x\\nb: 2 #y\\n c"',
      expr: '(fromYaml (index .Values.in 88)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    {
      name: '"%TAG ! tag:x,\\n%TAG ! tag:y,\\n---\\na: 1"',
      expr: '(fromYaml (index .Values.in 89)).Error',
      expected: 'error converting YAML to JSON: yaml: line 1: found duplicate %TAG directive',
    },
    {
      name: '"%YAML 1.2\\n---\\na: 1"',
      expr: '(fromYaml (index .Values.in 90)).Error',
      expected: 'error converting YAML to JSON: yaml: found incompatible YAML document',
    },
    {
      name: '"%YAML 2.0\\n---\\na: 1"',
      expr: '(fromYaml (index .Values.in 91)).Error',
      expected: 'error converting YAML to JSON: yaml: found incompatible YAML document',
    },
    {
      name: '"!foo!bar a: 1"',
      expr: '(fromYaml (index .Values.in 92)).Error',
      expected: 'error converting YAML to JSON: yaml: found undefined tag handle',
    },
    {
      name: '"a: !e!x 1"',
      expr: '(fromYaml (index .Values.in 93)).Error',
      expected: 'error converting YAML to JSON: yaml: found undefined tag handle',
    },
    { name: '"---\\n--- x"', expr: '(fromYaml (index .Values.in 94)).Error', expected: '<nil>' },
    {
      name: '"...\\na: 1"',
      expr: '(fromYaml (index .Values.in 95)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find expected node content',
    },
    {
      name: '"a: 1\\n...\\nb: : c"',
      expr: '(fromYaml (index .Values.in 96)).Error',
      expected: '<nil>',
    },
    {
      name: '"? a\\n: b\\n: c"',
      expr: '(fromYaml (index .Values.in 97)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    {
      name: '"a: b: c\\n"',
      expr: '(fromYaml (index .Values.in 98)).Error',
      expected:
        'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    },
    {
      name: '"x:\\n  y: \\"unterminated\\n  z: 1"',
      expr: '(fromYaml (index .Values.in 99)).Error',
      expected: 'error converting YAML to JSON: yaml: line 3: found unexpected end of stream',
    },
    {
      name: '"foo: bar\\n\\tbaz: 1"',
      expr: '(fromYaml (index .Values.in 100)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: found a tab character that violates indentation',
    },
    {
      name: '"foo:\\n  - a\\n\\t- b"',
      expr: '(fromYaml (index .Values.in 101)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 3: found a tab character that violates indentation',
    },
    {
      name: '"a: &anc [1]\\nb: *anc\\nc: *nope"',
      expr: '(fromYaml (index .Values.in 102)).Error',
      expected: "error converting YAML to JSON: yaml: unknown anchor 'nope' referenced",
    },
    {
      name: '"a: *x\\nb: : c"',
      expr: '(fromYaml (index .Values.in 103)).Error',
      expected: "error converting YAML to JSON: yaml: unknown anchor 'x' referenced",
    },
    {
      name: '"a: 1\\r\\nb: 2\\r\\n c: 3"',
      expr: '(fromYaml (index .Values.in 104)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context',
    },
    {
      name: '"a: \\u00e9\\u00e9\\nb: c: d"',
      expr: '(fromYaml (index .Values.in 105)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"\\ud83d\\ude00: 1\\n\\ud83d\\ude00\\ud83d\\ude00: : 2"',
      expr: '(fromYaml (index .Values.in 106)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"a: >-\\n  folded\\n  text\\n b: 1"',
      expr: '(fromYaml (index .Values.in 107)).Error',
      expected: 'error converting YAML to JSON: yaml: line 3: did not find expected key',
    },
    {
      name: '"\'a\\n  b\': c"',
      expr: '(fromYaml (index .Values.in 108)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"\\"a\\nb\\": c"',
      expr: '(fromYaml (index .Values.in 109)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"[a\\n, b]: c"',
      expr: '(fromYaml (index .Values.in 110)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"{a: b}: c"',
      expr: '(fromYaml (index .Values.in 111)).Error',
      expected:
        'error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{"a":"b"}',
    },
    {
      name: '"a: [b]: c"',
      expr: '(fromYaml (index .Values.in 112)).Error',
      expected:
        'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    },
    {
      name: '"- a: b\\n  c"',
      expr: '(fromYaml (index .Values.in 113)).Error',
      expected: "error converting YAML to JSON: yaml: line 3: could not find expected ':'",
    },
    {
      name: '"- - a\\n  - b\\n - c"',
      expr: '(fromYaml (index .Values.in 114)).Error',
      expected: "error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator",
    },
    {
      name: '"a:\\n  -\\n  - b\\n c: d"',
      expr: '(fromYaml (index .Values.in 115)).Error',
      expected: 'error converting YAML to JSON: yaml: line 3: did not find expected key',
    },
    {
      name: '"key: |+\\n\\n\\nx: 1\\n  y"',
      expr: '(fromYaml (index .Values.in 116)).Error',
      expected: '<nil>',
    },
    {
      name: '"a: \\"\\\\uD800\\""',
      expr: '(fromYaml (index .Values.in 117)).Error',
      expected: 'error converting YAML to JSON: yaml: found invalid Unicode character escape code',
    },
    {
      name: '"a: \\"\\\\U00110000\\""',
      expr: '(fromYaml (index .Values.in 118)).Error',
      expected: 'error converting YAML to JSON: yaml: found invalid Unicode character escape code',
    },
    {
      name: '"a: !<x> b\\nc: !<y"',
      expr: '(fromYaml (index .Values.in 119)).Error',
      expected: "error converting YAML to JSON: yaml: line 2: did not find the expected '>'",
    },
    {
      name: '"a: !x%zz b"',
      expr: '(fromYaml (index .Values.in 120)).Error',
      expected: 'error converting YAML to JSON: yaml: did not find URI escaped octet',
    },
    {
      name: '"&a a: &b b\\n*a : c"',
      expr: '(fromYaml (index .Values.in 121)).Error',
      expected: '<nil>',
    },
    {
      name: '"? - a\\n  - b\\n: c"',
      expr: '(fromYaml (index .Values.in 122)).Error',
      expected: 'error converting YAML to JSON: yaml: invalid map key: []interface {}{"a", "b"}',
    },
    {
      name: '"a:\\n    b: 1\\n  c: 2"',
      expr: '(fromYaml (index .Values.in 123)).Error',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    { name: '"  a: 1\\nb: 2"', expr: '(fromYaml (index .Values.in 124)).Error', expected: '<nil>' },
    {
      name: '"a: 1\\n  b: 2\\n"',
      expr: '(fromYaml (index .Values.in 125)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: '"x: [a, b\\n"',
      expr: '(fromYaml (index .Values.in 126)).Error',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'",
    },
    {
      name: '"x: {a: b\\n  c: d}"',
      expr: '(fromYaml (index .Values.in 127)).Error',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'",
    },
    {
      name: "\"a: 'x'\\n  'y': z\"",
      expr: '(fromYaml (index .Values.in 128)).Error',
      expected: 'error converting YAML to JSON: yaml: line 1: did not find expected key',
    },
    {
      name: '"a: 1\\nk0: value\\nk1: value\\nk2: value\\nk3: v"\u2026 (879 characters)',
      expr: '(fromYaml (index .Values.in 129)).Error',
      expected: 'error converting YAML to JSON: yaml: control characters are not allowed',
    },
    {
      name: '"a: b: c\\nk0: value\\nk1: value\\nk2: value\\nk3"\u2026 (882 characters)',
      expr: '(fromYaml (index .Values.in 130)).Error',
      expected:
        'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    },
    {
      name: '"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\u2026 (1103 characters)',
      expr: '(fromYaml (index .Values.in 131)).Error',
      expected:
        'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    },
    {
      name: '"x: 1\\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"\u2026 (1038 characters)',
      expr: '(fromYaml (index .Values.in 132)).Error',
      expected: "error converting YAML to JSON: yaml: line 2: could not find expected ':'",
    },
    {
      name: '"a: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,"\u2026 (805 characters)',
      expr: '(fromYaml (index .Values.in 133)).Error',
      expected: 'error converting YAML to JSON: yaml: control characters are not allowed',
    },
    {
      name: '"a:\\n  b: 1\\nk0: value\\nk1: value\\nk2: value\\n"\u2026 (887 characters)',
      expr: '(fromYaml (index .Values.in 134)).Error',
      expected:
        'error converting YAML to JSON: yaml: line 83: mapping values are not allowed in this context',
    },
    {
      name: '"k0: value\\nk1: value\\nk2: value\\nk3: value\\n"\u2026 (1777 characters)',
      expr: '(fromYaml (index .Values.in 135)).Error',
      expected: 'error converting YAML to JSON: yaml: line 381: did not find expected node content',
    },
    {
      name: 'fromYamlArray "a: b: c"',
      expr: 'fromYamlArray (index .Values.in 0) | first',
      expected:
        'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    },
    {
      name: 'fromYamlArray "a:\\n\\tb: c"',
      expr: 'fromYamlArray (index .Values.in 1) | first',
      expected:
        'error converting YAML to JSON: yaml: line 2: found character that cannot start any token',
    },
    {
      name: 'fromYamlArray "a: \'unclosed"',
      expr: 'fromYamlArray (index .Values.in 2) | first',
      expected: 'error converting YAML to JSON: yaml: found unexpected end of stream',
    },
    {
      name: 'fromYamlArray "a: \\"unclosed"',
      expr: 'fromYamlArray (index .Values.in 3) | first',
      expected: 'error converting YAML to JSON: yaml: found unexpected end of stream',
    },
    {
      name: 'fromYamlArray "a: [1, 2"',
      expr: 'fromYamlArray (index .Values.in 4) | first',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'",
    },
    {
      name: 'fromYamlArray "a: {b: 1"',
      expr: 'fromYamlArray (index .Values.in 5) | first',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'",
    },
    {
      name: 'fromYamlArray "- a\\nb: c"',
      expr: 'fromYamlArray (index .Values.in 6) | first',
      expected: "error converting YAML to JSON: yaml: line 1: did not find expected '-' indicator",
    },
    {
      name: 'fromYamlArray "a: 1\\na: 2"',
      expr: 'fromYamlArray (index .Values.in 7) | first',
      expected:
        'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}',
    },
    {
      name: 'fromYamlArray "a:\\n  b: 1\\n c: 2"',
      expr: 'fromYamlArray (index .Values.in 8) | first',
      expected: 'error converting YAML to JSON: yaml: line 2: did not find expected key',
    },
    {
      name: 'fromYamlArray "key: value\\n  bad: indent"',
      expr: 'fromYamlArray (index .Values.in 9) | first',
      expected:
        'error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context',
    },
    {
      name: 'fromYamlArray "@foo"',
      expr: 'fromYamlArray (index .Values.in 10) | first',
      expected: 'error converting YAML to JSON: yaml: found character that cannot start any token',
    },
    {
      name: 'fromYamlArray "`foo"',
      expr: 'fromYamlArray (index .Values.in 11) | first',
      expected: 'error converting YAML to JSON: yaml: found character that cannot start any token',
    },
  ],
  { values: JSON.stringify({ in: JSON.parse(inputs) }) + '\n' },
);
