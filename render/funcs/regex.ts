// Sprig's regex.go. The plain names compile with MustCompile, whose panic reads
// "regexp: Compile(`…`): error parsing regexp: …"; the must… names return the compile error;
// regexMatch swallows it (false). Pinned by the regex golden chart.
import { def, fail, funcMap, num, strings, t, type FuncMap } from './func.js';
import { GoRegexp, compileQuote, quoteMeta } from './go-regexp.js';
import { nilOf, type GoValue } from '../go/index.js';

function compile(expr: string, must: boolean): GoRegexp {
  try {
    return GoRegexp.compile(expr);
  } catch (e) {
    const msg = (e as Error).message;
    return fail(must ? msg : `regexp: Compile(${compileQuote(expr)}): ${msg}`);
  }
}

const stringsOrNil = (items: string[] | null): GoValue =>
  items === null ? nilOf(t.strings) : strings(items);

/** The regex family. */
export function regexFuncs(): FuncMap {
  const s = t.string;
  const both = (
    name: string,
    params: Parameters<typeof def>[1],
    result: Parameters<typeof def>[2],
    impl: (re: GoRegexp, ...rest: GoValue[]) => GoValue,
  ) =>
    [false, true].map((must) =>
      def(
        must ? `must${name[0]!.toUpperCase()}${name.slice(1)}` : name,
        params,
        result,
        (expr, ...rest) => impl(compile(expr as string, must), ...rest),
        { returnsError: must },
      ),
    );
  return funcMap([
    def('regexMatch', [s, s], t.bool, (expr, x) => {
      try {
        return GoRegexp.compile(expr as string).test(x as string);
      } catch {
        return false;
      }
    }),
    def(
      'mustRegexMatch',
      [s, s],
      t.bool,
      (expr, x) => compile(expr as string, true).test(x as string),
      {
        returnsError: true,
      },
    ),
    ...both('regexFindAll', [s, s, t.int], t.strings, (re, x, n) => {
      const ms = re.allMatches(x as string, num(n));
      return stringsOrNil(
        num(n) === 0 || ms.length === 0 ? null : ms.map((m) => (x as string).slice(m[0], m[1])),
      );
    }),
    ...both('regexFind', [s, s], s, (re, x) => {
      const m = re.allMatches(x as string, 1)[0];
      return m === undefined ? '' : (x as string).slice(m[0], m[1]);
    }),
    ...both('regexReplaceAll', [s, s, s], s, (re, x, r) =>
      re.replaceAll(x as string, r as string, true),
    ),
    ...both('regexReplaceAllLiteral', [s, s, s], s, (re, x, r) =>
      re.replaceAll(x as string, r as string, false),
    ),
    ...both('regexSplit', [s, s, t.int], t.strings, (re, x, n) =>
      stringsOrNil(re.split(x as string, num(n))),
    ),
    def('regexQuoteMeta', [s], s, (x) => quoteMeta(x as string)),
  ]);
}
