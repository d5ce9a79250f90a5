// The dict family in small cases, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable(
  'dict family',
  [
    { name: 'dict with an odd count', expr: 'dict "a" 1 "b"', expected: 'map[a:1 b:]' },
    { name: 'dict keys through strval', expr: 'dict 1 2 true 3', expected: 'map[1:2 true:3]' },
    {
      name: 'get / hasKey',
      expr: 'list (get (dict "a" 1) "a") (get (dict) "x") (hasKey (dict "a" nil) "a")',
      expected: '[1  true]',
    },
    {
      name: 'set / unset mutate',
      expr: 'unset (set (dict "a" 1) "b" 2) "a"',
      expected: 'map[b:2]',
    },
    {
      name: 'keys / values',
      expr: 'list (keys (dict "a" 1) | sortAlpha) (values (dict "a" 1))',
      expected: '[[a] [1]]',
    },
    { name: 'pluck', expr: 'pluck "a" (dict "a" 1) (dict "b" 2) (dict "a" 3)', expected: '[1 3]' },
    {
      name: 'pick / omit',
      expr: 'list (pick (dict "a" 1 "b" 2) "a" "c") (omit (dict "a" 1 "b" 2) "a")',
      expected: '[map[a:1] map[b:2]]',
    },
    {
      name: 'merge keeps the destination',
      expr: 'merge (dict "a" 1 "n" (dict "x" 1)) (dict "a" 2 "b" 3 "n" (dict "y" 2))',
      expected: 'map[a:1 b:3 n:map[x:1 y:2]]',
    },
    {
      name: 'mergeOverwrite',
      expr: 'mergeOverwrite (dict "a" 1 "l" (list 1)) (dict "a" 2 "l" (list 2))',
      expected: 'map[a:2 l:[2]]',
    },
    {
      name: 'merge into .Values-like maps',
      expr: 'merge (dict) .Values',
      expected: 'map[a:map[b:1]]',
    },
    { name: 'deepCopy', expr: 'deepCopy (dict "a" (list 1))', expected: 'map[a:[1]]' },
    {
      name: 'dig',
      expr: 'list (dig "a" "b" "d" (dict "a" (dict "b" 5))) (dig "a" "x" "d" (dict "a" (dict)))',
      expected: '[5 d]',
    },
  ],
  { values: 'a:\n  b: 1\n' },
);
