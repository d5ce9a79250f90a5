// How go-yaml v2 (which Helm reads values with, through sigs.k8s.io/yaml) gives a YAML scalar its
// type. A quoted or block scalar is a string unless it carries a tag. A plain scalar is looked up
// by its first character: `yYnNtTfFoO~` may be one of the YAML 1.1 words (y/yes/on/true, n/no/off/
// false, ~/null, each in three spellings), `.` may be .inf/.nan or a float like `.5`, a digit or a
// sign may be an integer (Go's ParseInt with base prefixes 0x/0o/0b and a leading 0 for octal, after
// every `_` is removed), an unsigned integer beyond int64, or a float; anything else is a string.
// Timestamps stay strings: go-yaml hands them to interface{} as their text.
// Pinned by test/render/go/yaml-values.test.ts (cases recorded from Helm's fromYaml).

/** A scalar resolved as go-yaml v2 resolves it, before the JSON round trip. */
export type Resolved =
  | { readonly kind: 'null' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int' | 'uint'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'binary'; readonly value: string };

/** A scalar that go-yaml refuses, with go-yaml's message. */
export class ResolveError extends Error {}

const words = new Map<string, Resolved>();
function define(spellings: string, r: Resolved): void {
  for (const s of spellings.split(' ')) words.set(s, r);
}
define('y Y yes Yes YES true True TRUE on On ON', { kind: 'bool', value: true });
define('n N no No NO false False FALSE off Off OFF', { kind: 'bool', value: false });
define('~ null Null NULL', { kind: 'null' });
define('.nan .NaN .NAN', { kind: 'float', value: NaN });
define('.inf .Inf .INF +.inf +.Inf +.INF', { kind: 'float', value: Infinity });
define('-.inf -.Inf -.INF', { kind: 'float', value: -Infinity });

const resolvable = new Set(['', '!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp']);
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const dotFloat = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const int64Min = -(1n << 63n);
const int64Max = (1n << 63n) - 1n;
const uint64Max = (1n << 64n) - 1n;

/** Shortens `tag:yaml.org,2002:int` to `!!int`, as go-yaml spells tags in messages. */
export function shortTag(tag: string): string {
  const long = 'tag:yaml.org,2002:';
  return tag.startsWith(long) ? '!!' + tag.slice(long.length) : tag;
}

/**
 * Resolves a scalar's text. `plain` is whether it was written without quotes or block style; `tag`
 * is its explicit tag in short form, or '' when it has none. Throws ResolveError as go-yaml fails.
 */
export function resolveScalar(text: string, plain: boolean, tag: string): Resolved {
  if (tag === '' && !plain) return { kind: 'str', value: text };
  if (tag === '!!binary') return { kind: 'binary', value: text };
  if (!resolvable.has(tag)) return { kind: 'str', value: text };
  const r = tag === '!!str' ? { kind: 'str' as const, value: text } : resolveUntagged(text);
  const rtag = r.kind === 'uint' ? '!!int' : `!!${r.kind}`;
  if (
    tag === '' ||
    tag === rtag ||
    tag === '!!str' ||
    (tag === '!!timestamp' && r.kind === 'str')
  ) {
    return r;
  }
  if (tag === '!!float' && r.kind === 'int') return { kind: 'float', value: Number(r.value) };
  throw new ResolveError(`cannot decode ${rtag} \`${text}\` as a ${tag}`);
}

// Only text whose first character hints at a non-string is looked at further.
const hinted = /^[yYnNtTfFoO~.+\-0-9]/;

function resolveUntagged(text: string): Resolved {
  if (text === '') return { kind: 'null' };
  if (!hinted.test(text)) return str(text);
  const word = words.get(text);
  if (word !== undefined) return word;
  const c = text[0]!;
  if (c === '.') {
    return dotFloat.test(text) ? { kind: 'float', value: Number(text) } : str(text);
  }
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) return resolveNumber(text);
  return str(text);
}

function resolveNumber(text: string): Resolved {
  const plain = text.replaceAll('_', '');
  const n = parseGoInt(plain);
  if (n !== undefined) {
    if (n >= int64Min && n <= int64Max) return { kind: 'int', value: n };
    if (n > 0n && n <= uint64Max && plain[0] !== '+') return { kind: 'uint', value: n };
  }
  if (yamlStyleFloat.test(plain)) {
    // Go's ParseFloat fails on overflow; go-yaml then keeps the text.
    const f = Number(plain);
    if (Number.isFinite(f)) return { kind: 'float', value: f };
  }
  if (plain.startsWith('0b')) {
    // go-yaml's own binary fallback parses the rest with a sign allowed: `0b-1` is -1.
    const m = /^([-+]?)([01]+)$/.exec(plain.slice(2));
    if (m !== null) {
      const v = BigInt('0b' + m[2]) * (m[1] === '-' ? -1n : 1n);
      if (v >= int64Min && v <= int64Max) return { kind: 'int', value: v };
      if (v <= uint64Max) return { kind: 'uint', value: v };
    }
  }
  return str(text);
}

// Go's strconv.ParseInt(s, 0, 64) syntax, without its range check: a sign, then 0x/0o/0b or a
// leading 0 (octal), then at least one digit of that base.
function parseGoInt(s: string): bigint | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (m === null) return undefined;
  const body = m[2]!;
  let v: bigint;
  if (/^0[xXoObB]/.test(body)) v = BigInt('0' + body[1]!.toLowerCase() + body.slice(2));
  else if (body.length > 1 && body[0] === '0') v = BigInt('0o' + body.slice(1));
  else v = BigInt(body);
  return m[1] === '-' ? -v : v;
}

function str(value: string): Resolved {
  return { kind: 'str', value };
}

/**
 * A resolved scalar after sigs.k8s.io/yaml's JSON round trip: ints become float64 numbers;
 * undefined for the non-finite floats JSON cannot hold (the caller words that error).
 */
export function jsonScalar(r: Resolved): null | boolean | number | string | undefined {
  switch (r.kind) {
    case 'null':
      return null;
    case 'bool':
    case 'str':
    case 'binary':
      return r.value;
    case 'int':
    case 'uint':
      return Number(r.value);
    case 'float':
      return Number.isFinite(r.value) ? r.value : undefined;
  }
}
