/**
 * cel-go's strings extension at version 2, which the API server enables since 1.29: charAt,
 * indexOf, lastIndexOf, lowerAscii, upperAscii, replace, split, substring, trim, join, format and
 * strings.quote. Indices count Unicode code points, as in Go, not UTF-16 units as in cel-js.
 */
import { evalError, overrideMethod, type CelEnvironment } from './registry.js';
import { formatString } from './string-format.js';

const SURROGATE = /[\uD800-\uDFFF]/;

/** The code points of `s` (a plain copy of `s` split by unit when it has no surrogates). */
function codePoints(s: string): string[] {
  return SURROGATE.test(s) ? Array.from(s) : s.split('');
}

function cpLength(s: string): number {
  return SURROGATE.test(s) ? Array.from(s).length : s.length;
}

/** Code-point index of the UTF-16 offset `unit` in `s`. */
function cpIndex(s: string, unit: number): number {
  if (unit < 0 || !SURROGATE.test(s)) return unit;
  return Array.from(s.slice(0, unit)).length;
}

/** UTF-16 offset of the code-point index `cp` in `s`. */
function unitIndex(s: string, cp: number): number {
  if (!SURROGATE.test(s)) return cp;
  return codePoints(s).slice(0, cp).join('').length;
}

function checkRange(what: string, i: bigint, size: number): number {
  if (i < 0n || i > BigInt(size)) throw evalError(`${what}: index out of range: ${i}`);
  return Number(i);
}

// Go's unicode.IsSpace: JavaScript's \s adds U+FEFF and lacks U+0085.
const SPACE =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'g');

function asciiCase(s: string, upper: boolean): string {
  return s.replace(upper ? /[a-z]+/g : /[A-Z]+/g, (m) =>
    upper ? m.toUpperCase() : m.toLowerCase(),
  );
}

function replaceN(s: string, from: string, to: string, n: bigint): string {
  if (n === 0n) return s;
  const limit = n < 0n ? Infinity : Number(n);
  // Go inserts `to` around every code point when `from` is empty.
  const parts = from === '' ? ['', ...codePoints(s), ''] : s.split(from);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) out += (i <= limit ? to : from) + parts[i];
  return out;
}

function splitN(s: string, sep: string, n: bigint): string[] {
  if (n === 0n) return [];
  const all = sep === '' ? codePoints(s) : s.split(sep);
  if (n < 0n || all.length <= Number(n)) return all;
  const head = all.slice(0, Number(n) - 1);
  head.push(all.slice(Number(n) - 1).join(sep));
  return head;
}

function indexOf(s: string, sub: string, from: bigint): bigint {
  const start = checkRange('indexOf', from, cpLength(s));
  if (sub === '') return BigInt(start);
  return BigInt(cpIndex(s, s.indexOf(sub, unitIndex(s, start))));
}

function lastIndexOf(s: string, sub: string, last: bigint): bigint {
  const end = checkRange('lastIndexOf', last, cpLength(s));
  if (sub === '') return BigInt(end);
  return BigInt(cpIndex(s, s.lastIndexOf(sub, unitIndex(s, end))));
}

function substring(s: string, start: bigint, end: bigint): string {
  const cps = codePoints(s);
  const b = checkRange('substring', start, cps.length);
  const e = checkRange('substring', end, cps.length);
  if (e < b) throw evalError(`substring: invalid range: start ${b} > end ${e}`);
  return cps.slice(b, e).join('');
}

/** strings.quote: a double-quoted CEL string literal of `s`. */
export function quote(s: string): string {
  const escapes: Readonly<Record<string, string>> = {
    '\u0007': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '\\': '\\\\',
    '"': '\\"',
  };
  return `"${s.replace(LONE_SURROGATE, '\uFFFD').replace(/[\u0007\b\f\n\r\t\v\\"]/g, (c) => escapes[c] ?? c)}"`;
}

// Lone surrogates stand for the invalid UTF-8 that Go replaces with U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

class StringsNamespace {}

/** Registers the strings extension. */
export function registerStrings(env: CelEnvironment): void {
  const s = 'string';
  env.registerFunction('string.charAt(int): string', (str: string, i: bigint) => {
    const cps = codePoints(str);
    return cps[checkRange('charAt', i, cps.length)] ?? '';
  });
  overrideMethod(env, s, 'indexOf', 'string', 'int', (a: string, b: string) => indexOf(a, b, 0n));
  overrideMethod(env, s, 'indexOf', 'string, int', 'int', indexOf);
  overrideMethod(env, s, 'lastIndexOf', 'string', 'int', (a: string, b: string) =>
    lastIndexOf(a, b, BigInt(cpLength(a))),
  );
  overrideMethod(env, s, 'lastIndexOf', 'string, int', 'int', lastIndexOf);
  overrideMethod(env, s, 'lowerAscii', '', 'string', (a: string) => asciiCase(a, false));
  overrideMethod(env, s, 'upperAscii', '', 'string', (a: string) => asciiCase(a, true));
  overrideMethod(env, s, 'trim', '', 'string', (a: string) => a.replace(TRIM, ''));
  overrideMethod(env, s, 'substring', 'int', 'string', (a: string, b: bigint) =>
    substring(a, b, BigInt(cpLength(a))),
  );
  overrideMethod(env, s, 'substring', 'int, int', 'string', substring);
  overrideMethod(env, s, 'split', 'string', 'list<string>', (a: string, b: string) =>
    splitN(a, b, -1n),
  );
  overrideMethod(env, s, 'split', 'string, int', 'list<string>', splitN);
  env.registerFunction(
    'string.replace(string, string): string',
    (a: string, b: string, c: string) => replaceN(a, b, c, -1n),
  );
  env.registerFunction('string.replace(string, string, int): string', replaceN);
  env.registerFunction('string.format(list<dyn>): string', formatString);
  env.registerType('StringsNamespace', StringsNamespace);
  env.registerConstant('strings', 'StringsNamespace', new StringsNamespace());
  env.registerFunction('StringsNamespace.quote(string): string', (_: unknown, a: string) =>
    quote(a),
  );
}
