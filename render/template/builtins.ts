// The built-in functions of text/template (Go's builtins() in funcs.go), each a GoFunc with Go's
// signature, so that the executor checks and converts their arguments as Go does. Parameters of
// type reflect.Value receive values unconverted (nil for nil and invalid alike).
import { sprint, sprintf, sprintln } from '../go/fmt.js';
import { goTypes, type GoType } from '../go/types.js';
import { GoError, GoFunc, GoInt, truth, type GoSignature, type GoValue } from '../go/values.js';
import { eq, ge, gt, le, lt, ne } from './compare.js';
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

/** The built-in functions by name. */
export const builtins: ReadonlyMap<string, GoFunc> = new Map(
  [
    // and/or are evaluated by the executor, which short-circuits; the bodies serve `call`.
    fn('and', sig([rv], rv, false, rv), (...a) => a.find((v) => !truth(v)) ?? a[a.length - 1]!),
    fn('or', sig([rv], rv, false, rv), (...a) => a.find((v) => truth(v)) ?? a[a.length - 1]!),
    fn('not', sig([rv], goTypes.bool), (a) => !truth(a!)),
    fn('call', sig([goTypes.string, rv], rv, true, rv), callFunction),
    fn('html', sig([], goTypes.string, false, any), (...a) => htmlEscape(evalArgs(a))),
    fn('index', sig([rv], rv, true, rv), indexOf),
    fn('slice', sig([rv], rv, true, rv), sliceOf),
    fn('js', sig([], goTypes.string, false, any), (...a) => jsEscape(evalArgs(a))),
    fn('len', sig([any], goTypes.int, true), (a) => new GoInt(BigInt(lengthOf(a!)))),
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
