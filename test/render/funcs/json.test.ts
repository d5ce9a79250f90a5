// The JSON functions in small cases, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('json family', [
  {
    name: 'toJson escapes HTML',
    expr: 'toJson (dict "a" "<b>&" "n" nil)',
    expected: '{"a":"\\u003cb\\u003e\\u0026","n":null}',
  },
  { name: 'toRawJson does not', expr: 'toRawJson (list "<b>")', expected: '["<b>"]' },
  {
    name: 'toPrettyJson',
    expr: 'toPrettyJson (dict "a" (list 1))',
    expected: '{\n  "a": [\n    1\n  ]\n}',
  },
  {
    name: 'floats in Go form',
    expr: 'toJson (list 1e21 0.000001 1e-7 100.0)',
    expected: '[1e+21,0.000001,1e-7,100]',
  },
  { name: 'NaN swallowed', expr: 'toJson (float64 "NaN")', expected: '' },
  { name: 'fromJson', expr: 'fromJson "{\\"a\\":[1,\\"x\\"]}"', expected: 'map[a:[1 x]]' },
  {
    name: 'fromJson error',
    expr: 'fromJson "{"',
    expected: 'map[Error:unexpected end of JSON input]',
  },
  { name: 'fromJsonArray', expr: 'fromJsonArray "[1,{}]"', expected: '[1 map[]]' },
  { name: 'mustFromJson of a scalar', expr: 'mustFromJson "\\"s\\""', expected: 's' },
  { name: 'mustToJson', expr: 'mustToJson (list 1)', expected: '[1]' },
]);
