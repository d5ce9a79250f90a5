// The part of shopspring/decimal that Sprig's addf, subf, mulf, divf and add1f use: a float64
// read as its shortest decimal form (NewFromFloat), exact sums and products, quotients to 16
// decimal places rounded half away from zero (DivisionPrecision), and back to float64.
import { fail } from './func.js';

/** A decimal number coefficient × 10^exponent. */
export interface Decimal {
  readonly coef: bigint;
  readonly exp: number;
}

/** decimal.NewFromFloat: the shortest decimal that reads back as `f`. */
export function fromFloat(f: number): Decimal {
  if (!Number.isFinite(f))
    fail(`Cannot create a Decimal from ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(f))!;
  const frac = m[3] ?? '';
  const coef = BigInt(`${m[1]!}${m[2]!}${frac}`);
  return { coef, exp: Number(m[4] ?? 0) - frac.length };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp);
  return [a.coef * 10n ** BigInt(a.exp - exp), b.coef * 10n ** BigInt(b.exp - exp), exp];
}

/** a + b. */
export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { coef: x + y, exp };
}

/** a - b. */
export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { coef: x - y, exp };
}

/** a × b. */
export function mul(a: Decimal, b: Decimal): Decimal {
  return { coef: a.coef * b.coef, exp: a.exp + b.exp };
}

const precision = 16;

/** a ÷ b to 16 places, the last rounded half away from zero; b = 0 panics as shopspring does. */
export function div(a: Decimal, b: Decimal): Decimal {
  if (b.coef === 0n) fail('decimal division by zero');
  const shift = a.exp - b.exp + precision;
  let num = a.coef;
  let den = b.coef;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den *= 10n ** BigInt(-shift);
  let q = num / den;
  const r = num - q * den;
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  if (2n * abs(r) >= abs(den)) q += num < 0n !== den < 0n ? -1n : 1n;
  return { coef: q, exp: -precision };
}

/** Decimal.Float64: the nearest float64. */
export function toFloat(d: Decimal): number {
  return Number(`${d.coef}e${d.exp}`);
}
