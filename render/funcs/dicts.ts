// Sprig's dict.go. Parameters typed map[string]interface {} accept Helm's chartutil.Values (an
// assignable named map) and nil (a nil map: reads find nothing, `set` panics as Go does); `dig`
// asserts its last argument's dynamic type, so .Values itself fails there as it does in Helm.
// Pinned by test/render/funcs/dicts.test.ts and the dicts golden chart.
import { goNil, typeName, type GoMap, type GoValue } from '../go/index.js';
import { strval } from './cast.js';
import { deepCopy } from './deep-copy.js';
import { def, fail, funcMap, strings, t, type FuncMap } from './func.js';
import { mergeInto } from './merge.js';

const asMap = (v: GoValue): GoMap => v as GoMap;

function set(d: GoMap, key: string, value: GoValue): GoMap {
  if (d[goNil] === true) fail('assignment to entry in nil map');
  d.set(key, value);
  return d;
}

function dict(...v: GoValue[]): GoMap {
  const out: GoMap = new Map();
  for (let i = 0; i < v.length; i += 2) out.set(strval(v[i]!), i + 1 < v.length ? v[i + 1]! : '');
  return out;
}

// A type assertion x.(T) on an interface {} value, with Go's panic text.
function assert(v: GoValue, want: string): void {
  const got = v === null ? 'nil' : typeName(v);
  if (got !== want) fail(`interface conversion: interface {} is ${got}, not ${want}`);
}

function dig(...ps: GoValue[]): GoValue {
  if (ps.length < 3) fail('dig needs at least three arguments');
  const last = ps[ps.length - 1]!;
  assert(last, 'map[string]interface {}');
  const def = ps[ps.length - 2]!;
  const keys = ps.slice(0, -2).map((k) => {
    assert(k, 'string');
    return k as string;
  });
  let d = asMap(last);
  for (let i = 0; ; i++) {
    if (!d.has(keys[i]!)) return def;
    const step = d.get(keys[i]!)!;
    if (i === keys.length - 1) return step;
    assert(step, 'map[string]interface {}');
    d = asMap(step);
  }
}

function merge(overwrite: boolean) {
  return (dst: GoValue, ...srcs: GoValue[]): GoValue => {
    // mergo replaces a nil destination with a new map, which Sprig then returns.
    let out = asMap(dst);
    if (out[goNil] === true && srcs.some((s) => s !== null && asMap(s)[goNil] !== true))
      out = new Map();
    for (const src of srcs) mergeInto(out, asMap(src), overwrite);
    return out;
  };
}

// copystructure reflects on its argument and panics on nil.
function copyOf(v: GoValue): GoValue {
  if (v === null) fail('reflect: call of reflect.Value.Type on zero Value');
  return deepCopy(v);
}

/** The dict family. */
export function dictFuncs(): FuncMap {
  const { any, anyMap: m, string: s } = t;
  return funcMap([
    def('dict', [], m, dict, { variadic: any }),
    def('get', [m, s], any, (d, k) =>
      asMap(d).has(k as string) ? asMap(d).get(k as string)! : '',
    ),
    def('set', [m, s, any], m, (d, k, v) => set(asMap(d), k as string, v!)),
    def('unset', [m, s], m, (d, k) => {
      asMap(d).delete(k as string);
      return d;
    }),
    def('hasKey', [m, s], t.bool, (d, k) => asMap(d).has(k as string)),
    def(
      'pluck',
      [s],
      t.anys,
      (k, ...ds) =>
        ds
          .map(asMap)
          .filter((d) => d.has(k as string))
          .map((d) => d.get(k as string)!),
      {
        variadic: m,
      },
    ),
    def('keys', [], t.strings, (...ds) => strings(ds.flatMap((d) => [...asMap(d).keys()])), {
      variadic: m,
    }),
    def('values', [m], t.anys, (d) => [...asMap(d).values()]),
    def(
      'pick',
      [m],
      m,
      (d, ...ks) => {
        const out: GoMap = new Map();
        for (const k of ks as string[]) if (asMap(d).has(k)) out.set(k, asMap(d).get(k)!);
        return out;
      },
      { variadic: s },
    ),
    def(
      'omit',
      [m],
      m,
      (d, ...ks) => {
        const drop = new Set(ks as string[]);
        return new Map([...asMap(d)].filter(([k]) => !drop.has(k)));
      },
      { variadic: s },
    ),
    def('merge', [m], any, merge(false), { variadic: m }),
    def('mustMerge', [m], any, merge(false), { variadic: m, returnsError: true }),
    def('mergeOverwrite', [m], any, merge(true), { variadic: m }),
    def('mustMergeOverwrite', [m], any, merge(true), { variadic: m, returnsError: true }),
    def('deepCopy', [any], any, (v) => copyOf(v!)),
    def('mustDeepCopy', [any], any, (v) => copyOf(v!), { returnsError: true }),
    def('dig', [], any, dig, { variadic: any, returnsError: true }),
  ]);
}
