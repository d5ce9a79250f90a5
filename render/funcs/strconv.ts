// Go's strconv.ParseInt and ParseFloat, which spf13/cast and Sprig use to read numbers from
// strings: base prefixes (0x, 0o, 0b, and a leading 0 for octal) when the base is 0, underscores
// only where Go's syntax allows them, range errors. The results are returned as data (an error
// kind) so callers can word errors as Go does.

/** Why a parse failed, as strconv's ErrSyntax / ErrRange. */
export type ParseFailure = 'syntax' | 'range';

/** strconv.ParseInt(s, base, 64): the value, or the reason it failed. */
export function parseInt64(s: string, base: number): bigint | ParseFailure {
  if (s === '') return 'syntax';
  let body = s;
  let negative = false;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  const u = parseUint64(body, base);
  if (typeof u !== 'bigint') return u;
  const cutoff = 1n << 63n;
  if (!negative && u >= cutoff) return 'range';
  if (negative && u > cutoff) return 'range';
  return negative ? -u : u;
}

/** strconv.ParseUint(s, base, 64). */
export function parseUint64(s: string, base: number): bigint | ParseFailure {
  if (s === '') return 'syntax';
  const base0 = base === 0;
  let digits = s;
  if (base0) {
    base = 10;
    if (s[0] === '0') {
      const p = s[1]?.toLowerCase();
      if (s.length >= 3 && (p === 'b' || p === 'o' || p === 'x')) {
        base = p === 'b' ? 2 : p === 'o' ? 8 : 16;
        digits = s.slice(2);
      } else {
        base = 8;
        digits = s.slice(1);
        if (digits === '') return 0n;
      }
    }
  }
  let value = 0n;
  let sawUnderscore = false;
  const big = BigInt(base);
  for (const c of digits) {
    if (c === '_' && base0) {
      sawUnderscore = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) return 'syntax';
    value = value * big + BigInt(d);
  }
  if (sawUnderscore && !underscoreOK(s)) return 'syntax';
  return value >= 1n << 64n ? 'range' : value;
}

function digitValue(c: string): number {
  const code = c.toLowerCase().charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return 99;
}

// Go's rule: underscores only between digits (or after a base prefix), never doubled or trailing.
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let hex = false;
  const p = s[1]?.toLowerCase();
  if (s.length >= 2 && s[0] === '0' && (p === 'b' || p === 'o' || p === 'x')) {
    i = 2;
    saw = '0';
    hex = p === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const decimalFloat = /^[+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?$/;
const hexFloat = /^([+-]?)0[xX]([\da-fA-F_]*)\.?([\da-fA-F_]*)[pP]([+-]?\d[\d_]*)$/;

/** strconv.ParseFloat(s, 64): the value, or the reason it failed. */
export function parseFloat64(s: string): number | ParseFailure {
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (s.includes('_') && !underscoreOK(s)) return 'syntax';
  const plain = s.replaceAll('_', '');
  let value: number;
  if (decimalFloat.test(s)) {
    value = Number(plain);
  } else {
    const m = hexFloat.exec(plain);
    if (m === null || m[2]! + m[3]! === '') return 'syntax';
    const mantissa = BigInt(`0x${m[2]!}${m[3]!}` === '0x' ? '0' : `0x${m[2]!}${m[3]!}`);
    const exp = Number(m[4]) - 4 * m[3]!.length;
    value = Number(mantissa) * 2 ** exp;
    if (m[1] === '-') value = -value;
  }
  return Number.isFinite(value) ? value : 'range';
}
