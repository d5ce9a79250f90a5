// Go's strconv.FormatFloat(v, fmt, prec, 64). JS's own number printing differs from Go's in
// thresholds, exponent spelling (`1e+21` vs `1e+21`, `1e-7` vs `1e-07`) and in rounding ties
// (`toFixed` rounds half away from zero on the exact value, Go rounds half to even), so digits are
// computed here: the shortest digits come from JS (both produce the shortest round-tripping digits,
// nearest to the value), fixed precision is rounded on the exact decimal expansion of the double.
// Pinned by test/render/go/fmt.test.ts (golden cases from Helm) and float.test.ts (random floats).

/** A strconv.FormatFloat format byte. */
export type FloatFormat = 'b' | 'e' | 'E' | 'f' | 'g' | 'G' | 'x' | 'X';

/** Decimal digits `d` (no leading or trailing zeros; '' for zero) with the point after `dp` digits. */
interface Digits {
  d: string;
  dp: number;
}

const mantBits = 52n;
const bias = -1023;

/** Go's strconv.FormatFloat(v, format, prec, 64); `prec < 0` asks for the shortest exact form. */
export function formatFloat(v: number, format: FloatFormat, prec: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const { neg, mant, exp } = decompose(v);
  if (format === 'b') return formatBinary(neg, mant, exp);
  if (format === 'x' || format === 'X') return formatHex(neg, mant, exp, format, prec);
  const shortest = prec < 0;
  let digs: Digits;
  if (shortest) {
    digs = shortestDigits(Math.abs(v));
    if (format === 'e' || format === 'E') prec = Math.max(digs.d.length - 1, 0);
    else if (format === 'f') prec = Math.max(digs.d.length - digs.dp, 0);
    else prec = digs.d.length;
  } else {
    digs = exactDigits(mant, exp - Number(mantBits));
    if (format === 'e' || format === 'E') digs = round(digs, prec + 1);
    else if (format === 'f') digs = round(digs, digs.dp + prec);
    else {
      if (prec === 0) prec = 1;
      digs = round(digs, prec);
    }
  }
  return formatDigits(neg, digs, prec, format, shortest);
}

function formatDigits(
  neg: boolean,
  digs: Digits,
  prec: number,
  format: 'e' | 'E' | 'f' | 'g' | 'G',
  shortest: boolean,
): string {
  if (format === 'e' || format === 'E') return fmtE(neg, digs, prec, format);
  if (format === 'f') return fmtF(neg, digs, prec);
  const nd = digs.d.length;
  // %g switches to %e when the exponent is below -4 or at least the precision; the shortest form
  // decides with precision 6, which is why 100000 prints as is and 1000000 as 1e+06.
  let eprec = prec;
  if (eprec > nd && nd >= digs.dp) eprec = nd;
  if (shortest) eprec = 6;
  const x = digs.dp - 1;
  if (x < -4 || x >= eprec) {
    return fmtE(neg, digs, Math.min(prec, nd) - 1, format === 'g' ? 'e' : 'E');
  }
  return fmtF(neg, digs, Math.max((prec > digs.dp ? nd : prec) - digs.dp, 0));
}

function fmtE(neg: boolean, digs: Digits, prec: number, e: 'e' | 'E'): string {
  let out = neg ? '-' : '';
  out += digs.d.length === 0 ? '0' : digs.d[0];
  if (prec > 0) {
    out += '.' + digs.d.slice(1, prec + 1).padEnd(prec, '0');
  }
  const x = digs.d.length === 0 ? 0 : digs.dp - 1;
  const ax = Math.abs(x);
  return `${out}${e}${x < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
}

function fmtF(neg: boolean, digs: Digits, prec: number): string {
  let out = neg ? '-' : '';
  if (digs.dp > 0) {
    out += digs.d.slice(0, digs.dp).padEnd(digs.dp, '0');
  } else {
    out += '0';
  }
  if (prec > 0) {
    let frac = '';
    for (let i = 0; i < prec; i++) {
      const j = digs.dp + i;
      frac += j >= 0 && j < digs.d.length ? digs.d[j] : '0';
    }
    out += '.' + frac;
  }
  return out;
}

// Sign, mantissa with the implicit bit, and binary exponent as strconv's genericFtoa sees them.
function decompose(v: number): { neg: boolean; mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  let exp = Number((bits >> mantBits) & 0x7ffn);
  let mant = bits & ((1n << mantBits) - 1n);
  if (exp === 0) exp++;
  else mant |= 1n << mantBits;
  return { neg, mant, exp: exp + bias };
}

function shortestDigits(a: number): Digits {
  if (a === 0) return { d: '', dp: 0 };
  const s = a.toExponential();
  const e = s.indexOf('e');
  return { d: s.slice(0, e).replace('.', ''), dp: Number(s.slice(e + 1)) + 1 };
}

// The exact decimal expansion of mant × 2^exp2.
function exactDigits(mant: bigint, exp2: number): Digits {
  if (mant === 0n) return { d: '', dp: 0 };
  let s: string;
  let dp: number;
  if (exp2 >= 0) {
    s = (mant << BigInt(exp2)).toString();
    dp = s.length;
  } else {
    s = (mant * 5n ** BigInt(-exp2)).toString();
    dp = s.length + exp2;
  }
  return { d: s.replace(/0+$/, ''), dp };
}

// Keeps `nd` digits, rounding half to even on the exact value, as strconv's decimal.Round does.
function round(digs: Digits, nd: number): Digits {
  const { d, dp } = digs;
  if (nd < 0 || nd >= d.length) return digs;
  const next = d.charCodeAt(nd) - 48;
  const halfway = next === 5 && nd + 1 === d.length;
  const up = halfway ? nd > 0 && (d.charCodeAt(nd - 1) - 48) % 2 === 1 : next >= 5;
  if (!up) return { d: d.slice(0, nd).replace(/0+$/, ''), dp };
  let i = nd - 1;
  while (i >= 0 && d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: dp + 1 };
  return { d: d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), dp };
}

function formatBinary(neg: boolean, mant: bigint, exp: number): string {
  const e = exp - Number(mantBits);
  return `${neg ? '-' : ''}${mant}p${e >= 0 ? '+' : ''}${e}`;
}

// %x: -0x1.hhhhp±dd, the mantissa normalised to a leading 1 (0x0p+00 for zero).
function formatHex(neg: boolean, mant: bigint, exp: number, format: 'x' | 'X', prec: number) {
  const one = 1n << 60n;
  if (mant === 0n) exp = 0;
  mant <<= 60n - mantBits;
  while (mant !== 0n && (mant & one) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (one - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > one >> 1n) mant++;
    mant <<= 60n - shift;
    if ((mant & (one << 1n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  let out = `${neg ? '-' : ''}0${format}${(mant >> 60n) & 1n}`;
  let frac = mant & (one - 1n);
  let hex = '';
  if (prec < 0) {
    while (frac !== 0n) {
      hex += ((frac >> 56n) & 15n).toString(16);
      frac = (frac << 4n) & (one - 1n);
    }
  } else {
    for (let i = 0; i < prec; i++) {
      hex += ((frac >> 56n) & 15n).toString(16);
      frac = (frac << 4n) & (one - 1n);
    }
  }
  if (hex !== '') out += '.' + (format === 'X' ? hex.toUpperCase() : hex);
  const ax = Math.abs(exp);
  return `${out}${format === 'X' ? 'P' : 'p'}${exp < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
}
