// Function and method calls: Go's evalFunction, evalCall, evalArg and validateType. Arguments are
// converted to the declared parameter types of the GoFunc before the call: untyped constants take
// the parameter's type, values must be assignable (int kinds convert among themselves), and the
// errors read as Go's (`wrong type for value; expected string; got int`).
import {
  typeString,
  zeroValue,
  type GoType,
  GoError,
  assignableTo,
  canBeNil,
  uncallable,
  underlying,
  wrapInt,
  type GoFunc,
  type GoValue,
} from '../go/index.js';
import {
  evalChainNode,
  evalFieldNode,
  evalPipeline,
  evalVariableNode,
  idealConstant,
  missing,
  type Final,
} from './eval.js';
import { goQuote } from './lex.js';
import { nodeString, type ArgNode, type IdentifierNode, type Node } from './nodes.js';
import type { State } from './state.js';
import { seesInvalid } from './builtins.js';
import { truthOf } from './truth.js';
import { Boxed, staticTypeName, toGo, type Val } from './value.js';

const reflectValue: GoType = { kind: 'reflect.Value' };

// A value with its interface wrapper removed, nil and invalid kept apart (for built-ins that care).
function unboxed(v: Val): GoValue | undefined {
  return v instanceof Boxed ? v.value : v;
}

/** A call of a named function: a builtin, or one of the set's functions (which may override builtins). */
export function evalFunction(
  s: State,
  dot: Val,
  node: IdentifierNode,
  cmd: Node,
  args: readonly ArgNode[] | null,
  final: Final,
): Val {
  s.node = node;
  const name = node.ident;
  const user = s.ctx.funcs.get(name);
  const fn = user ?? s.ctx.builtins.get(name);
  if (fn === undefined) s.errorf(`${goQuote(name)} is not a defined function`);
  return evalCall(s, dot, fn, user === undefined, cmd, name, args, final);
}

/** Calls `fn` with the command's arguments (args[0] is the function's own node) and the piped value. */
export function evalCall(
  s: State,
  dot: Val,
  fn: GoFunc,
  isBuiltin: boolean,
  node: Node,
  name: string,
  allArgs: readonly ArgNode[] | null,
  final: Final,
): Val {
  // The arguments are allArgs[1:]; read in place, as this runs for every function call.
  const count = allArgs === null ? 0 : allArgs.length - 1;
  const sig = fn.signature;
  const numIn = count + (final === missing ? 0 : 1);
  let numFixed = count;
  if (sig.variadic !== undefined) {
    numFixed = sig.params.length;
    if (numIn < numFixed) {
      s.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${count}`);
    }
  } else if (numIn !== sig.params.length) {
    s.errorf(`wrong number of args for ${name}: want ${sig.params.length} got ${numIn}`);
  }
  if (sig.results !== undefined) s.errorf(uncallable(name, sig)!);
  if (isBuiltin && (name === 'and' || name === 'or')) {
    return shortCircuit(s, dot, name === 'or', allArgs === null ? [] : allArgs.slice(1), final);
  }
  // Made at its length: an array grown by push from empty takes room for 17 values, and this
  // runs for every function call.
  const argv = new Array<GoValue>(numIn);
  const raw = seesInvalid.has(fn);
  for (let i = 0; i < count; i++) {
    const t = i < numFixed ? sig.params[i]! : sig.variadic!;
    const n = allArgs![i + 1]!;
    argv[i] = raw ? (unboxed(evalArgValue(s, dot, t, n)) as GoValue) : evalArg(s, dot, t, n);
  }
  if (final !== missing) {
    let t = sig.params[sig.params.length - 1] ?? sig.variadic!;
    if (sig.variadic !== undefined)
      t = numIn - 1 < numFixed ? sig.params[numIn - 1]! : sig.variadic;
    const v = validateType(s, final, t);
    argv[count] = raw ? (unboxed(v) as GoValue) : toGo(v);
  }
  if (isBuiltin && name === 'call') {
    // Go names the callee in call's errors by the first argument's source text.
    argv.unshift(count === 0 ? '<func Value>' : nodeString(allArgs![1]!));
  }
  try {
    return fn.impl(...argv);
  } catch (e) {
    // A Go function's error return (and, as Go's safeCall turns panics into errors, only that).
    if (e instanceof GoError) {
      s.node = node;
      s.errorf(`error calling ${name}: ${e.message}`);
    }
    throw e;
  }
}

// `and` and `or` evaluate their operands only until one decides, and return that operand.
function shortCircuit(
  s: State,
  dot: Val,
  isOr: boolean,
  args: readonly ArgNode[],
  final: Final,
): Val {
  let v: Val = undefined;
  for (const arg of args) {
    v = evalArgValue(s, dot, reflectValue, arg);
    if (truthOf(v) === isOr) return v;
  }
  if (final !== missing) v = validateType(s, final, reflectValue);
  return v;
}

/** An argument converted to `type` (undefined: the chain receiver, taken as it is) as a Go value. */
export function evalArg(s: State, dot: Val, type: GoType | undefined, n: ArgNode): GoValue {
  return toGo(evalArgValue(s, dot, type, n));
}

/** An argument converted to `type`, keeping invalid and boxed values apart (for chains and and/or). */
export function evalArgValue(s: State, dot: Val, type: GoType | undefined, n: ArgNode): Val {
  s.node = n;
  switch (n.kind) {
    case 'dot':
      return validateType(s, dot, type);
    case 'nil':
      if (type !== undefined && canBeNil(type))
        return type.kind === 'reflect.Value' ? null : zeroValue(type);
      return s.errorf(`cannot assign nil to ${type === undefined ? '<nil>' : typeString(type)}`);
    case 'field':
      return validateType(s, evalFieldNode(s, dot, n, [n], missing), type);
    case 'variable':
      return validateType(s, evalVariableNode(s, dot, n, null, missing), type);
    case 'pipe':
      return validateType(s, evalPipeline(s, dot, n), type);
    case 'identifier':
      return validateType(s, evalFunction(s, dot, n, n, null, missing), type);
    case 'chain':
      return validateType(s, evalChainNode(s, dot, n, null, missing), type);
  }
  return literalArg(s, type!, n);
}

// A constant argument takes the parameter's type, as Go's untyped constants do.
function literalArg(s: State, type: GoType, n: ArgNode): GoValue {
  const u = underlying(type);
  switch (u.kind) {
    case 'bool':
      if (n.kind === 'bool') return n.value;
      return s.errorf(`expected bool; found ${nodeString(n)}`);
    case 'float64':
      if (n.kind === 'number' && n.isFloat) return n.float64;
      return s.errorf(`expected float; found ${nodeString(n)}`);
    case 'int':
    case 'int8':
    case 'int16':
    case 'int32':
    case 'int64':
      if (n.kind === 'number' && n.isInt) return wrapInt(n.int64, u.kind);
      return s.errorf(`expected integer; found ${nodeString(n)}`);
    case 'uint':
    case 'uint8':
    case 'uint16':
    case 'uint32':
    case 'uint64':
      if (n.kind === 'number' && n.isUint) return wrapInt(n.uint64, u.kind);
      return s.errorf(`expected unsigned integer; found ${nodeString(n)}`);
    case 'string':
      if (n.kind === 'string') return n.text;
      return s.errorf(`expected string; found ${nodeString(n)}`);
    case 'interface':
    case 'reflect.Value':
      return emptyInterfaceArg(s, n);
  }
  return s.errorf(`can't handle ${nodeString(n)} for arg of type ${typeString(type)}`);
}

function emptyInterfaceArg(s: State, n: ArgNode): GoValue {
  switch (n.kind) {
    case 'bool':
      return n.value;
    case 'number':
      return idealConstant(s, n);
    case 'string':
      return n.text;
  }
  return s.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
}

/** Go's validateType: the value made acceptable for `type`, or Go's error. */
export function validateType(s: State, value: Final, type: GoType | undefined): Val {
  if (value === missing || value === undefined) {
    if (type === undefined) return undefined;
    if (canBeNil(type)) return type.kind === 'reflect.Value' ? undefined : zeroValue(type);
    return s.errorf(`invalid value; expected ${typeString(type)}`);
  }
  if (type === undefined || type.kind === 'reflect.Value') return value;
  if (value === null) {
    if (type.kind === 'interface') return null;
    return s.errorf(`wrong type for value; expected ${typeString(type)}; got interface {}`);
  }
  const v = value instanceof Boxed ? value.value : value;
  // Every value is assignable to interface {}, the type of most parameters: no call to ask.
  if (type.kind === 'interface' || assignableTo(v, type)) return v;
  return s.errorf(`wrong type for value; expected ${typeString(type)}; got ${staticTypeName(v)}`);
}
