// Sprig's reflection functions (reflect.go): typeOf is fmt's %T, kindOf reflect's Kind name
// ("invalid" for nil), and reflect.DeepEqual. Pinned by the reflection golden chart.
import { kindOf, typeName } from '../go/index.js';
import { deepEqual } from './deep-equal.js';
import { def, t, funcMap, type FuncMap } from './func.js';

/** The reflection family. */
export function reflectionFuncs(): FuncMap {
  const s = t.string;
  return funcMap([
    def('typeOf', [t.any], s, (v) => typeName(v)),
    def('typeIs', [s, t.any], t.bool, (target, v) => target === typeName(v)),
    def('typeIsLike', [s, t.any], t.bool, (target, v) => {
      const name = typeName(v);
      return target === name || `*${target as string}` === name;
    }),
    def('kindOf', [t.any], s, (v) => kindOf(v)),
    def('kindIs', [s, t.any], t.bool, (target, v) => target === kindOf(v)),
    def('deepEqual', [t.any, t.any], t.bool, (a, b) => deepEqual(a, b)),
  ]);
}
