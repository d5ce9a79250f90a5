/**
 * `string.format(list)` of cel-go's strings extension: %s %d %f %e %b %x %X %o and %%, with an
 * optional precision (`%.2f`). Values print as cel-go prints them.
 */
import { evalError } from './registry.js';

const CLAUSE = /%(?:\.(\d+))?([sdfeXxbo%])|%/g;

/** Formats `args` into `format` as cel-go's `format` does. */
export function formatString(format: string, args: readonly unknown[]): string {
  let next = 0;
  return format.replace(CLAUSE, (whole: string, precision: string | undefined, verb?: string) => {
    if (verb === undefined) throw evalError(`could not parse formatting clause "${whole}"`);
    if (verb === '%') return '%';
    if (next >= args.length) throw evalError(`index ${next} out of range`);
    const value = args[next++];
    return clause(verb, value, precision === undefined ? 6 : Number(precision));
  });
}

function clause(verb: string, v: unknown, precision: number): string {
  switch (verb) {
    case 's':
      return display(v, false);
    case 'd':
      if (typeof v === 'bigint') return v.toString();
      if (typeof v === 'number' && !Number.isFinite(v)) return display(v, false);
      break;
    case 'f':
    case 'e':
      if (typeof v === 'number' || typeof v === 'bigint')
        return fixedOrSci(Number(v), verb, precision);
      break;
    case 'b':
      if (typeof v === 'bigint') return v.toString(2);
      if (typeof v === 'boolean') return v ? '1' : '0';
      break;
    case 'o':
      if (typeof v === 'bigint') return v.toString(8);
      break;
    case 'x':
    case 'X': {
      const hex = toHex(v);
      if (hex !== undefined) return verb === 'X' ? hex.toUpperCase() : hex;
      break;
    }
  }
  throw evalError(`error during formatting: invalid argument for %${verb}: ${display(v, true)}`);
}

function fixedOrSci(n: number, verb: string, precision: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (verb === 'f') return n.toFixed(precision);
  // Go writes at least two exponent digits: 2.718280e+00.
  return n.toExponential(precision).replace(/e([+-])(\d)$/, 'e$10$2');
}

function toHex(v: unknown): string | undefined {
  if (typeof v === 'bigint') return v < 0n ? `-${(-v).toString(16)}` : v.toString(16);
  if (typeof v === 'string') v = new TextEncoder().encode(v);
  if (v instanceof Uint8Array)
    return Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('');
  return undefined;
}

/** A value as `%s` prints it; strings are quoted only inside lists and maps. */
export function display(v: unknown, nested: boolean): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return nested ? JSON.stringify(v) : v;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
    return String(v);
  }
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().replace('.000Z', 'Z');
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  if (Array.isArray(v)) return `[${v.map((e) => display(e, true)).join(', ')}]`;
  if (v instanceof Map) {
    const entries = [...v.entries()].map(([k, e]) => `${display(k, true)}:${display(e, true)}`);
    return `{${entries.sort().join(', ')}}`;
  }
  if (typeof v === 'object' && v.constructor === Object) {
    return display(new Map(Object.entries(v)), nested);
  }
  // Durations and library types (quantities, URLs, IPs) print through their own toString.
  return String(v);
}
