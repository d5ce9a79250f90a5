// Go's time.Duration in text: ParseDuration (what dateModify and durationRound accept, with Go's
// error texts and overflow rules) and Duration.String (`1h2m3.5s`, `1.5µs`), on int64
// nanoseconds as bigint. Pinned by test/render/funcs/dates.test.ts.
import { utf8Bytes } from '../go/index.js';

const units: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n, // U+00B5 micro sign
  μs: 1000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const limit = 1n << 63n;

/** The time package's quote: ASCII printable as is (`"` and `\` escaped), other bytes as \xNN. */
export function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 || c < 0x20) {
      for (const b of utf8Bytes(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else out += (ch === '"' || ch === '\\' ? '\\' : '') + ch;
  }
  return out + '"';
}

/** What ParseDuration failed with; `message` is Go's error text. */
export class DurationError extends Error {}

/** time.ParseDuration: nanoseconds, or a DurationError with Go's text. */
export function parseDuration(orig: string): bigint {
  const invalid = (): never => {
    throw new DurationError(`time: invalid duration ${timeQuote(orig)}`);
  };
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') invalid();
  let d = 0n;
  while (s !== '') {
    if (!/^[0-9.]/.test(s)) invalid();
    const int = /^[0-9]*/.exec(s)![0];
    let v = 0n;
    for (const c of int) {
      if (v > limit / 10n) invalid();
      v = v * 10n + BigInt(c.charCodeAt(0) - 48);
      if (v > limit) invalid();
    }
    s = s.slice(int.length);
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s[0] === '.') {
      const frac = /^[0-9]*/.exec(s.slice(1))![0];
      post = frac !== '';
      let overflow = false;
      for (const c of frac) {
        if (overflow) continue;
        const y = f * 10n + BigInt(c.charCodeAt(0) - 48);
        if (f > (limit - 1n) / 10n || y > limit) overflow = true;
        else [f, scale] = [y, scale * 10];
      }
      s = s.slice(1 + frac.length);
    }
    if (int === '' && !post) invalid();
    const u = /^[^0-9.]*/.exec(s)![0];
    if (u === '') throw new DurationError(`time: missing unit in duration ${timeQuote(orig)}`);
    s = s.slice(u.length);
    const unit = units[u];
    if (unit === undefined) {
      throw new DurationError(`time: unknown unit ${timeQuote(u)} in duration ${timeQuote(orig)}`);
    }
    if (v > limit / unit) invalid();
    v *= unit;
    // Go adds the fraction through float64, truncating.
    if (f > 0n) v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
    if (v > limit) invalid();
    d += v;
    if (d > limit) invalid();
  }
  if (neg) return BigInt.asIntN(64, -d);
  if (d > limit - 1n) invalid();
  return d;
}

// fmtFrac: the fraction of v / 10^prec without trailing zeros (and no point when it is zero).
function frac(v: bigint, prec: number): [string, bigint] {
  let s = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print ||= digit !== 0n;
    if (print) s = String(digit) + s;
    v /= 10n;
  }
  return [print ? `.${s}` : '', v];
}

/** Duration.String. */
export function formatDuration(d: bigint): string {
  if (d === 0n) return '0s';
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out: string;
  if (u < 1_000_000_000n) {
    const [prec, unit] = u < 1000n ? [0, 'ns'] : u < 1_000_000n ? [3, 'µs'] : [6, 'ms'];
    const [f, rest] = frac(u, prec);
    out = `${rest}${f}${unit}`;
  } else {
    const [f, secs] = frac(u, 9);
    out = `${secs % 60n}${f}s`;
    u = secs / 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}

const halfLess = (x: bigint, y: bigint): boolean =>
  BigInt.asUintN(64, x + x) < BigInt.asUintN(64, y);

/** Duration.Round(m) for m > 0, saturating at the int64 bounds. */
export function roundDuration(d: bigint, m: bigint): bigint {
  const max = (1n << 63n) - 1n;
  let r = d % m;
  if (d < 0n) {
    r = -r;
    if (halfLess(r, m)) return d + r;
    const d1 = d - m + r;
    return d1 >= -max - 1n ? d1 : -max - 1n;
  }
  if (halfLess(r, m)) return d - r;
  const d1 = d + m - r;
  return d1 <= max ? d1 : max;
}
