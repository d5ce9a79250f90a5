// The built-in functions of text/template (Go's builtins() in funcs.go), each a GoFunc with Go's
// signature, so that the executor checks and converts their arguments as Go does. Parameters of
// type reflect.Value receive values unconverted (nil for nil and invalid alike).
import {
  sprint,
  sprintf,
  sprintln,
  goTypes,
  type GoType,
  GoError,
  GoFunc,
  GoInt,
  truth,
  type GoSignature,
  type GoValue,
} from '../go/index.js';
import { comparisons } from './compare.js';
import { callFunction } from './builtin-call.js';
import { htmlEscape, jsEscape, queryEscape } from './escape.js';
import { indexOf, lengthOf, sliceOf } from './builtin-index.js';

const rv: GoType = goTypes.reflectValue;
const any: GoType = goTypes.any;

function sig(
  params: readonly GoType[],
  result: GoType,
  returnsError = false,
  variadic?: GoType,
): GoSignature {
  return variadic === undefined
    ? { params, result, returnsError }
    : { params, result, returnsError, variadic };
}

function fn(name: string, signature: GoSignature, impl: (...args: GoValue[]) => GoValue): GoFunc {
  return new GoFunc(name, signature, impl);
}

// Go's evalArgs: one string argument passes as it is; otherwise fmt.Sprint of all of them.
function evalArgs(args: GoValue[]): string {
  return args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args);
}

/** Built-ins that receive the invalid value as `undefined` rather than nil (Go's len tells them apart). */
export const seesInvalid = new WeakSet<GoFunc>();

const byMajor = new Map<3 | 4, ReadonlyMap<string, GoFunc>>();

/** The built-in functions by name, as the Go that builds Helm `major` has them. */
export function builtinsFor(major: 3 | 4): ReadonlyMap<string, GoFunc> {
  let found = byMajor.get(major);
  if (found === undefined) {
    found = makeBuiltins(major);
    byMajor.set(major, found);
  }
  return found;
}

/** The built-in functions of Helm 4's Go, for name checks. */
export const builtins: ReadonlyMap<string, GoFunc> = builtinsFor(4);

function makeBuiltins(major: 3 | 4): ReadonlyMap<string, GoFunc> {
  const { eq, ge, gt, le, lt, ne } = comparisons(major >= 4);
  const len = fn('len', sig([rv], goTypes.int, true), (a) => new GoInt(BigInt(lengthOf(a))));
  seesInvalid.add(len);
  return new Map(
    [
      // and/or are evaluated by the executor, which short-circuits; the bodies serve `call`.
      fn('and', sig([rv], rv, false, rv), (...a) => a.find((v) => !truth(v)) ?? a[a.length - 1]!),
      fn('or', sig([rv], rv, false, rv), (...a) => a.find((v) => truth(v)) ?? a[a.length - 1]!),
      fn('not', sig([rv], goTypes.bool), (a) => !truth(a!)),
      // Go checks call's arguments against (fn, args...); the callee's name is prepended later.
      fn('call', sig([rv], rv, true, rv), callFunction),
      fn('html', sig([], goTypes.string, false, any), (...a) => htmlEscape(evalArgs(a))),
      fn('index', sig([rv], rv, true, rv), indexOf),
      fn('slice', sig([rv], rv, true, rv), sliceOf),
      fn('js', sig([], goTypes.string, false, any), (...a) => jsEscape(evalArgs(a))),
      len,
      fn('print', sig([], goTypes.string, false, any), (...a) => sprint(a)),
      fn('printf', sig([goTypes.string], goTypes.string, false, any), (f, ...a) =>
        sprintf(f as string, a),
      ),
      fn('println', sig([], goTypes.string, false, any), (...a) => sprintln(a)),
      fn('urlquery', sig([], goTypes.string, false, any), (...a) => queryEscape(evalArgs(a))),
      fn('eq', sig([rv], goTypes.bool, true, rv), (a, ...b) => eq(a!, ...b)),
      fn('ge', sig([rv, rv], goTypes.bool, true), (a, b) => ge(a!, b!)),
      fn('gt', sig([rv, rv], goTypes.bool, true), (a, b) => gt(a!, b!)),
      fn('le', sig([rv, rv], goTypes.bool, true), (a, b) => le(a!, b!)),
      fn('lt', sig([rv, rv], goTypes.bool, true), (a, b) => lt(a!, b!)),
      fn('ne', sig([rv, rv], goTypes.bool, true), (a, b) => ne(a!, b!)),
    ].map((f) => [f.name, f]),
  );
}
