// Integer and float math in small cases, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('math family', [
  {
    name: 'add / add1 / sub',
    expr: 'list (add 1 "2" 3.9) (add1 -1) (sub 10 3)',
    expected: '[6 0 7]',
  },
  { name: 'mul / div / mod', expr: 'list (mul 2 3 4) (div 7 2) (mod -7 3)', expected: '[24 3 -1]' },
  { name: 'int64 wraps', expr: 'add 9223372036854775807 1', expected: '-9223372036854775808' },
  {
    name: 'max / min / biggest',
    expr: 'list (max 1 5 3) (min 4 "2" 8) (biggest 1 2)',
    expected: '[5 2 2]',
  },
  { name: 'maxf / minf', expr: 'list (maxf 1 2.5) (minf 1 -2.5)', expected: '[2.5 -2.5]' },
  {
    name: 'addf / subf / mulf / divf exact decimals',
    expr: 'list (addf 0.1 0.2) (subf 1 0.9) (mulf 1.1 3) (divf 1 3)',
    expected: '[0.3 0.1 3.3 0.3333333333333333]',
  },
  { name: 'add1f', expr: 'add1f 1.5', expected: '2.5' },
  {
    name: 'ceil / floor / round',
    expr: 'list (ceil 1.2) (floor -1.2) (round 1.2345 2) (round 1.5 0 0.6)',
    expected: '[2 -2 1.23 1]',
  },
  {
    name: 'seq',
    expr: 'list (seq 3) (seq 2 4) (seq 0 2 6) (seq 5 1)',
    expected: '[1 2 3 2 3 4 0 2 4 6 5 4 3 2 1]',
  },
  { name: 'randInt in range', expr: 'lt (randInt 3 4) 4', expected: 'true' },
  { name: 'randInt, one value', expr: 'randInt -5 -4', expected: '-5' },
  {
    name: 'randInt, one value at the top of int64',
    expr: 'randInt 9223372036854775806 9223372036854775807',
    expected: '9223372036854775806',
  },
  {
    name: 'randInt beyond 2^48',
    expr: 'lt (randInt 0 1000000000000000) 1000000000000000',
    expected: 'true',
  },
  {
    name: 'until / untilStep',
    expr: 'list (until 3) (untilStep 0 10 4)',
    expected: '[[0 1 2] [0 4 8]]',
  },
]);
