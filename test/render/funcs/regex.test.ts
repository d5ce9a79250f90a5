// Regular expressions (RE2 syntax, Go's replacement templates) and paths in small cases, each
// checked against Helm 4 and 3.
import { expect } from 'chai';
import { GoRegexp } from '../../../render/funcs/go-regexp.js';
import { describeTable } from './support/table.js';

describeTable('regex family', [
  {
    name: 'regexMatch',
    expr: 'list (regexMatch "^a.c$" "abc") (regexMatch "(" "x")',
    expected: '[true false]',
  },
  {
    name: 'regexFind / regexFindAll',
    expr: 'list (regexFind "[0-9]+" "a12b3") (regexFindAll "[0-9]" "a12b3" -1) (regexFindAll "[0-9]" "a12b3" 2)',
    expected: '[12 [1 2 3] [1 2]]',
  },
  {
    name: 'regexReplaceAll with $1W',
    expr: 'regexReplaceAll "(a)(b)" "ab-ab" "${1}W$1W"',
    expected: 'aW-aW',
  },
  {
    name: 'regexReplaceAllLiteral',
    expr: 'regexReplaceAllLiteral "a" "banana" "$1"',
    expected: 'b$1n$1n$1',
  },
  { name: 'regexSplit', expr: 'regexSplit "[,;]" "a,b;c" -1', expected: '[a b c]' },
  {
    name: 'empty matches after a match',
    expr: 'regexReplaceAll "a*" "baaac" "-"',
    expected: '-b-c-',
  },
  { name: 'regexQuoteMeta', expr: 'regexQuoteMeta "1.5*[x]"', expected: '1\\.5\\*\\[x\\]' },
]);

describeTable('path family', [
  {
    name: 'base / dir / ext',
    expr: 'list (base "/a/b.txt") (dir "/a/b.txt") (ext "/a/b.tar.gz")',
    expected: '[b.txt /a .gz]',
  },
  {
    name: 'clean',
    expr: 'list (clean "a//b/../c/.") (clean "") (clean "/..")',
    expected: '[a/c . /]',
  },
  {
    name: 'isAbs',
    expr: 'list (isAbs "/a") (isAbs "a") (osIsAbs "/")',
    expected: '[true false true]',
  },
  {
    name: 'os variants',
    expr: 'list (osBase "a/b/") (osDir "a") (osClean "./x/") (osExt "x.y")',
    expected: '[b . x .y]',
  },
]);

describe('compiled expressions are kept', () => {
  it('returns the same compiled expression, and the same error, for a pattern seen before', () => {
    const a = GoRegexp.compile('^a(b+)$');
    expect(GoRegexp.compile('^a(b+)$')).to.equal(a);
    expect(a.allMatches('abb', -1)).to.deep.equal([[0, 3, 1, 3]]);
    expect(a.allMatches('abbb', -1)).to.deep.equal([[0, 4, 1, 4]]);
    const failure = (): unknown => GoRegexp.compile('a(b');
    expect(failure).to.throw('error parsing regexp: missing closing ): `a(b`');
    expect(failure).to.throw('error parsing regexp: missing closing ): `a(b`');
  });
});
