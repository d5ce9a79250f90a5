/**
 * `fieldPath` of a validation rule: a relative JSON path of field selections (`.spec.name`) and
 * quoted keys (`['a.b']`), checked against the schema as the API server checks it
 * (apiextensions-apiserver `schema/cel/validation.go` `ValidFieldPath`). List indices are not paths.
 */
import type { JSONSchemaProps } from '../schema/json-schema-props.js';

/** A valid path's segments, or why it is not valid. */
export type FieldPathResult = { ok: true; segments: string[] } | { ok: false; reason: string };

// The API server splits on `.`, `[` and `]`, keeping single-quoted strings (with `\'`) whole.
const TOKEN = /'(?:[^'\\]|\\.)*'|[.[\]]|[^.[\]']+/gy;

function tokens(path: string): string[] | undefined {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < path.length) {
    const m = TOKEN.exec(path);
    if (!m) return undefined;
    out.push(m[0]);
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  a: '\u0007',
  b: '\b',
  f: '\f',
  "'": "'",
  '\\': '\\',
};

function unquote(tok: string): string | undefined {
  let bad = false;
  const s = tok.slice(1, -1).replace(/\\(.)/g, (_, c: string) => {
    const r = ESCAPES[c];
    if (r === undefined) bad = true;
    return r ?? '';
  });
  return bad ? undefined : s;
}

/** Checks `path` against `schema` (the node the rule sits on). */
export function validFieldPath(path: string, schema: JSONSchemaProps): FieldPathResult {
  const toks = tokens(path);
  if (!toks) return { ok: false, reason: 'unterminated quoted string' };
  const segments: string[] = [];
  let node: JSONSchemaProps | undefined = schema;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    let name: string | undefined;
    if (tok === '.') {
      name = toks[++i];
      if (name === undefined) return { ok: false, reason: 'unexpected end of JSON path' };
    } else if (tok === '[') {
      const quoted = toks[++i];
      if (quoted === undefined || toks[++i] !== ']')
        return { ok: false, reason: 'expected a quoted key in [...]' };
      if (quoted.length < 2 || !quoted.startsWith("'") || !quoted.endsWith("'")) {
        return { ok: false, reason: `expected single quoted string but got ${quoted}` };
      }
      name = unquote(quoted);
      if (name === undefined) return { ok: false, reason: 'invalid string literal' };
    } else {
      return { ok: false, reason: `expected [ or . but got: ${tok ?? ''}` };
    }
    node = step(node, name);
    if (!node) return { ok: false, reason: `${name} does not refer to a valid field` };
    segments.push(name);
  }
  return { ok: true, segments };
}

function step(node: JSONSchemaProps, name: string): JSONSchemaProps | undefined {
  if (node.properties !== undefined) return node.properties[name];
  if (typeof node.additionalProperties === 'object') return node.additionalProperties;
  return undefined;
}
