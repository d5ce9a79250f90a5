// Sprig's list.go. Every function takes any slice (reflect Kind Slice or Array) and, except
// `slice`, returns a new []interface {}; anything else fails with Sprig's message ("Cannot find
// first on type map"), and nil fails as reflect does on a nil type. The plain names panic with
// the error the must… names return; both read `error calling NAME: …`.
// Pinned by test/render/funcs/lists.test.ts and the lists golden chart.
import { sliceOf, type GoType } from '../go/index.js';
import {
  GoInt,
  goType,
  type GoFunc,
  kindOf,
  nilOf,
  typedSlice,
  type GoSlice,
  type GoValue,
} from '../go/index.js';
import { elements, isList, toInt64 } from './cast.js';
import { deepEqual } from './deep-equal.js';
import { empty } from './defaults.js';
import { def, fail, funcMap, nilDereference, t, type FuncMap } from './func.js';
import { sliceBoundsError } from './utf8.js';

// reflect.TypeOf(list).Kind(), with reflect's panic for nil.
function kindName(v: GoValue): string {
  if (v === null) fail(nilDereference);
  return kindOf(v);
}

// The elements of a slice argument, or Sprig's "<message> type <kind>" error.
function listArg(v: GoValue, message: string): GoValue[] {
  const kind = kindName(v);
  if (!isList(v)) fail(`${message} type ${kind}`);
  return elements(v);
}

const nilList = (): GoSlice => nilOf(t.anys) as GoSlice;

function inList(haystack: readonly GoValue[], needle: GoValue): boolean {
  return haystack.some((h) => deepEqual(needle, h));
}

type ListFn = (...args: GoValue[]) => GoValue;

// Both spellings: NAME panics, mustNAME returns the error; the texts are the same.
function pair(
  name: string,
  params: readonly GoType[],
  result: GoType,
  impl: ListFn,
  variadic?: GoType,
): GoFunc[] {
  const must = `must${name[0]!.toUpperCase()}${name.slice(1)}`;
  const opts = variadic === undefined ? {} : { variadic };
  return [
    def(name, params, result, impl, opts),
    def(must, params, result, impl, { ...opts, returnsError: true }),
  ];
}

function chunk(size: number, list: GoValue): GoValue {
  const items = listArg(list, 'Cannot chunk');
  const count = Math.floor((items.length - 1) / size) + 1;
  if (!(count >= 0)) fail('runtime error: makeslice: len out of range');
  const out: GoValue[] = [];
  for (let i = 0; i < count; i++) out.push(items.slice(i * size, i * size + size));
  return typedSlice(sliceOf(t.anys), out);
}

function sliceList(list: GoValue, ...indices: GoValue[]): GoValue {
  const kind = kindName(list);
  if (!isList(list)) fail(`list should be type of slice or array but ${kind}`);
  const len = list.length;
  if (len === 0) return null;
  const start = indices.length > 0 ? Number(toInt64(indices[0]!)) : 0;
  const end = indices.length < 2 ? len : Number(toInt64(indices[1]!));
  if (sliceBoundsError(start, end, len) !== undefined) {
    fail('reflect.Value.Slice: slice index out of bounds');
  }
  if (list instanceof Uint8Array) return list.slice(start, end);
  // The result keeps the slice's type, as reflect's Slice does.
  return typedSlice(list[goType] ?? t.anys, list.slice(start, end));
}

/** untilStep as Sprig computes it ([]int). */
export function untilStep(start: number, stop: number, step: number): number[] {
  const v: number[] = [];
  if (stop < start) {
    if (step >= 0) return v;
    for (let i = start; i > stop; i += step) v.push(i);
    return v;
  }
  if (step <= 0) return v;
  for (let i = start; i < stop; i += step) v.push(i);
  return v;
}

/** The list family. */
export function listFuncs(): FuncMap {
  const any = t.any;
  const anys = t.anys;
  const list = def('list', [], anys, (...v) => v, { variadic: any });
  return funcMap([
    list,
    def('tuple', [], anys, (...v) => v, { variadic: any }),
    ...pair('push', [any, any], anys, (l, v) => [...listArg(l!, 'Cannot push on'), v!]),
    ...pair('append', [any, any], anys, (l, v) => [...listArg(l!, 'Cannot push on'), v!]),
    ...pair('prepend', [any, any], anys, (l, v) => [v!, ...listArg(l!, 'Cannot prepend on')]),
    ...pair('first', [any], any, (l) => listArg(l!, 'Cannot find first on')[0] ?? null),
    ...pair('last', [any], any, (l) => listArg(l!, 'Cannot find last on').at(-1) ?? null),
    ...pair('rest', [any], anys, (l) => {
      const items = listArg(l!, 'Cannot find rest on');
      return items.length === 0 ? nilList() : items.slice(1);
    }),
    ...pair('initial', [any], anys, (l) => {
      const items = listArg(l!, 'Cannot find initial on');
      return items.length === 0 ? nilList() : items.slice(0, -1);
    }),
    ...pair('reverse', [any], anys, (l) => listArg(l!, 'Cannot find reverse on').reverse()),
    ...pair('compact', [any], anys, (l) =>
      listArg(l!, 'Cannot compact on').filter((x) => !empty(x)),
    ),
    ...pair('uniq', [any], anys, (l) => {
      const out: GoValue[] = [];
      for (const x of listArg(l!, 'Cannot find uniq on')) if (!inList(out, x)) out.push(x);
      return out;
    }),
    ...pair(
      'without',
      [any],
      anys,
      (l, ...omit) => listArg(l!, 'Cannot find without on').filter((x) => !inList(omit, x)),
      any,
    ),
    ...pair('has', [any, any], t.bool, (needle, hay) => {
      if (hay === null) return false;
      return inList(listArg(hay!, 'Cannot find has on'), needle!);
    }),
    ...pair('slice', [any], any, (l, ...ix) => sliceList(l!, ...ix), any),
    ...pair('chunk', [t.int, any], t.any, (n, l) => chunk(Number(toInt64(n!)), l!)),
    def(
      'concat',
      [],
      any,
      (...lists) => {
        const out: GoSlice = nilList();
        for (const l of lists) {
          const kind = kindName(l);
          if (!isList(l)) fail(`Cannot concat type ${kind} as list`);
          out.push(...elements(l));
        }
        return out.length === 0 ? out : [...out];
      },
      { variadic: any },
    ),
    def('until', [t.int], t.ints, (n) => {
      const count = Number(toInt64(n!));
      return ints(untilStep(0, count, count < 0 ? -1 : 1));
    }),
    def('untilStep', [t.int, t.int, t.int], t.ints, (a, b, c) =>
      ints(untilStep(Number(toInt64(a!)), Number(toInt64(b!)), Number(toInt64(c!)))),
    ),
  ]);
}

/** A Go []int. */
export function ints(items: readonly number[]): GoSlice {
  return typedSlice(
    t.ints,
    items.map((n) => new GoInt(BigInt(n), 'int')),
  );
}
