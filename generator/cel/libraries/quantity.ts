/**
 * The Kubernetes quantity library (k8s.io/apiserver/pkg/cel/library/quantity.go): quantity(),
 * isQuantity(), sign, isInteger, asInteger, asApproximateFloat, add, sub, isLessThan,
 * isGreaterThan, compareTo, and equality by value (`quantity('1Gi') == quantity('1024Mi')`).
 * Values are exact: a bigint over a power of ten, so `0.1Ki` is 102.4 exactly.
 */
import { evalError, type CelEnvironment } from './registry.js';

const QUANTITY =
  /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;
const BINARY: Readonly<Record<string, number>> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const MAX_INT = 2n ** 63n - 1n;

/** A resource quantity: `num / 10^scale`. */
export class Quantity {
  constructor(
    readonly num: bigint,
    readonly scale: number,
    private readonly text: string,
  ) {}

  /** Parses Kubernetes quantity syntax (`500m`, `1.5Gi`, `1e3`), or `undefined`. */
  static parse(s: string): Quantity | undefined {
    const m = QUANTITY.exec(s);
    if (!m || m[2] === undefined) return undefined;
    const [int = '', frac = ''] = m[2].split('.');
    let num = BigInt((int || '0') + frac);
    let scale = frac.length;
    const suffix = m[3];
    const exp = suffix !== undefined ? (DECIMAL[suffix] ?? 0) : Number(m[4] ?? 0);
    if (suffix !== undefined && BINARY[suffix] !== undefined)
      num *= 1024n ** BigInt(BINARY[suffix]);
    else if (exp >= 0) num *= 10n ** BigInt(exp);
    else scale -= exp;
    if (m[1] === '-') num = -num;
    return new Quantity(num, scale, s);
  }

  /** Both values over the same power of ten. */
  private align(o: Quantity): [bigint, bigint, number] {
    const scale = Math.max(this.scale, o.scale);
    return [
      this.num * 10n ** BigInt(scale - this.scale),
      o.num * 10n ** BigInt(scale - o.scale),
      scale,
    ];
  }

  compare(o: Quantity): number {
    const [a, b] = this.align(o);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(o: unknown): boolean {
    return o instanceof Quantity && this.compare(o) === 0;
  }

  plus(o: Quantity, sign: bigint): Quantity {
    const [a, b, scale] = this.align(o);
    return new Quantity(a + sign * b, scale, '');
  }

  isInteger(): boolean {
    return this.num % 10n ** BigInt(this.scale) === 0n;
  }

  toString(): string {
    return this.text || `${Number(this.num) / 10 ** this.scale}`;
  }
}

function quantity(s: string): Quantity {
  const q = Quantity.parse(s);
  if (!q)
    throw evalError(
      `quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
    );
  return q;
}

/** Registers the quantity library. */
export function registerQuantity(env: CelEnvironment): void {
  const Q = 'kubernetes.Quantity';
  env.registerType(Q, Quantity);
  env.registerFunction(`quantity(string): ${Q}`, quantity);
  env.registerFunction('isQuantity(string): bool', (s: string) => Quantity.parse(s) !== undefined);
  env.registerFunction(`${Q}.sign(): int`, (q: Quantity) =>
    BigInt(q.num > 0n ? 1 : q.num < 0n ? -1 : 0),
  );
  env.registerFunction(
    `${Q}.isInteger(): bool`,
    (q: Quantity) => q.isInteger() && q.num / 10n ** BigInt(q.scale) <= MAX_INT,
  );
  env.registerFunction(`${Q}.asInteger(): int`, (q: Quantity) => {
    const v = q.num / 10n ** BigInt(q.scale);
    if (!q.isInteger() || v > MAX_INT || v < -MAX_INT - 1n)
      throw evalError('cannot convert value to integer');
    return v;
  });
  env.registerFunction(
    `${Q}.asApproximateFloat(): double`,
    (q: Quantity) => Number(q.num) / 10 ** q.scale,
  );
  env.registerFunction(`${Q}.add(${Q}): ${Q}`, (a: Quantity, b: Quantity) => a.plus(b, 1n));
  env.registerFunction(`${Q}.add(int): ${Q}`, (a: Quantity, b: bigint) =>
    a.plus(new Quantity(b, 0, ''), 1n),
  );
  env.registerFunction(`${Q}.sub(${Q}): ${Q}`, (a: Quantity, b: Quantity) => a.plus(b, -1n));
  env.registerFunction(`${Q}.sub(int): ${Q}`, (a: Quantity, b: bigint) =>
    a.plus(new Quantity(b, 0, ''), -1n),
  );
  env.registerFunction(
    `${Q}.isLessThan(${Q}): bool`,
    (a: Quantity, b: Quantity) => a.compare(b) < 0,
  );
  env.registerFunction(
    `${Q}.isGreaterThan(${Q}): bool`,
    (a: Quantity, b: Quantity) => a.compare(b) > 0,
  );
  env.registerFunction(`${Q}.compareTo(${Q}): int`, (a: Quantity, b: Quantity) =>
    BigInt(a.compare(b)),
  );
  env.registerOperator(`${Q} == ${Q}`, (a: Quantity, b: Quantity) => a.equals(b));
}
