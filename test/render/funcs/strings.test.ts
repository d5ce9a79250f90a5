// The string and string-list families in small cases, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('string family', [
  { name: 'abbrev', expr: 'abbrev 5 "hello world"', expected: 'he...' },
  { name: 'abbrevboth', expr: 'abbrevboth 5 10 "1234 5678 9123"', expected: '...5678...' },
  { name: 'trunc by bytes', expr: 'trunc 3 "héllo"', expected: 'hé' },
  { name: 'trunc negative', expr: 'trunc -3 "hello"', expected: 'llo' },
  { name: 'trim', expr: 'trim "  a b \\n"', expected: 'a b' },
  { name: 'upper / lower', expr: 'list (upper "straße") (lower "ÀB")', expected: '[STRAßE àb]' },
  {
    name: 'title / untitle',
    expr: 'list (title "hello wörld-x") (untitle "Hello World")',
    expected: '[Hello Wörld-X hello world]',
  },
  { name: 'substr', expr: 'substr 1 3 "hello"', expected: 'el' },
  { name: 'repeat', expr: 'repeat 3 "ab"', expected: 'ababab' },
  {
    name: 'trimAll / trimPrefix / trimSuffix',
    expr: 'list (trimAll "$" "$5$") (trimPrefix "-" "-a-") (trimSuffix "-" "-a-")',
    expected: '[5 a- -a]',
  },
  {
    name: 'nospace / initials',
    expr: 'list (nospace " a b\\tc ") (initials "hello big world")',
    expected: '[abc hbw]',
  },
  { name: 'swapcase', expr: 'swapcase "Hello World"', expected: 'hELLO wORLD' },
  {
    name: 'snakecase / kebabcase / camelcase',
    expr: 'list (snakecase "FirstName") (kebabcase "HTTPServer") (camelcase "http_server")',
    expected: '[first_name http-server HttpServer]',
  },
  {
    name: 'wrap / wrapWith',
    expr: 'list (wrap 5 "hello world foo") (wrapWith 5 "|" "hello world")',
    expected: '[hello\nworld\nfoo hello|world]',
  },
  {
    name: 'contains / hasPrefix / hasSuffix',
    expr: 'list (contains "b" "abc") (hasPrefix "a" "abc") (hasSuffix "a" "abc")',
    expected: '[true true false]',
  },
  {
    name: 'quote / squote skip nils',
    expr: 'list (quote "a" nil 1) (squote "b" 2)',
    expected: '["a" "1" \'b\' \'2\']',
  },
  { name: 'cat', expr: 'cat "a" nil 1 (list 2)', expected: 'a 1 [2]' },
  {
    name: 'indent / nindent',
    expr: 'list (indent 2 "a\\nb") (nindent 1 "c")',
    expected: '[  a\n  b \n c]',
  },
  { name: 'replace', expr: 'replace "a" "b" "banana"', expected: 'bbnbnb' },
  {
    name: 'plural',
    expr: 'list (plural "one" "many" 1) (plural "one" "many" 2)',
    expected: '[one many]',
  },
  { name: 'shuffle keeps the runes', expr: 'len (shuffle "abcdef")', expected: '6' },
]);

describeTable('string-list family', [
  { name: 'split', expr: 'split "," "a,b,c"', expected: 'map[_0:a _1:b _2:c]' },
  { name: 'splitn', expr: 'splitn "," 2 "a,b,c"', expected: 'map[_0:a _1:b,c]' },
  { name: 'splitList', expr: 'splitList "" "héy"', expected: '[h é y]' },
  { name: 'join', expr: 'join "-" (list 1 nil "a" true)', expected: '1-a-true' },
  { name: 'sortAlpha', expr: 'sortAlpha (list "b" "B" "a" 10 9)', expected: '[10 9 B a b]' },
  { name: 'toStrings', expr: 'toStrings (list 1 nil "x")', expected: '[1 x]' },
]);
