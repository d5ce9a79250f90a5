/**
 * Ordering of comparable CEL values (int, uint, double, string, bool, bytes, timestamp, duration),
 * for the list library's isSorted, min and max.
 */

/** The comparable element types, as cel-js spells them. */
export const COMPARABLE_TYPES = [
  'int',
  'uint',
  'double',
  'string',
  'bool',
  'bytes',
  'google.protobuf.Timestamp',
  'google.protobuf.Duration',
] as const;

/** Negative, zero or positive as `a` sorts before, with or after `b`. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return compareBytes(a, b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  const x = numeric(a);
  const y = numeric(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

// Go compares strings by UTF-8 bytes, which orders like code points, not like UTF-16 units.
function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function numeric(v: unknown): bigint | number {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object' && v !== null) {
    const d = v as { seconds?: unknown; nanos?: unknown; valueOf(): unknown };
    if (typeof d.seconds === 'bigint' && typeof d.nanos === 'number') {
      return d.seconds * 1_000_000_000n + BigInt(d.nanos);
    }
    const n = d.valueOf();
    if (typeof n === 'bigint' || typeof n === 'number') return n;
  }
  return Number.NaN;
}
