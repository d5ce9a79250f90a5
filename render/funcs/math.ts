// Sprig's integer and float math. Integer functions convert every operand with cast.ToInt64 and
// compute in int64 (wrapping; division by zero panics as Go does); the …f functions go through
// shopspring/decimal (decimal.ts). Pinned by test/render/funcs/math.test.ts and the math golden chart.
import { randomBelow } from './random.js';
import type { GoValue } from '../go/index.js';
import { toFloat64, toInt64 } from './cast.js';
import * as decimal from './decimal.js';
import { def, fail, funcMap, int, int64, num, t, type FuncMap } from './func.js';
import { untilStep } from './lists.js';

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

function quotient(a: GoValue, b: GoValue, rem: boolean): bigint {
  const [x, y] = [toInt64(a), toInt64(b)];
  if (y === 0n) fail('runtime error: integer divide by zero');
  return wrap(rem ? x % y : x / y);
}

type DecimalOp = (a: decimal.Decimal, b: decimal.Decimal) => decimal.Decimal;

// Sprig's execDecimalOp: the first operand, then each of the rest, folded with `op`.
function decimalOp(first: GoValue, rest: readonly GoValue[], op: DecimalOp): number {
  let acc = decimal.fromFloat(toFloat64(first));
  for (const x of rest) acc = op(acc, decimal.fromFloat(toFloat64(x)));
  return decimal.toFloat(acc);
}

// Go's math.Max / math.Min: infinities win over NaN, NaN over numbers, +0 over -0 (max).
function goMax(a: number, b: number): number {
  if (a === Infinity || b === Infinity) return Infinity;
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  return Math.max(a, b);
}

function goMin(a: number, b: number): number {
  if (a === -Infinity || b === -Infinity) return -Infinity;
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  return Math.min(a, b);
}

function round(a: GoValue, p: GoValue, ...opt: GoValue[]): number {
  const roundOn = opt.length > 0 ? (opt[0] as number) : 0.5;
  const pow = Math.pow(10, num(p));
  const digit = pow * toFloat64(a);
  const frac = digit - Math.trunc(digit);
  return (frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)) / pow;
}

/** Sprig's seq: 1..n, start..end, or start..end by step, as a space-separated string. */
export function seq(...params: number[]): string {
  let nums: number[];
  if (params.length === 1) {
    const end = params[0]!;
    const inc = end < 1 ? -1 : 1;
    nums = untilStep(1, end + inc, inc);
  } else if (params.length === 2) {
    const [start, end] = params as [number, number];
    const step = end < start ? -1 : 1;
    nums = untilStep(start, end + step, step);
  } else if (params.length === 3) {
    const [start, step, end] = params as [number, number, number];
    const inc = end < start ? -1 : 1;
    if (end < start && step > 0) return '';
    nums = untilStep(start, end + inc, step);
  } else {
    return '';
  }
  return nums.join(' ');
}

/** The integer and float math family. */
export function mathFuncs(): FuncMap {
  const { any, int64: i64, float64: f64 } = t;
  const vari = { variadic: any };
  return funcMap([
    def('add1', [any], i64, (a) => int64(wrap(toInt64(a!) + 1n))),
    def(
      'add',
      [],
      i64,
      (...xs) => int64(xs.reduce<bigint>((s, x) => wrap(s + toInt64(x)), 0n)),
      vari,
    ),
    def('sub', [any, any], i64, (a, b) => int64(wrap(toInt64(a!) - toInt64(b!)))),
    def('div', [any, any], i64, (a, b) => int64(quotient(a!, b!, false))),
    def('mod', [any, any], i64, (a, b) => int64(quotient(a!, b!, true))),
    def(
      'mul',
      [any],
      i64,
      (a, ...xs) => int64(xs.reduce<bigint>((s, x) => wrap(s * toInt64(x)), toInt64(a!))),
      vari,
    ),
    // rand.Intn(max-min) + min, in Go's wrapping int arithmetic.
    def('randInt', [t.int, t.int], t.int, (lo, hi) => {
      const n = wrap(toInt64(hi!) - toInt64(lo!));
      if (n <= 0n) fail('invalid argument to Intn');
      return int(randomBelow(n) + toInt64(lo!));
    }),
    def('add1f', [any], f64, (a) => decimalOp(a!, [1], decimal.add)),
    def('addf', [], f64, (...xs) => decimalOp(0, xs, decimal.add), vari),
    def('subf', [any], f64, (a, ...xs) => decimalOp(a!, xs, decimal.sub), vari),
    def('divf', [any], f64, (a, ...xs) => decimalOp(a!, xs, decimal.div), vari),
    def('mulf', [any], f64, (a, ...xs) => decimalOp(a!, xs, decimal.mul), vari),
    ...['biggest', 'max'].map((name) =>
      def(
        name,
        [any],
        i64,
        (a, ...xs) => int64(xs.map(toInt64).reduce((m, x) => (x > m ? x : m), toInt64(a!))),
        vari,
      ),
    ),
    def(
      'min',
      [any],
      i64,
      (a, ...xs) => int64(xs.map(toInt64).reduce((m, x) => (x < m ? x : m), toInt64(a!))),
      vari,
    ),
    def('maxf', [any], f64, (a, ...xs) => xs.map(toFloat64).reduce(goMax, toFloat64(a!)), vari),
    def('minf', [any], f64, (a, ...xs) => xs.map(toFloat64).reduce(goMin, toFloat64(a!)), vari),
    def('ceil', [any], f64, (a) => Math.ceil(toFloat64(a!))),
    def('floor', [any], f64, (a) => Math.floor(toFloat64(a!))),
    def('round', [any, t.int], f64, round, { variadic: f64 }),
    def('seq', [], t.string, (...ps) => seq(...ps.map(num)), { variadic: t.int }),
  ]);
}
