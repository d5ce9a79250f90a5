/**
 * Property names → CEL identifiers, as the API server escapes them (k8s.io/apiserver/pkg/cel
 * `Escape`). A property whose name cannot be escaped is not visible to rules at all.
 */

/** Words the CEL grammar reserves; a property named so is reachable as `__word__`. */
export const CEL_RESERVED = new Set([
  'true',
  'false',
  'null',
  'in',
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
]);

// The API server accepts `[a-zA-Z_.\-/][a-zA-Z0-9_.\-/]*` and rewrites `__`, `.`, `-` and `/`;
// every other character (and a leading digit) makes the property invisible to CEL.
const ESCAPABLE = /^[a-zA-Z_.\-/][a-zA-Z0-9_.\-/]*$/;
const TO_ESCAPE = /__|[.\-/]/g;
const REPLACEMENTS: Readonly<Record<string, string>> = {
  __: '__underscores__',
  '.': '__dot__',
  '-': '__dash__',
  '/': '__slash__',
};

/** The CEL field name of a property, or `undefined` where the API server hides the property. */
export function escapeFieldName(name: string): string | undefined {
  if (!ESCAPABLE.test(name)) return undefined;
  if (CEL_RESERVED.has(name)) return `__${name}__`;
  return name.replace(TO_ESCAPE, (s) => REPLACEMENTS[s] ?? s);
}
