// The list family in small cases, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('list family', [
  { name: 'list / tuple', expr: 'list (list 1 "a") (tuple)', expected: '[[1 a] []]' },
  {
    name: 'append / prepend',
    expr: 'list (append (list 1) 2) (prepend (list 1) 0)',
    expected: '[[1 2] [0 1]]',
  },
  {
    name: 'first / last / rest / initial',
    expr: 'list (first (list 1 2 3)) (last (list 1 2 3)) (rest (list 1 2 3)) (initial (list 1 2 3))',
    expected: '[1 3 [2 3] [1 2]]',
  },
  { name: 'first of empty', expr: 'first (list)', expected: '<nil>' },
  {
    name: 'reverse / compact / uniq',
    expr: 'list (reverse (list 1 2)) (compact (list 0 "" 1 nil "a")) (uniq (list 1 1 "1" 2))',
    expected: '[[2 1] [1 a] [1 1 2]]',
  },
  {
    name: 'without / has',
    expr: 'list (without (list 1 2 3 2) 2) (has 2 (list 1 2)) (has "2" (list 1 2))',
    expected: '[[1 3] true false]',
  },
  {
    name: 'slice',
    expr: 'list (slice (list 1 2 3 4) 1 3) (slice (list 1 2 3) 1)',
    expected: '[[2 3] [2 3]]',
  },
  {
    name: 'concat',
    expr: 'concat (list 1) (list 2 3) (splitList "," "a,b")',
    expected: '[1 2 3 a b]',
  },
  { name: 'chunk', expr: 'chunk 2 (list 1 2 3 4 5)', expected: '[[1 2] [3 4] [5]]' },
  { name: 'typed slices keep working', expr: 'first (splitList "," "x,y")', expected: 'x' },
  { name: 'mustFirst', expr: 'mustFirst (list 7)', expected: '7' },
]);
