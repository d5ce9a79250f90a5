// default, empty, coalesce, all, any and ternary in small cases, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('defaults family', [
  {
    name: 'default on empty values',
    expr: 'list (default "d" "") (default "d" 0) (default "d" false) (default "d" (list)) (default "d" nil)',
    expected: '[d d d d d]',
  },
  {
    name: 'default keeps a value',
    expr: 'list (default "d" "x") (default "d" 1) (default "d" (dict "a" 1))',
    expected: '[x 1 map[a:1]]',
  },
  { name: 'default without the value', expr: 'default "d"', expected: 'd' },
  {
    name: 'empty',
    expr: 'list (empty "") (empty 0.0) (empty (dict)) (empty "0") (empty .Values)',
    expected: '[true true true false true]',
  },
  { name: 'coalesce', expr: 'coalesce nil "" 0 "x" "y"', expected: 'x' },
  { name: 'coalesce of nothing', expr: 'coalesce nil ""', expected: '<nil>' },
  {
    name: 'all / any',
    expr: 'list (all 1 "a" true) (all 1 "") (any 0 "" nil) (any 0 "x")',
    expected: '[true false false true]',
  },
  {
    name: 'ternary',
    expr: 'list (ternary "y" "n" true) (ternary "y" "n" false)',
    expected: '[y n]',
  },
]);
