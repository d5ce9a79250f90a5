// Sprig's string-list functions: split / splitn (maps keyed _0, _1, …), splitList, join,
// sortAlpha (Go's byte order; a []string argument is sorted in place, as Go's sort does),
// toStrings. Pinned by the strings golden chart.
import { compareGoStrings } from '../go/index.js';
import { isList, strslice, strval } from './cast.js';
import { def, funcMap, num, stringMap, strings, t, type FuncMap } from './func.js';

/** strings.SplitN(s, sep, n); n < 0 means all, n = 0 none; an empty sep splits into runes. */
export function splitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  let parts: string[];
  if (sep === '') {
    parts = Array.from(s);
    if (n > 0 && parts.length > n) parts = [...parts.slice(0, n - 1), parts.slice(n - 1).join('')];
    return parts;
  }
  parts = s.split(sep);
  if (n > 0 && parts.length > n) parts = [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
  return parts;
}

const keyed = (parts: readonly string[]): ReturnType<typeof stringMap> =>
  stringMap(parts.map((p, i) => [`_${i}`, p]));

/** The string-list family. */
export function stringListFuncs(): FuncMap {
  const s = t.string;
  return funcMap([
    def('split', [s, s], t.stringMap, (sep, x) => keyed(splitN(x as string, sep as string, -1))),
    def('splitn', [s, t.int, s], t.stringMap, (sep, n, x) =>
      keyed(splitN(x as string, sep as string, num(n))),
    ),
    def('splitList', [s, s], t.strings, (sep, x) =>
      strings(splitN(x as string, sep as string, -1)),
    ),
    def('join', [s, t.any], s, (sep, v) => strslice(v!).join(sep as string)),
    def('sortAlpha', [t.any], t.strings, (v) => {
      if (!isList(v!)) return strings([strval(v!)]);
      return strslice(v!).sort((a, b) => compareGoStrings(a as string, b as string));
    }),
    def('toStrings', [t.any], t.strings, (v) => strslice(v!)),
  ]);
}
