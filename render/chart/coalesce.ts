// Helm's value coalescing (chartutil.CoalesceValues / MergeValues): the user's values win over
// the chart's defaults key by key, maps merge deeply, lists and scalars replace, a user `null`
// deletes the default (coalescing only; merging keeps nulls), and each subchart's section is
// coalesced with that subchart's defaults after the parent's `global` is copied into it.
// Warnings use Helm's texts; Go iterates maps at random, we in insertion order.
import { GoInt, sprint, type GoMap, type GoValue } from '../go/index.js';
import type { Chart } from './chart.js';
import { ChartError, type Warn } from './errors.js';

/** Whether a value is a values table (a `map[string]interface {}`). */
export function isTable(v: GoValue | undefined): v is GoMap {
  return v instanceof Map;
}

/** A deep copy of maps and slices (copystructure.Copy), scalars shared. */
export function deepCopy<T extends GoValue>(v: T): T {
  if (v instanceof Map) {
    const m: GoMap = new Map();
    for (const [k, x] of v as GoMap) m.set(k, deepCopy(x));
    return m as T;
  }
  if (Array.isArray(v)) return v.map((x) => deepCopy(x)) as T;
  return v;
}

// Where Helm 3.17's pkg/chartutil/coalesce.go logs each warning (Helm 3 prints the line).
const site = (line: number): string => `coalesce.go:${line}`;

function concat(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** Coalesces `vals` (the user's, copied first) with the chart's defaults and its subcharts'. */
export function coalesceValues(chart: Chart, vals: GoMap, warn: Warn, merge = false): GoMap {
  return coalesce(warn, chart, deepCopy(vals), '', merge);
}

function coalesce(warn: Warn, chart: Chart, dest: GoMap, prefix: string, merge: boolean): GoMap {
  coalesceChartValues(warn, chart, dest, prefix, merge);
  for (const sub of chart.dependencies) {
    const name = sub.metadata.name;
    const c = dest.get(name);
    if (c === undefined) dest.set(name, new Map());
    else if (!isTable(c))
      throw new ChartError(`type mismatch on ${name}: %!t(${goTypeName(c)}=${sprint([c])})`);
    const dv = dest.get(name) as GoMap;
    const subPrefix = concat(prefix, chart.metadata.name);
    coalesceGlobals(warn, dv, dest, subPrefix);
    dest.set(name, coalesce(warn, sub, dv, subPrefix, merge));
  }
  return dest;
}

function goTypeName(v: GoValue): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float64';
  if (v instanceof GoInt) return v.type;
  if (Array.isArray(v)) return '[]interface {}';
  return 'interface {}';
}

function coalesceGlobals(warn: Warn, dest: GoMap, src: GoMap, prefix: string): void {
  const destGlobal = dest.get('global');
  const srcGlobal = src.get('global');
  let dg: GoMap;
  if (destGlobal === undefined) dg = new Map();
  else if (isTable(destGlobal)) dg = destGlobal;
  else
    return warn('warning: skipping globals because destination global is not a table.', site(138));
  let sg: GoMap;
  if (srcGlobal === undefined) sg = new Map();
  else if (isTable(srcGlobal)) sg = srcGlobal;
  else return warn('warning: skipping globals because source global is not a table.', site(145));
  for (const [key, val] of sg) {
    if (isTable(val)) {
      const vv: GoMap = new Map(val);
      const destv = dg.get(key);
      if (destv === undefined) dg.set(key, vv);
      else if (!isTable(destv))
        warn(
          `Conflict: cannot merge map onto non-map for ${JSON.stringify(key)}. Skipping.`,
          site(161),
        );
      else {
        coalesceTables(warn, vv, destv, concat(prefix, key), true);
        dg.set(key, vv);
      }
    } else if (isTable(dg.get(key))) warn(`key ${key} is table. Skipping`, site(175));
    else dg.set(key, val);
  }
  dest.set('global', dg);
}

function coalesceChartValues(
  warn: Warn,
  chart: Chart,
  v: GoMap,
  prefix: string,
  merge: boolean,
): void {
  const subPrefix = concat(prefix, chart.metadata.name);
  for (const [key, val] of deepCopy(chart.values)) {
    if (!v.has(key)) {
      v.set(key, val);
      continue;
    }
    const value = v.get(key)!;
    if (value === null && !merge) v.delete(key);
    else if (isTable(value)) {
      if (!isTable(val)) {
        if (val !== null)
          warn(`warning: skipped value for ${subPrefix}.${key}: Not a table.`, site(237));
      } else {
        const childMerge = chart.dependencies.some((d) => d.metadata.name === key) || merge;
        coalesceTables(warn, value, val, concat(subPrefix, key), childMerge);
      }
    }
  }
}

/** Helm's coalesceTablesFullKey: fills `dst` from `src` where `dst` has no value. */
export function coalesceTables(
  warn: Warn,
  dst: GoMap,
  src: GoMap,
  prefix: string,
  merge: boolean,
): GoMap {
  for (const [key, val] of src) {
    const fullKey = concat(prefix, key);
    const has = dst.has(key);
    const dv = dst.get(key);
    if (has && !merge && dv === null) dst.delete(key);
    else if (!has) dst.set(key, val);
    else if (isTable(val)) {
      if (isTable(dv)) coalesceTables(warn, dv, val, fullKey, merge);
      else
        warn(
          `warning: cannot overwrite table with non table for ${fullKey} (${sprint([val])})`,
          site(298),
        );
    } else if (isTable(dv) && val !== null) {
      warn(
        `warning: destination for ${fullKey} is a table. Ignoring non-table value (${sprint([val])})`,
        site(301),
      );
    }
  }
  return dst;
}

/** Helm's MergeTables for user values: `src` entries fill `dst` deeply (nulls kept). */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out: GoMap = new Map(a);
  for (const [k, v] of b) {
    const existing = out.get(k);
    if (isTable(v) && isTable(existing)) out.set(k, mergeMaps(existing, v));
    else out.set(k, v);
  }
  return out;
}

/** Values.Table: the table at a dotted path, or undefined. */
export function table(values: GoMap, path: string): GoMap | undefined {
  let cur: GoValue = values;
  for (const part of path.split('.')) {
    if (!isTable(cur)) return undefined;
    const next: GoValue | undefined = cur.get(part);
    if (next === undefined) return undefined;
    cur = next;
  }
  return isTable(cur) ? cur : undefined;
}
