// Go's encoding/json Marshal of template values, as Helm's toJson and Sprig's toPrettyJson /
// toRawJson produce it: map keys sorted by bytes, nil slices and maps as null, []byte as base64,
// floats in Go's shortest form (exponent outside [1e-6, 1e21)), strings with Go's escapes
// (HTML-escaped <, >, & unless disabled; U+2028/9 always), NaN, ±Inf and funcs refused with
// Go's error text. Pinned by test/render/funcs/json.test.ts and the data-formats golden chart.
import {
  GoFunc,
  GoInt,
  GoStruct,
  compareGoStrings,
  formatFloat,
  goNil,
  methodOf,
  typeName,
  type GoValue,
} from '../go/index.js';

/** How to marshal: MarshalIndent's indent, and Encoder.SetEscapeHTML. */
export interface JsonOptions {
  readonly indent?: string;
  readonly escapeHTML?: boolean;
}

/** A marshalling failure with Go's error text (`json: unsupported value: NaN`). */
export class JsonError extends Error {}

/** json.Marshal (or MarshalIndent): the text, or throws JsonError. */
export function marshalJson(v: GoValue, options: JsonOptions = {}): string {
  return encode(v, options.escapeHTML ?? true, options.indent ?? '', '');
}

function encode(v: GoValue, html: boolean, indent: string, prefix: string): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return String(v);
    case 'number':
      return jsonFloat(v);
    case 'string':
      return jsonString(v, html);
  }
  if (v instanceof GoInt) return v.value.toString();
  if (v instanceof Uint8Array) return `"${Buffer.from(v).toString('base64')}"`;
  if (v instanceof GoFunc) throw new JsonError(`json: unsupported type: ${typeName(v)}`);
  const custom = methodOf(v, 'MarshalJSON');
  if (custom !== undefined) return custom.impl() as string;
  if (Array.isArray(v)) {
    if (v[goNil] === true) return 'null';
    if (v.length === 0) return '[]';
    const inner = prefix + indent;
    const items = v.map((x) => encode(x, html, indent, inner));
    return indent === ''
      ? `[${items.join(',')}]`
      : `[\n${inner}${items.join(`,\n${inner}`)}\n${prefix}]`;
  }
  const entries: [string, GoValue][] =
    v instanceof Map
      ? [...v].sort(([a], [b]) => compareGoStrings(a, b))
      : [...(v as GoStruct).fields];
  if (v instanceof Map && v[goNil] === true) return 'null';
  if (entries.length === 0) return '{}';
  const inner = prefix + indent;
  const sep = indent === '' ? ':' : ': ';
  const items = entries.map(
    ([k, x]) => `${jsonString(k, html)}${sep}${encode(x, html, indent, inner)}`,
  );
  return indent === ''
    ? `{${items.join(',')}}`
    : `{\n${inner}${items.join(`,\n${inner}`)}\n${prefix}}`;
}

/** Go's float64 encoding in JSON. */
export function jsonFloat(f: number): string {
  if (!Number.isFinite(f))
    throw new JsonError(
      `json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`,
    );
  const abs = Math.abs(f);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    // Go writes e-07 as e-7.
    return formatFloat(f, 'e', -1).replace(/e-0(\d)$/, 'e-$1');
  }
  return formatFloat(f, 'f', -1);
}

const hex = '0123456789abcdef';

/** A JSON string literal as Go writes it. */
export function jsonString(s: string, html = true): string {
  let out = '"';
  for (const c of s) {
    const r = c.codePointAt(0)!;
    if (
      r >= 0x20 &&
      r !== 0x22 &&
      r !== 0x5c &&
      r < 0x7f &&
      !(html && (c === '<' || c === '>' || c === '&'))
    ) {
      out += c;
      continue;
    }
    switch (c) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
    }
    if (r < 0x20 || c === '<' || c === '>' || c === '&') {
      out += `\\u00${hex[r >> 4]!}${hex[r & 15]!}`;
    } else if (r === 0x2028 || r === 0x2029) {
      out += `\\u202${hex[r & 15]!}`;
    } else if (r >= 0xd800 && r <= 0xdfff) {
      out += '\\ufffd'; // a lone surrogate is invalid UTF-8 to Go
    } else {
      out += c;
    }
  }
  return out + '"';
}
