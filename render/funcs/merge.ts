// mergo v1.0.1's map merge as Sprig's merge (mergo.Merge) and mergeOverwrite
// (mergo.MergeWithOverwrite) call it on map[string]interface {}. The destination is mutated and
// returned; nested maps present on both sides are merged into the destination's own nested map
// (mutating it wherever else it is referenced), and a value taken from a source is the source's
// own object, so later mutations through either side are shared, exactly as in Helm.
// Pinned by test/render/funcs/dicts.test.ts and the dicts golden chart.
import { GoStruct, goNil, type GoMap, type GoValue } from '../go/index.js';
import { empty } from './defaults.js';

// mergo's isEmptyValue, dereferencing interfaces: nil, zero numbers, "", false, empty containers.
function isEmptyValue(v: GoValue | undefined): boolean {
  if (v === undefined) return true;
  if (v instanceof GoStruct) return false;
  return empty(v);
}

const isMap = (v: GoValue | undefined): v is GoMap => v instanceof Map;

/** Merges `src` into `dst` in place; `overwrite` is mergeOverwrite. */
export function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean): void {
  for (const [key, s] of src) {
    const had = dst.has(key);
    const d = dst.get(key);
    if (s === null) {
      // A nil source element replaces only under overwrite.
      if (overwrite) dst.set(key, s);
      continue;
    }
    if (isMap(s)) {
      // Merged into the destination's nested map when it is one (mergo leaves a nil map alone).
      if (isMap(d) && d[goNil] !== true) mergeInto(d, s, overwrite);
    } else if (Array.isArray(s)) {
      // mergo first stores the source's slice under overwrite or into an empty destination map,
      // else what the destination holds; the checks below may then store the source's anyway.
      dst.set(key, overwrite || dst.size === 0 ? s : d === undefined || d === null ? [] : d);
    }
    if (had && !isEmptyValue(d)) {
      if (Array.isArray(s)) continue;
      if (isMap(s) && isMap(d)) continue;
    }
    if (overwrite || !had || isEmptyValue(d)) dst.set(key, s);
  }
}
