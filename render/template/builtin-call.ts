// `call fn args…` (Go's funcs.go call): calls a function value, converting each argument to the
// parameter type the way Go's prepareArg does.
import {
  typeString,
  zeroValue,
  type GoType,
  GoError,
  GoFunc,
  GoInt,
  assignableTo,
  canBeNil,
  typeName,
  underlying,
  wrapInt,
  type GoValue,
} from '../go/index.js';

/** Calls `fn` (named `name` in errors, by its source text) with `args`. */
export function callFunction(name: GoValue, fn: GoValue, ...args: GoValue[]): GoValue {
  if (fn === null) throw new GoError('call of nil');
  if (!(fn instanceof GoFunc)) {
    throw new GoError(`non-function ${String(name)} of type ${typeName(fn)}`);
  }
  const { params, variadic } = fn.signature;
  if (variadic !== undefined) {
    if (args.length < params.length) {
      throw new GoError(
        `wrong number of args for ${String(name)}: got ${args.length} want at least ${params.length}`,
      );
    }
  } else if (args.length !== params.length) {
    throw new GoError(
      `wrong number of args for ${String(name)}: got ${args.length} want ${params.length}`,
    );
  }
  const argv = args.map((arg, i) => prepareArg(arg, params[i] ?? variadic!, i));
  return fn.impl(...argv);
}

function prepareArg(value: GoValue, type: GoType, i: number): GoValue {
  if (value === null) {
    if (!canBeNil(type))
      throw new GoError(`arg ${i}: value is nil; should be of type ${typeString(type)}`);
    return zeroValue(type);
  }
  if (assignableTo(value, type)) return value;
  const k = underlying(type).kind;
  if (value instanceof GoInt && /^u?int/.test(k)) return wrapInt(value.value, k as GoInt['type']);
  throw new GoError(`arg ${i}: value has type ${typeName(value)}; should be ${typeString(type)}`);
}
