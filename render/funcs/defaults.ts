// Sprig's defaults.go: default, empty, coalesce, all, any, ternary. `empty` is Sprig's own
// reflect-based emptiness (structs are never empty, non-nil pointers and funcs never are).
// Pinned by test/render/funcs/defaults.test.ts and the defaults golden chart.
import { GoInt, GoStruct, GoFunc, type GoValue } from '../go/index.js';
import { def, t, funcMap, type FuncMap } from './func.js';

/** Sprig's empty. */
export function empty(v: GoValue): boolean {
  if (v === null) return true;
  switch (typeof v) {
    case 'boolean':
      return !v;
    case 'number':
      return v === 0;
    case 'string':
      return v.length === 0;
  }
  if (v instanceof GoInt) return v.value === 0n;
  if (v instanceof Uint8Array || Array.isArray(v)) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  if (v instanceof GoStruct || v instanceof GoFunc) return false;
  return false;
}

/** The defaults family (Helm's required and fail are bound per render, in helm.ts). */
export function defaultFuncs(): FuncMap {
  const any = t.any;
  return funcMap([
    def(
      'default',
      [any],
      any,
      (d, ...given) => (given.length === 0 || empty(given[0]!) ? d! : given[0]!),
      {
        variadic: any,
      },
    ),
    def('empty', [any], t.bool, (v) => empty(v!)),
    def('coalesce', [], any, (...vs) => vs.find((v) => !empty(v)) ?? null, { variadic: any }),
    def('all', [], t.bool, (...vs) => vs.every((v) => !empty(v)), { variadic: any }),
    def('any', [], t.bool, (...vs) => vs.some((v) => !empty(v)), { variadic: any }),
    def('ternary', [any, any, t.bool], any, (a, b, c) => (c ? a! : b!)),
  ]);
}
