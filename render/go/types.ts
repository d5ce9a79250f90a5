// Go's static types, as far as templates can observe them: `%T`, Sprig's `typeOf`, and the
// parameter types that text/template converts and checks arguments against.
import type { GoMethod, GoSignature } from './values.js';

/** Go's sized integer types; `int` and `uint` are 64 bits wide, as on the platforms Helm ships for. */
export type IntType =
  'int' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64';

/** A Go type: basic, slice, map, func, pointer, named, or `reflect.Value` (arguments pass unconverted). */
export type GoType =
  | { readonly kind: 'interface' }
  | { readonly kind: 'bool' | 'string' | 'float64' | 'error' | 'reflect.Value' }
  | { readonly kind: IntType }
  | { readonly kind: 'slice'; readonly elem: GoType }
  | { readonly kind: 'map'; readonly key: GoType; readonly elem: GoType }
  | StructType
  | { readonly kind: 'func'; readonly signature: GoSignature }
  | { readonly kind: 'pointer'; readonly elem: GoType }
  | NamedType;

/**
 * A struct type. `fields` gives the static types of fields where they show: a field declared
 * `interface {}` is named so in errors about its value, as Go names a value's static type.
 * Fields it does not list are taken as declared with their value's own type.
 */
export interface StructType {
  readonly kind: 'struct';
  readonly fields?: ReadonlyMap<string, GoType>;
}

/** A named Go type such as `chartutil.Values` or `chart.Metadata`, with its methods. */
export interface NamedType {
  readonly kind: 'named';
  /** The name `%T` prints, package-qualified: `chartutil.VersionSet`. */
  readonly name: string;
  /** The type it is defined as: a slice, a map, or `{ kind: 'struct' }`. */
  readonly underlying: GoType;
  /** Methods by name; each receives the receiver as its first argument. */
  readonly methods: ReadonlyMap<string, GoMethod>;
}

/** The Go types templates meet most, as shared constants. */
export const goTypes = {
  any: { kind: 'interface' },
  bool: { kind: 'bool' },
  string: { kind: 'string' },
  float64: { kind: 'float64' },
  int: { kind: 'int' },
  int64: { kind: 'int64' },
  error: { kind: 'error' },
  reflectValue: { kind: 'reflect.Value' },
} as const satisfies Record<string, GoType>;

/** `[]elem`. */
export function sliceOf(elem: GoType): GoType {
  return { kind: 'slice', elem };
}

/** `map[key]elem`; keys default to `string`, the only key type templates build. */
export function mapOf(elem: GoType, key: GoType = goTypes.string): GoType {
  return { kind: 'map', key, elem };
}

/** The type spelled as Go spells it in `%T`: `[]interface {}`, `map[string]string`, `func(string) int`. */
export function typeString(t: GoType): string {
  switch (t.kind) {
    case 'interface':
      return 'interface {}';
    case 'slice':
      return `[]${typeString(t.elem)}`;
    case 'map':
      return `map[${typeString(t.key)}]${typeString(t.elem)}`;
    case 'struct':
      return 'struct {}';
    case 'func':
      return signatureString(t.signature);
    case 'pointer':
      return `*${typeString(t.elem)}`;
    case 'named':
      return t.name;
    default:
      return t.kind;
  }
}

/** A func type as `func(string, ...interface {}) (string, error)`. */
export function signatureString(s: GoSignature): string {
  const params = s.params.map(typeString);
  if (s.variadic !== undefined) {
    params.push(`...${typeString(s.variadic)}`);
  }
  const result = typeString(s.result);
  const results = s.returnsError ? ` (${result}, error)` : ` ${result}`;
  return `func(${params.join(', ')})${results}`;
}

/** Two types are identical when Go would spell them the same (named types are unique by name). */
export function identical(a: GoType, b: GoType): boolean {
  return a === b || typeString(a) === typeString(b);
}
