// Type conversion and reflection in small cases, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('conversion family', [
  {
    name: 'atoi',
    expr: 'list (atoi "42") (atoi "x") (atoi "99999999999999999999")',
    expected: '[42 0 9223372036854775807]',
  },
  {
    name: 'int / int64',
    expr: 'list (int "0x10") (int 3.9) (int64 "1.00") (int true)',
    expected: '[16 3 1 1]',
  },
  {
    name: 'float64',
    expr: 'list (float64 "1.5") (float64 2) (float64 "x")',
    expected: '[1.5 2 0]',
  },
  {
    name: 'toString',
    expr: 'list (toString 1) (toString 1.5) (toString nil) (toString (list 1))',
    expected: '[1 1.5 <nil> [1]]',
  },
  {
    name: 'toDecimal',
    expr: 'list (toDecimal "777") (toDecimal 10) (toDecimal "9")',
    expected: '[511 8 0]',
  },
  {
    name: 'types of results',
    expr: 'list (typeOf (atoi "1")) (typeOf (int64 1)) (typeOf (float64 1)) (typeOf (toStrings (list 1)))',
    expected: '[int int64 float64 []string]',
  },
]);

describeTable(
  'reflection family',
  [
    {
      name: 'typeOf',
      expr: 'list (typeOf 1) (typeOf 1.5) (typeOf "") (typeOf nil) (typeOf (list)) (typeOf (dict))',
      expected: '[int float64 string <nil> []interface {} map[string]interface {}]',
    },
    {
      name: 'kindOf',
      expr: 'list (kindOf 1) (kindOf (list)) (kindOf (dict)) (kindOf nil)',
      expected: '[int slice map invalid]',
    },
    {
      name: 'typeIs / kindIs',
      expr: 'list (typeIs "int" 1) (kindIs "map" .Values) (typeIsLike "float64" 1.5)',
      expected: '[true true true]',
    },
    { name: 'typeOf .Values', expr: 'typeOf .Values', expected: 'chartutil.Values', majors: [3] },
    {
      name: 'typeOf .Values (Helm 4)',
      expr: 'typeOf .Values',
      expected: 'common.Values',
      majors: [4],
    },
    {
      name: 'deepEqual',
      expr: 'list (deepEqual (list 1) (list 1)) (deepEqual 1 1.0) (deepEqual (dict) (dict))',
      expected: '[true false true]',
    },
  ],
  { values: 'a: 1\n' },
);
