// How Go's fmt prints one operand of any kind (fmt/print.go semantics): basic kinds through the
// primitive formatters, containers element by element with the same verb, maps in sorted key
// order, String and Error methods honoured for the verbs that accept strings, and the `%!verb(type=value)`
// form for a verb that does not fit the operand.
import { FmtState } from './fmt-state.js';
import { compareGoStrings, goString } from './strings.js';
import {
  GoFunc,
  GoInt,
  GoStruct,
  goNil,
  goTypeOf,
  isUnsigned,
  typeName,
  type GoMap,
  type GoSlice,
  type GoValue,
} from './values.js';

// Go prints the address of a pointer, map, slice or func for %p and for a pointer nested in a
// container. Addresses are not reproducible, so every one prints as this constant.
const fakeAddress = 0xc000010000n;

/** A printer: FmtState plus Go's per-kind printing rules. */
export class Printer extends FmtState {
  // Set while printing an error form, so that String/Error methods are not called again.
  private erroring = false;

  /** Prints a top-level operand (Go's printArg). */
  printArg(arg: GoValue, verb: string): void {
    if (arg === null) {
      if (verb === 'T' || verb === 'v') this.pad('<nil>');
      else this.badVerb(verb, null);
      return;
    }
    if (verb === 'T') {
      this.fmtS(typeName(arg));
      return;
    }
    if (verb === 'p') {
      this.fmtPointer(arg, 'p');
      return;
    }
    if (arg instanceof Uint8Array) {
      this.fmtBytes(arg, verb, '[]byte', 0);
      return;
    }
    this.printValue(arg, verb, 0);
  }

  /** Prints an operand at a nesting depth (Go's printValue); depth 0 is a top-level operand. */
  printValue(v: GoValue, verb: string, depth: number): void {
    if (v === null) {
      // A nil inside a container is a nil interface: `<nil>` whatever the verb.
      this.out += this.f.sharpV ? 'interface {}(nil)' : '<nil>';
      return;
    }
    switch (typeof v) {
      case 'boolean':
        return this.fmtBool(v, verb);
      case 'number':
        return this.fmtFloat64(v, verb);
      case 'string':
        return this.fmtString(v, verb);
    }
    if (v instanceof GoInt && v.named === undefined) return this.fmtInt(v, verb);
    if (this.handleMethods(v, verb)) return;
    if (v instanceof GoInt) return this.fmtInt(v, verb);
    if (v instanceof Uint8Array) return this.fmtBytes(v, verb, '[]uint8', depth);
    if (Array.isArray(v)) return this.printSlice(v, verb, depth);
    if (v instanceof Map) return this.printMap(v, verb, depth);
    if (v instanceof GoStruct) return this.printStruct(v, verb, depth);
    this.fmtPointer(v, verb);
  }

  /** Go's `%!verb(type=value)`, or `%!verb(<nil>)`. */
  badVerb(verb: string, v: GoValue): void {
    this.erroring = true;
    this.out += `%!${verb}(`;
    if (v === null) {
      this.out += '<nil>';
    } else {
      this.out += typeName(v) + '=';
      this.printArg(v, 'v');
    }
    this.out += ')';
    this.erroring = false;
  }

  private fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.fmtBoolean(v);
    else this.badVerb(verb, v);
  }

  private fmtInt(v: GoInt, verb: string): void {
    const unsigned = isUnsigned(v.type);
    const u = BigInt.asUintN(64, v.value);
    switch (verb) {
      case 'v':
        if (this.f.sharpV && unsigned) {
          const sharp = this.f.sharp;
          this.f.sharp = true;
          this.fmtInteger(u, 16, false, 'v');
          this.f.sharp = sharp;
        } else {
          this.fmtInteger(u, 10, !unsigned, verb);
        }
        return;
      case 'd':
        return this.fmtInteger(u, 10, !unsigned, verb);
      case 'b':
        return this.fmtInteger(u, 2, !unsigned, verb);
      case 'o':
      case 'O':
        return this.fmtInteger(u, 8, !unsigned, verb);
      case 'x':
      case 'X':
        return this.fmtInteger(u, 16, !unsigned, verb, verb === 'X');
      case 'c':
        return this.fmtC(u);
      case 'q':
        return this.fmtQc(u);
      case 'U':
        return this.fmtUnicode(u);
      default:
        return this.badVerb(verb, v);
    }
  }

  private fmtFloat64(v: number, verb: string): void {
    switch (verb) {
      case 'v':
        return this.fmtFloat(v, 'g', -1);
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        return this.fmtFloat(v, verb, -1);
      case 'f':
      case 'e':
      case 'E':
        return this.fmtFloat(v, verb, 6);
      case 'F':
        return this.fmtFloat(v, 'f', 6);
      default:
        return this.badVerb(verb, v);
    }
  }

  private fmtString(v: string, verb: string): void {
    switch (verb) {
      case 'v':
        return this.f.sharpV ? this.fmtQ(v) : this.fmtS(v);
      case 's':
        return this.fmtS(v);
      case 'x':
      case 'X':
        return this.fmtSx(v, verb === 'X');
      case 'q':
        return this.fmtQ(v);
      default:
        return this.badVerb(verb, v);
    }
  }

  private fmtBytes(v: Uint8Array, verb: string, type: string, depth: number): void {
    switch (verb) {
      case 'v':
      case 'd':
        if (this.f.sharpV) {
          this.out += type + '{';
          v.forEach((c, i) => {
            if (i > 0) this.out += ', ';
            this.fmt0x64(BigInt(c), true);
          });
          this.out += '}';
        } else {
          this.out += '[';
          v.forEach((c, i) => {
            if (i > 0) this.out += ' ';
            this.fmtInteger(BigInt(c), 10, false, verb);
          });
          this.out += ']';
        }
        return;
      case 's':
        return this.fmtS(goString(v));
      case 'x':
      case 'X':
        return this.fmtSbx(v, verb === 'X');
      case 'q':
        return this.fmtQ(v);
      default:
        this.printElements(
          Array.from(v, (c) => new GoInt(BigInt(c), 'uint8')),
          verb,
          depth,
          v,
        );
    }
  }

  private printSlice(v: GoSlice, verb: string, depth: number): void {
    this.printElements(v, verb, depth, v);
  }

  private printElements(items: readonly GoValue[], verb: string, depth: number, v: GoValue) {
    if (this.f.sharpV) {
      this.out += typeName(v);
      if (Array.isArray(v) && v[goNil] === true) {
        this.out += '(nil)';
        return;
      }
      this.out += '{';
      items.forEach((item, i) => {
        if (i > 0) this.out += ', ';
        this.printValue(item, verb, depth + 1);
      });
      this.out += '}';
      return;
    }
    this.out += '[';
    items.forEach((item, i) => {
      if (i > 0) this.out += ' ';
      this.printValue(item, verb, depth + 1);
    });
    this.out += ']';
  }

  private printMap(v: GoMap, verb: string, depth: number): void {
    const sharpV = this.f.sharpV;
    if (sharpV) {
      this.out += typeName(v);
      if (v[goNil] === true) {
        this.out += '(nil)';
        return;
      }
      this.out += '{';
    } else {
      this.out += 'map[';
    }
    const keys = [...v.keys()].sort(compareGoStrings);
    keys.forEach((key, i) => {
      if (i > 0) this.out += sharpV ? ', ' : ' ';
      this.printValue(key, verb, depth + 1);
      this.out += ':';
      this.printValue(v.get(key) ?? null, verb, depth + 1);
    });
    this.out += sharpV ? '}' : ']';
  }

  private printStruct(v: GoStruct, verb: string, depth: number): void {
    if (v.pointer) {
      // Go follows a pointer to a struct only at the top level, to avoid printing cycles.
      if (depth > 0) return this.fmtPointer(v, verb);
      this.out += '&';
      return this.printValue(new GoStruct(v.type, v.fields, false), verb, depth + 1);
    }
    if (this.f.sharpV) this.out += typeName(v);
    this.out += '{';
    let i = 0;
    for (const [name, field] of v.fields) {
      if (i++ > 0) this.out += this.f.sharpV ? ', ' : ' ';
      if (this.f.plusV || this.f.sharpV) this.out += name + ':';
      this.printValue(field, verb, depth + 1);
    }
    this.out += '}';
  }

  private fmtPointer(v: GoValue, verb: string): void {
    const pointerLike =
      v instanceof GoFunc || v instanceof Map || Array.isArray(v) || v instanceof Uint8Array;
    if (!pointerLike && !(v instanceof GoStruct && v.pointer)) return this.badVerb(verb, v);
    switch (verb) {
      case 'v':
        if (this.f.sharpV) {
          this.out += `(${typeName(v)})(0x${fakeAddress.toString(16)})`;
        } else {
          this.fmt0x64(fakeAddress, !this.f.sharp);
        }
        return;
      case 'p':
        return this.fmt0x64(fakeAddress, !this.f.sharp);
      case 'b':
      case 'o':
      case 'd':
      case 'x':
      case 'X':
        return this.fmtInt(new GoInt(fakeAddress, 'uint64'), verb);
      default:
        return this.badVerb(verb, v);
    }
  }

  private fmt0x64(u: bigint, leading0x: boolean): void {
    const sharp = this.f.sharp;
    this.f.sharp = leading0x;
    this.fmtInteger(u, 16, false, 'v');
    this.f.sharp = sharp;
  }

  // Error and String methods print the value for the verbs that accept a string (Go's
  // handleMethods); a method that fails prints Go's `%!v(PANIC=String method: …)`.
  private handleMethods(v: GoValue, verb: string): boolean {
    if (this.erroring || this.f.sharpV || !'vsxXq'.includes(verb)) return false;
    for (const name of ['Error', 'String']) {
      const method = stringMethod(v, name);
      if (method === undefined) continue;
      let s: GoValue;
      try {
        s = method();
      } catch (e) {
        this.out += `%!${verb}(PANIC=${name} method: ${e instanceof Error ? e.message : String(e)})`;
        return true;
      }
      this.fmtString(typeof s === 'string' ? s : '', verb);
      return true;
    }
    return false;
  }
}

// A method `name() string` in the value's method set (pointer-receiver methods only on pointers).
function stringMethod(v: GoValue, name: string): (() => GoValue) | undefined {
  const t =
    v instanceof GoStruct
      ? v.type
      : v instanceof GoInt
        ? v.named
        : Array.isArray(v) || v instanceof Map
          ? goTypeOf(v)
          : undefined;
  if (t?.kind !== 'named') return undefined;
  const m = t.methods.get(name);
  if (m === undefined || m.signature.params.length > 0 || m.signature.variadic !== undefined) {
    return undefined;
  }
  if (m.signature.result.kind !== 'string' || m.signature.returnsError) return undefined;
  if (m.pointerReceiver === true && !(v instanceof GoStruct && v.pointer)) return undefined;
  return () => m.impl(v);
}
