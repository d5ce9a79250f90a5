// Helm's toToml and fromToml (pkg/engine/funcs.go). toToml is BurntSushi/toml's encoder
// (toml-encode.ts), an error text in place of the document. fromToml decodes with smol-toml into
// the values BurntSushi's Unmarshal gives a map[string]interface{}: int64, float64, string, bool,
// time.Time (local date-times in its `datetime-local` / `date-local` / `time-local` zones),
// []interface{}, map[string]interface{}, and []map[string]interface{} for arrays of tables; a
// document it rejects gives {"Error": message}. Known differences, because smol-toml is not
// BurntSushi: the Error message's text; fractions of a second past milliseconds; and an array of
// inline tables (`a = [{x = 1}]`), which BurntSushi types []interface{}, comes out as
// []map[string]interface{} like `[[a]]`. Pinned by test/render/funcs/toml.test.ts.
import { parse, TomlDate, TomlError } from 'smol-toml';
import { GoInt, sliceOf, typedSlice, type GoMap, type GoValue } from '../go/index.js';
import { def, funcMap, t, type FuncMap } from './func.js';
import { toToml } from './toml-encode.js';
import { parseTime } from './time-parse.js';
import { goTime } from './time-value.js';
import { fixedZone, local } from './time-zone.js';

const localOffset = (): number => local().lookup(Math.floor(Date.now() / 1000)).offset;

function date(d: TomlDate): GoValue {
  const text = d.toISOString();
  if (!d.isLocal()) return goTime(parseTime('2006-01-02T15:04:05.999999999Z07:00', text, local()));
  const [layout, zone] = d.isDate()
    ? ['2006-01-02', 'date-local']
    : d.isTime()
      ? ['15:04:05.999999999', 'time-local']
      : ['2006-01-02T15:04:05.999999999', 'datetime-local'];
  return goTime(parseTime(layout, text, fixedZone(zone, localOffset())));
}

function goValue(v: unknown): GoValue {
  if (typeof v === 'bigint') return new GoInt(BigInt.asIntN(64, v), 'int64');
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof TomlDate) return date(v);
  if (Array.isArray(v)) {
    const items = v.map(goValue);
    const tables = items.length > 0 && items.every((x) => x instanceof Map);
    return tables ? typedSlice(sliceOf(t.anyMap), items) : items;
  }
  return table(v as Record<string, unknown>);
}

function table(o: Record<string, unknown>): GoMap {
  return new Map(Object.entries(o).map(([k, v]) => [k, goValue(v)]));
}

function fromToml(s: string): GoMap {
  try {
    return table(parse(s, { integersAsBigInt: true }));
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    return new Map([['Error', `toml: ${e.message.split('\n')[0]!}`]]);
  }
}

/** The TOML family of Helm `major`. */
export function tomlFuncs(major: 3 | 4): FuncMap {
  return funcMap([
    def('toToml', [t.any], t.string, (v) => toToml(v, major)),
    def('fromToml', [t.string], t.anyMap, (s) => fromToml(s as string)),
  ]);
}
