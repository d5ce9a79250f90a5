// Sprig's string functions (strings.go and the entries of its function map that wrap Go's
// strings package and goutils). Byte-indexed where Go indexes bytes. Pinned by
// test/render/funcs/strings.test.ts and the strings golden chart.
import { sprintf, utf8Bytes } from '../go/index.js';
import { quote as goQuote } from '../go/index.js';
import type { GoValue } from '../go/index.js';
import { camelcase, kebabcase, shuffle, snakecase, swapcase, title, untitle } from './case.js';
import { strval } from './cast.js';
import { def, fail, num, t, type FuncMap, funcMap } from './func.js';
import { isSpace, mapRunes, toLower, toUpper } from './unicode.js';
import { byteAsRune, byteLength, byteSlice, sliceBoundsError } from './utf8.js';

/** strings.TrimSpace. */
export function trimSpace(s: string): string {
  const rs = Array.from(s);
  let i = 0;
  let j = rs.length;
  while (i < j && isSpace(rs[i]!.codePointAt(0)!)) i++;
  while (j > i && isSpace(rs[j - 1]!.codePointAt(0)!)) j--;
  return rs.slice(i, j).join('');
}

/** strings.Trim(s, cutset): leading and trailing runes found in cutset removed. */
export function trimCutset(s: string, cutset: string): string {
  const cut = new Set(Array.from(cutset));
  const rs = Array.from(s);
  let i = 0;
  let j = rs.length;
  while (i < j && cut.has(rs[i]!)) i++;
  while (j > i && cut.has(rs[j - 1]!)) j--;
  return rs.slice(i, j).join('');
}

/** goutils.AbbreviateFull(str, offset, maxWidth), errors read as the original string. */
export function abbreviateFull(str: string, offset: number, maxWidth: number): string {
  const len = byteLength(str);
  // goutils returns an error (which Sprig drops, leaving "") for widths below 4.
  if (str === '' || maxWidth < 4) return '';
  if (len <= maxWidth) return str;
  if (offset > len) offset = len;
  if (len - offset < maxWidth - 3) offset = len - (maxWidth - 3);
  if (offset <= 4) return byteSlice(str, 0, maxWidth - 3) + '...';
  if (maxWidth < 7) return '';
  if (offset + maxWidth - 3 < len) {
    return '...' + abbreviateFull(byteSlice(str, offset), 0, maxWidth - 3);
  }
  return '...' + byteSlice(str, len - (maxWidth - 3));
}

/** goutils.WrapCustom: wraps at `width` bytes on spaces. */
export function wrapCustom(str: string, width: number, newline: string, wrapLong: boolean): string {
  if (str === '') return '';
  if (newline === '') newline = '\n';
  if (width < 1) width = 1;
  const b = utf8Bytes(str);
  const len = b.length;
  const cut = (from: number, to?: number): string => byteSlice(str, from, to);
  let offset = 0;
  let out = '';
  while (len - offset > width) {
    if (b[offset] === 0x20) {
      offset++;
      continue;
    }
    const end = Math.min(width + offset + 1, len);
    const space = b.subarray(offset, end).lastIndexOf(0x20);
    if (space >= 0) {
      out += cut(offset, offset + space) + newline;
      offset += space + 1;
    } else if (wrapLong) {
      out += cut(offset, offset + width) + newline;
      offset += width;
    } else {
      const next = b.indexOf(0x20, width + offset);
      if (next < 0) {
        out += cut(offset);
        offset = len;
      } else {
        out += cut(offset, next) + newline;
        offset = next + 1;
      }
    }
  }
  return out + cut(offset);
}

// goutils reads strings byte by byte and writes each byte back as a rune (Latin-1 for non-ASCII).
function byteRunes(s: string, keep: (b: number, gap: boolean) => 'keep' | 'gap' | 'skip'): string {
  let out = '';
  let gap = true;
  for (const b of utf8Bytes(s)) {
    const what = keep(b, gap);
    gap = what === 'gap';
    if (what === 'keep') out += byteAsRune(b);
  }
  return out;
}

function initials(s: string): string {
  let out = '';
  let gap = true;
  for (const b of utf8Bytes(s)) {
    if (isSpace(b)) gap = true;
    else if (gap) {
      out += byteAsRune(b);
      gap = false;
    }
  }
  return out;
}

function nospace(s: string): string {
  if (s === '') return s;
  const kept = byteRunes(s, (b) => (isSpace(b) ? 'skip' : 'keep'));
  return kept.length === byteLength(s) ? s : kept;
}

function trunc(c: number, s: string): string {
  const len = byteLength(s);
  if (c < 0 && len + c > 0) return byteSlice(s, len + c);
  if (c >= 0 && len > c) return byteSlice(s, 0, c);
  return s;
}

function substring(start: number, end: number, s: string): string {
  const len = byteLength(s);
  if (start < 0) {
    const err = sliceBoundsError(0, end, len);
    return err === undefined ? byteSlice(s, 0, end) : fail(err);
  }
  const hi = end < 0 || end > len ? len : end;
  const err = sliceBoundsError(start, hi, len);
  return err === undefined ? byteSlice(s, start, hi) : fail(err);
}

function indent(spaces: number, v: string): string {
  const pad = spaces > 0 ? ' '.repeat(spaces) : '';
  return pad + v.replaceAll('\n', '\n' + pad);
}

function repeat(count: number, s: string): string {
  if (count < 0) fail('strings: negative Repeat count');
  return s.repeat(count);
}

// Sprig's quote and squote: each non-nil argument quoted, joined by spaces. A plain indexed
// loop, and quoting functions made once: `quote` runs for most values a chart prints, mostly
// before V8 has optimized it.
function quoteAll(args: GoValue[], one: (v: GoValue) => string): string {
  let out = '';
  let first = true;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!;
    if (v === null) continue;
    out += first ? one(v) : ' ' + one(v);
    first = false;
  }
  return out;
}

const doubleQuoted = (v: GoValue): string => goQuote(strval(v));
const singleQuoted = (v: GoValue): string => sprintf("'%v'", [v]);

const s = t.string;
const i = t.int;

/** The string family. */
export function stringFuncs(): FuncMap {
  return funcMap([
    def('abbrev', [i, s], s, (w, x) =>
      num(w) < 4 ? (x as string) : abbreviateFull(x as string, 0, num(w)),
    ),
    def('abbrevboth', [i, i, s], s, (l, r, x) => {
      const [left, right] = [num(l), num(r)];
      if (right < 4 || (left > 0 && right < 7)) return x as string;
      return abbreviateFull(x as string, left, right);
    }),
    def('trunc', [i, s], s, (c, x) => trunc(num(c), x as string)),
    def('trim', [s], s, (x) => trimSpace(x as string)),
    def('upper', [s], s, (x) => mapRunes(x as string, toUpper)),
    def('lower', [s], s, (x) => mapRunes(x as string, toLower)),
    def('title', [s], s, (x) => title(x as string)),
    def('untitle', [s], s, (x) => untitle(x as string)),
    def('substr', [i, i, s], s, (a, b, x) => substring(num(a), num(b), x as string)),
    def('repeat', [i, s], s, (c, x) => repeat(num(c), x as string)),
    def('trimall', [s, s], s, (a, b) => trimCutset(b as string, a as string)),
    def('trimAll', [s, s], s, (a, b) => trimCutset(b as string, a as string)),
    def('trimSuffix', [s, s], s, (a, b) => {
      const [suf, x] = [a as string, b as string];
      return suf !== '' && x.endsWith(suf) ? x.slice(0, x.length - suf.length) : x;
    }),
    def('trimPrefix', [s, s], s, (a, b) => {
      const [pre, x] = [a as string, b as string];
      return x.startsWith(pre) ? x.slice(pre.length) : x;
    }),
    def('nospace', [s], s, (x) => nospace(x as string)),
    def('initials', [s], s, (x) => initials(x as string)),
    def('swapcase', [s], s, (x) => swapcase(x as string)),
    def('shuffle', [s], s, (x) => shuffle(x as string)),
    def('snakecase', [s], s, (x) => snakecase(x as string)),
    def('camelcase', [s], s, (x) => camelcase(x as string)),
    def('kebabcase', [s], s, (x) => kebabcase(x as string)),
    def('wrap', [i, s], s, (l, x) => wrapCustom(x as string, num(l), '', false)),
    def('wrapWith', [i, s, s], s, (l, sep, x) =>
      wrapCustom(x as string, num(l), sep as string, true),
    ),
    def('contains', [s, s], t.bool, (a, b) => (b as string).includes(a as string)),
    def('hasPrefix', [s, s], t.bool, (a, b) => (b as string).startsWith(a as string)),
    def('hasSuffix', [s, s], t.bool, (a, b) => (b as string).endsWith(a as string)),
    def(
      'quote',
      [],
      s,
      // One argument, nearly always: quoted without the loop.
      (...a) =>
        a.length !== 1 ? quoteAll(a, doubleQuoted) : a[0] === null ? '' : doubleQuoted(a[0]!),
      { variadic: t.any },
    ),
    def('squote', [], s, (...a) => quoteAll(a, singleQuoted), { variadic: t.any }),
    def(
      'cat',
      [],
      s,
      (...a) => {
        const kept = a.filter((v) => v !== null);
        return sprintf(Array(kept.length).fill('%v').join(' '), kept);
      },
      { variadic: t.any },
    ),
    def('indent', [i, s], s, (n, x) => indent(num(n), x as string)),
    def('nindent', [i, s], s, (n, x) => '\n' + indent(num(n), x as string)),
    def('replace', [s, s, s], s, (o, n, x) => replaceAll(x as string, o as string, n as string)),
    def('plural', [s, s, i], s, (one, many, c) => (num(c) === 1 ? one : many)),
    // Sprig's greeting, still in its function map and so in Helm's.
    def('hello', [], s, () => 'Hello!'),
  ]);
}

/** strings.Replace(s, old, new, -1); an empty `old` matches before every rune and at the end. */
export function replaceAll(s: string, old: string, repl: string): string {
  if (old !== '') return s.split(old).join(repl);
  return (
    repl +
    Array.from(s)
      .map((c) => c + repl)
      .join('')
  );
}
