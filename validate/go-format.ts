/**
 * Go's printing of the values the API server puts in field errors: `%v` of a float64 (strconv's
 * shortest 'g' form, `1e+06`), `%#v` of decoded JSON (`map[string]interface {}{"name":"cache"}`),
 * `%q` of strings. Kubernetes 1.33's `field.Error.ErrorBody` prints compound values with `%#v`.
 */
import { goQuote } from '../generator/cel/shared.js';

export { goQuote };

/** A float64 as Go's `%v` prints it: shortest digits, exponent form below 1e-4 and from 1e+06. */
export function goFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  // toExponential() without an argument gives the shortest round-tripping digits, as Go's 'g' -1.
  const [mantissa = '', expText = '0'] = n.toExponential().split('e');
  const exp = Number(expText);
  // fmt's %v is strconv's 'g' with the shortest precision, which switches to %e when the exponent
  // is below -4 or at least 6 (so 1000000 prints as 1e+06, a well-known Go surprise).
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}

/** Whether a decoded JSON number is an int64 in the API server's unstructured data. */
export function isGoInt(n: number): boolean {
  return Number.isInteger(n);
}

/** A decoded JSON value as Go's `%#v` prints the unstructured form (int64, float64, string, …). */
export function goSharpV(value: unknown): string {
  if (value === null || value === undefined) return 'interface {}(nil)';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return isGoInt(value) ? String(value) : goFloat(value);
  if (Array.isArray(value)) return `[]interface {}{${value.map(goSharpV).join(', ')}}`;
  const entries = Object.entries(value as Record<string, unknown>)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${goQuote(k)}:${goSharpV(v)}`);
  return `map[string]interface {}{${entries.join(', ')}}`;
}
