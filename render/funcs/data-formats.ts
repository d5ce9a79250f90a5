// The JSON functions: Helm's toJson (errors swallowed: ""), fromJson / fromJsonArray (a parse
// error under an "Error" key, or as the only element), Sprig's toPrettyJson, toRawJson (no HTML
// escaping; panics on error), mustToJson / mustToPrettyJson / mustToRawJson / mustFromJson.
// Pinned by test/render/funcs/json.test.ts and the data-formats golden chart.
import { nilOf, type GoMap, type GoValue } from '../go/index.js';
import { def, fail, funcMap, t, type FuncMap } from './func.js';
import { JsonSyntaxError, unmarshalJson } from './json-decode.js';
import { JsonError, marshalJson, type JsonOptions } from './json-encode.js';

function marshal(v: GoValue, options: JsonOptions, swallow: boolean): string {
  try {
    return marshalJson(v, options);
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    return swallow ? '' : fail(e.message);
  }
}

// json.Unmarshal into a typed target: the syntax check first, then Go's type mismatch text.
function unmarshalInto(text: string, want: 'map' | 'slice'): GoValue {
  const v = unmarshalJson(text);
  if (v === null) return null;
  const ok = want === 'map' ? v instanceof Map : Array.isArray(v);
  if (!ok) {
    const what =
      v instanceof Map
        ? 'object'
        : Array.isArray(v)
          ? 'array'
          : typeof v === 'number'
            ? 'number'
            : typeof v;
    const into = want === 'map' ? 'map[string]interface {}' : '[]interface {}';
    throw new JsonSyntaxError(`json: cannot unmarshal ${what} into Go value of type ${into}`);
  }
  return v;
}

function fromJson(text: string): GoMap {
  try {
    const v = unmarshalInto(text, 'map');
    return v === null ? (nilOf(t.anyMap) as GoMap) : (v as GoMap);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return new Map([['Error', e.message]]);
  }
}

function fromJsonArray(text: string): GoValue {
  try {
    const v = unmarshalInto(text, 'slice');
    return v === null ? nilOf(t.anys) : v;
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return [e.message];
  }
}

/** The JSON family. */
export function jsonFuncs(): FuncMap {
  const { any, string: s } = t;
  const pretty = { indent: '  ' };
  const raw = { escapeHTML: false };
  return funcMap([
    def('toJson', [any], s, (v) => marshal(v!, {}, true)),
    def('mustToJson', [any], s, (v) => marshal(v!, {}, false), { returnsError: true }),
    def('toPrettyJson', [any], s, (v) => marshal(v!, pretty, true)),
    def('mustToPrettyJson', [any], s, (v) => marshal(v!, pretty, false), { returnsError: true }),
    def('toRawJson', [any], s, (v) => marshal(v!, raw, false)),
    def('mustToRawJson', [any], s, (v) => marshal(v!, raw, false), { returnsError: true }),
    def('fromJson', [s], t.anyMap, (x) => fromJson(x as string)),
    def('fromJsonArray', [s], t.anys, (x) => fromJsonArray(x as string)),
    def(
      'mustFromJson',
      [s],
      any,
      (x) => {
        try {
          return unmarshalJson(x as string);
        } catch (e) {
          return e instanceof JsonSyntaxError ? fail(e.message) : fail(String(e));
        }
      },
      { returnsError: true },
    ),
  ]);
}
