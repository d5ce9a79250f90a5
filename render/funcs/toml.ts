// Helm's toToml and fromToml (pkg/engine/funcs.go). toToml is BurntSushi/toml's encoder
// (toml-encode.ts), an error text in place of the document. fromToml reads the document as the
// BurntSushi/toml of the Helm major reads it (toml-decode.ts: v1.4 under Helm 3, v1.6 under
// Helm 4), into the values its Unmarshal gives a map[string]interface{}: int64, float64, string,
// bool, time.Time (local date-times in its `datetime-local` / `date-local` / `time-local` zones),
// []interface{} (arrays, inline tables inside them included), map[string]interface{}, and
// []map[string]interface{} for arrays of tables; a document it rejects gives {"Error": message},
// in BurntSushi's words. Pinned by test/render/funcs/toml.test.ts and toml-errors.test.ts.
import { GoInt, sliceOf, typedSlice, type GoMap, type GoValue } from '../go/index.js';
import { def, funcMap, t, type FuncMap } from './func.js';
import { toToml } from './toml-encode.js';
import { BsTableArray, parseBurntSushi, type BsTable, type BsValue } from './toml-decode.js';
import { goTime } from './time-value.js';

function goValue(v: BsValue): GoValue {
  if (typeof v === 'bigint') return new GoInt(v, 'int64');
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(goValue);
  if (v instanceof Map) return table(v);
  if (v instanceof BsTableArray) return typedSlice(sliceOf(t.anyMap), v.tables.map(table));
  return goTime(v);
}

function table(m: BsTable): GoMap {
  return new Map([...m].map(([k, v]) => [k, goValue(v)]));
}

function fromToml(s: string, major: 3 | 4): GoMap {
  const read = parseBurntSushi(s, major);
  return 'error' in read ? new Map([['Error', read.error]]) : table(read.table);
}

/** The TOML family of Helm `major`. */
export function tomlFuncs(major: 3 | 4): FuncMap {
  return funcMap([
    def('toToml', [t.any], t.string, (v) => toToml(v, major)),
    def('fromToml', [t.string], t.anyMap, (s) => fromToml(s as string, major)),
  ]);
}
