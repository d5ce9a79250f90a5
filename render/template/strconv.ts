// The parts of Go's strconv that the template parser relies on: integers with base prefixes and
// digit-separating underscores (`ParseInt(s, 0, 64)`), floats (`ParseFloat(s, 64)`), and the
// unquoting of string and character literals. Each returns undefined where Go returns an error.
import { goString } from '../go/index.js';

const maxInt64 = (1n << 63n) - 1n;
const maxUint64 = (1n << 64n) - 1n;

/** Go's `strconv.ParseUint(s, 0, 64)`. */
export function parseUint(s: string): bigint | undefined {
  if (s === '' || s[0] === '+' || s[0] === '-') return undefined;
  const v = parseMagnitude(s);
  return v !== undefined && v <= maxUint64 ? v : undefined;
}

/** Go's `strconv.ParseInt(s, 0, 64)`. */
export function parseInt64(s: string): bigint | undefined {
  const negative = s[0] === '-';
  const body = s[0] === '+' || s[0] === '-' ? s.slice(1) : s;
  if (body === '') return undefined;
  const v = parseMagnitude(body);
  if (v === undefined) return undefined;
  if (negative) return v <= maxInt64 + 1n ? -v : undefined;
  return v <= maxInt64 ? v : undefined;
}

// An unsigned literal with Go's base prefixes (0x, 0o, 0b, and a bare leading 0 for octal).
function parseMagnitude(s: string): bigint | undefined {
  if (s.includes('_') && !underscoreOK(s)) return undefined;
  let digits = s.replaceAll('_', '');
  let base = 10;
  const p = digits.slice(0, 2).toLowerCase();
  if (p === '0x' || p === '0o' || p === '0b') {
    base = p === '0x' ? 16 : p === '0o' ? 8 : 2;
    digits = digits.slice(2);
  } else if (digits.length > 1 && digits[0] === '0') {
    base = 8;
    digits = digits.slice(1);
  }
  const valid =
    base === 16 ? /^[0-9a-f]+$/i : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return undefined;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  return BigInt(prefix + digits);
}

/** Go's rule for `_` in literals: only between digits, or between a base prefix and a digit. */
function underscoreOK(literal: string): boolean {
  let s = literal;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
    } else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/** Go's `strconv.ParseFloat(s, 64)` for the literal forms the lexer lets through; overflow fails. */
export function parseFloat64(s: string): number | undefined {
  if (s.includes('_') && !underscoreOK(s)) return undefined;
  const t = s.replaceAll('_', '');
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(t);
  let v: number;
  if (hex !== null) {
    const [, sign, int = '', frac = '', exp = '0'] = hex;
    if (int === '' && frac === '') return undefined;
    const mantissa = Number(BigInt(`0x${int}${frac}`));
    v = mantissa * 2 ** (Number(exp) - 4 * frac.length);
    if (sign === '-') v = -v;
  } else if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(t)) {
    v = Number(t);
  } else {
    return undefined;
  }
  return Number.isFinite(v) ? v : undefined;
}

const simpleEscapes: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 0x5c,
  "'": 0x27,
  '"': 0x22,
};

/** One character or escape of a quoted literal: the code point (or byte), its form, and the rest. */
interface UnquotedChar {
  readonly value: number;
  /** A `\x` or octal escape: one byte rather than a code point. */
  readonly isByte: boolean;
  readonly tail: string;
}

/** Go's `strconv.UnquoteChar`; undefined for invalid syntax. */
export function unquoteChar(s: string, quote: string): UnquotedChar | undefined {
  const c = s.codePointAt(0);
  if (c === undefined) return undefined;
  if (s[0] === quote && (quote === "'" || quote === '"')) return undefined;
  if (s[0] !== '\\') {
    return { value: c, isByte: false, tail: s.slice(c > 0xffff ? 2 : 1) };
  }
  const e = s[1];
  if (e === undefined) return undefined;
  if (e in simpleEscapes) {
    if ((e === "'" || e === '"') && e !== quote) return undefined;
    return { value: simpleEscapes[e]!, isByte: false, tail: s.slice(2) };
  }
  const widths: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
  const width = widths[e];
  if (width !== undefined) {
    const hex = s.slice(2, 2 + width);
    if (hex.length < width || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
    const value = parseInt(hex, 16);
    if (e !== 'x' && (value > 0x10ffff || (value >= 0xd800 && value < 0xe000))) return undefined;
    return { value, isByte: e === 'x', tail: s.slice(2 + width) };
  }
  if (e >= '0' && e <= '7') {
    const oct = s.slice(1, 4);
    if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return undefined;
    return { value: parseInt(oct, 8), isByte: true, tail: s.slice(4) };
  }
  return undefined;
}

/** Go's `strconv.Unquote` for "…" and `…` literals; byte escapes are decoded as UTF-8. */
export function unquote(s: string): string | undefined {
  const quote = s[0];
  if (s.length < 2 || s[s.length - 1] !== quote) return undefined;
  const body = s.slice(1, -1);
  if (quote === '`') {
    return body.includes('`') ? undefined : body.replaceAll('\r', '');
  }
  if (quote !== '"') return undefined;
  if (!body.includes('\\') && !body.includes('"') && !body.includes('\n')) return body;
  const bytes: number[] = [];
  let out = '';
  let rest = body;
  while (rest.length > 0) {
    if (rest[0] === '\n') return undefined;
    const ch = unquoteChar(rest, '"');
    if (ch === undefined) return undefined;
    if (ch.isByte) {
      bytes.push(ch.value);
    } else {
      out += flushBytes(bytes) + String.fromCodePoint(ch.value);
    }
    rest = ch.tail;
  }
  return out + flushBytes(bytes);
}

// Go strings are bytes; a run of \x or octal escapes is read back as a Go string (raw bytes
// kept, render/go/strings.ts).
function flushBytes(bytes: number[]): string {
  if (bytes.length === 0) return '';
  const text = goString(new Uint8Array(bytes));
  bytes.length = 0;
  return text;
}
