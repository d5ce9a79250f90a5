// Go's comparison functions eq, ne, lt, le, gt, ge (text/template funcs.go): operands compare by
// basic kind — bool, int, uint, float, string — and an int never equals a float (that is the
// error "incompatible types for comparison"), while signed and unsigned ints compare by value.
// nil compares equal only to nil; slices and maps cannot be compared.
import {
  sprint,
  compareGoStrings,
  GoError,
  GoInt,
  isNil,
  typeName,
  type GoValue,
} from '../go/index.js';

type BasicKind = 'bool' | 'int' | 'uint' | 'float' | 'string' | 'invalid';

function basicKind(v: GoValue): BasicKind {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float';
    case 'string':
      return 'string';
  }
  if (v instanceof GoInt) return v.type.startsWith('u') ? 'uint' : 'int';
  return 'invalid';
}

const badComparisonType = 'invalid type for comparison';

/** Go's comparison functions; `detailed` adds the operand types to "incompatible types" (Go 1.24+, so Helm 4). */
export interface Comparisons {
  readonly eq: (a: GoValue, ...others: GoValue[]) => boolean;
  readonly ne: (a: GoValue, b: GoValue) => boolean;
  readonly lt: (a: GoValue, b: GoValue) => boolean;
  readonly le: (a: GoValue, b: GoValue) => boolean;
  readonly gt: (a: GoValue, b: GoValue) => boolean;
  readonly ge: (a: GoValue, b: GoValue) => boolean;
}

/** The comparison functions, with Go 1.24's detailed "incompatible types" message or Go 1.23's plain one. */
export function comparisons(detailed: boolean): Comparisons {
  const incompatible = (a: GoValue, b: GoValue): GoError =>
    new GoError(
      detailed
        ? `incompatible types for comparison: ${typeName(a)} and ${typeName(b)}`
        : 'incompatible types for comparison',
    );
  const eq = (a: GoValue, ...others: GoValue[]): boolean => equal(incompatible, a, others);
  const lt = (a: GoValue, b: GoValue): boolean => less(incompatible, a, b);
  const le = (a: GoValue, b: GoValue): boolean => lt(a, b) || eq(a, b);
  return {
    eq,
    ne: (a, b) => !eq(a, b),
    lt,
    le,
    gt: (a, b) => !le(a, b),
    ge: (a, b) => !lt(a, b),
  };
}

type Incompatible = (a: GoValue, b: GoValue) => GoError;

// `eq a b c …`: whether a equals any of the others.
function equal(incompatible: Incompatible, a: GoValue, others: readonly GoValue[]): boolean {
  if (others.length === 0) throw new GoError('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b of others) {
    const k2 = basicKind(b);
    let truth: boolean;
    if (k1 !== k2) {
      if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) {
        truth = (a as GoInt).value === (b as GoInt).value;
      } else if (a !== null && b !== null) {
        throw incompatible(a, b);
      } else {
        truth = false;
      }
    } else if (k1 === 'invalid') {
      truth = equalOther(a, b);
    } else if (a instanceof GoInt) {
      truth = a.value === (b as GoInt).value;
    } else {
      truth = a === b;
    }
    if (truth) return true;
  }
  return false;
}

// Neither operand has a basic kind: nil against anything, or two composite values.
function equalOther(a: GoValue, b: GoValue): boolean {
  if (a === null || b === null) return isNil(a) === isNil(b);
  if (typeName(a) !== typeName(b)) {
    throw new GoError(
      `non-comparable types ${sprint([a])}: ${typeName(a)}, ${typeName(b)}: ${sprint([b])}`,
    );
  }
  if (isNil(a) || isNil(b)) return isNil(a) === isNil(b);
  if (Array.isArray(b) || b instanceof Map || b instanceof Uint8Array) {
    throw new GoError(`non-comparable type ${sprint([b])}: ${typeName(b)}`);
  }
  return a === b;
}

// `lt a b`: only ints, uints, floats and strings are ordered.
function less(incompatible: Incompatible, a: GoValue, b: GoValue): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'invalid' || k2 === 'invalid') throw new GoError(badComparisonType);
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) {
      return (a as GoInt).value < (b as GoInt).value;
    }
    throw incompatible(a, b);
  }
  switch (k1) {
    case 'bool':
      throw new GoError(badComparisonType);
    case 'string':
      return compareGoStrings(a as string, b as string) < 0;
    case 'float':
      return (a as number) < (b as number);
    default:
      return (a as GoInt).value < (b as GoInt).value;
  }
}
