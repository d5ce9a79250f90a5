// What the executor holds where Go holds a reflect.Value. Three states matter to Go's messages
// and are kept apart here:
//   undefined — the invalid Value: a missing map key (missingkey=default), a pipeline that yielded
//               nil; field access on it quietly yields invalid again, and it prints `<no value>`;
//   null      — an interface holding nil: a `null` in values.yaml, a missing key under Helm's
//               missingkey=zero; field access on it fails with `nil pointer evaluating interface {}.x`;
//   Boxed     — a non-nil value seen through an `interface {}` slot (an element of `[]interface {}`
//               during range), so that errors name its static type `interface {}` as Go does.
// Every pipeline result is unwrapped (null → undefined, Boxed → its value), as Go's evalPipeline
// unwraps interface values.
import {
  elemType,
  goTypeOf,
  typeName,
  type GoType,
  type GoValue,
  typeString,
} from '../go/index.js';

/** A non-nil value held in an `interface {}` slot. */
export class Boxed {
  constructor(readonly value: GoValue) {}
}

/** A value as the executor holds it. */
export type Val = GoValue | Boxed | undefined;

/** The value with any interface wrapper removed; nil and invalid both become undefined. */
export function unwrap(v: Val): GoValue | undefined {
  if (v instanceof Boxed) return v.value;
  return v === null ? undefined : v;
}

/** The value as a Go value for a function argument: invalid and nil both become nil. */
export function toGo(v: Val): GoValue {
  if (v instanceof Boxed) return v.value;
  return v === undefined ? null : v;
}

/** The static type Go would name for `v`: `interface {}` for boxed values and nil interfaces. */
export function staticTypeName(v: Val): string {
  if (v instanceof Boxed || v === null) return 'interface {}';
  return v === undefined ? '<nil>' : typeName(v);
}

/** Whether the elements of a slice or map sit in `interface {}` slots. */
export function holdsInterfaces(container: Exclude<GoValue, null>): boolean {
  if (Array.isArray(container) || container instanceof Map || container instanceof Uint8Array) {
    return elemType(container).kind === 'interface';
  }
  return false;
}

/** An element as read from a container: boxed when the container holds `interface {}`. */
export function element(v: GoValue, boxed: boolean): Val {
  return boxed && v !== null ? new Boxed(v) : v;
}

/** `%s`-style name of a Go type, for messages such as `expected string`. */
export function typeLabel(t: GoType): string {
  return typeString(t);
}

/** The dynamic type of a value, or undefined for nil. */
export function dynamicType(v: GoValue): GoType | undefined {
  return goTypeOf(v);
}
