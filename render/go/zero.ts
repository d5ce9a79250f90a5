// Go's zero values (reflect.Zero). Templates meet them where Go substitutes a zero for a value
// that is not there: a missing map key under missingkey=zero (Helm's setting), `index` of a
// missing key, and nil passed for a parameter of a nilable type.
import { GoInt, nilOf, underlying, type GoType, type GoValue } from './values.js';

/** Go's zero value of a type: false, "", 0, a typed 0, a nil slice or map, or nil. */
export function zeroValue(t: GoType): GoValue {
  const u = underlying(t);
  switch (u.kind) {
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'float64':
      return 0;
    case 'int':
    case 'int8':
    case 'int16':
    case 'int32':
    case 'int64':
    case 'uint':
    case 'uint8':
    case 'uint16':
    case 'uint32':
    case 'uint64':
      return new GoInt(0n, u.kind, t.kind === 'named' ? t : undefined);
    case 'slice':
    case 'map':
      return nilOf(t);
    default:
      // Interfaces, pointers, funcs and errors are nil. Structs are not modelled as zero values:
      // no map or slice that templates read has struct elements.
      return null;
  }
}
