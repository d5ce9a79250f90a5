// Go values to YAML text, the two ways Helm does it. toYaml is sigs.k8s.io/yaml's Marshal:
// json.Marshal, then go-yaml v2 reads that JSON back (integers stay integers, other numbers
// become float64, printed with %g: 0.000001 → 1e-06, 1234567.5 → 1.2345675e+06) and writes it
// with an 80-column width. toYamlPretty is go-yaml v3's Encoder (indent 2, no width limit) on the
// values themselves, so values.yaml's float64 numbers print with %g (1000000 → 1e+06). Both sort
// map keys go-yaml's way: runs of digits compare as numbers, non-letters before letters.
// Pinned by test/render/funcs/yaml.test.ts and the yaml golden charts.
import {
  GoFunc,
  GoInt,
  GoStruct,
  formatFloat,
  typeName,
  type GoMap,
  type GoValue,
} from '../go/index.js';
import { fail } from './func.js';
import { formatDuration } from './duration.js';
import { durationType } from './time-units.js';
import { marshalJson } from './json-encode.js';
import { isDigit, isLetter } from './unicode.js';
import { emitYaml, type YamlNode } from './yaml-emit.js';
import { plainResolvesToString } from './yaml-scalar.js';

/** A failure of go-yaml reading the JSON back, with go-yaml's text. */
export class YamlError extends Error {}

// Characters go-yaml's reader refuses anywhere in its input; json.Marshal writes them raw.
const refused = /[\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/** sigs.k8s.io/yaml.Marshal (throws JsonError when json.Marshal fails, YamlError when go-yaml does). */
export function marshalYamlV2(v: GoValue): string {
  const json = marshalJson(v);
  if (refused.test(json)) throw new YamlError('yaml: control characters are not allowed');
  const node = new JsonReader(json).value();
  return emitYaml(node, { v3: false, indent: 2, width: 80 });
}

/** go-yaml v3's Encoder with SetIndent(2), as Helm's toYamlPretty uses it. */
export function marshalYamlV3(v: GoValue): string {
  return emitYaml(nodeV3(v), { v3: true, indent: 2, width: -1 });
}

// The encoder's stringv: literal when multi-line, plain when it reads back as a string, else
// double-quoted; the emitter may still pick another style from the characters.
function stringNode(s: string): YamlNode {
  const style = s.includes('\n') ? 'literal' : plainResolvesToString(s) ? 'plain' : 'double';
  return { kind: 'scalar', value: s, style };
}

const plain = (value: string): YamlNode => ({ kind: 'scalar', value, style: 'plain' });

function floatText(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  return formatFloat(f, 'g', -1);
}

function nodeV3(v: GoValue): YamlNode {
  if (v === null) return plain('null');
  switch (typeof v) {
    case 'boolean':
      return plain(String(v));
    case 'number':
      return plain(floatText(v));
    case 'string':
      return stringNode(v);
  }
  // go-yaml v3 writes a time.Duration as its String (encode.go), other ints as numbers.
  if (v instanceof GoInt && v.named === durationType) return stringNode(formatDuration(v.value));
  if (v instanceof GoInt) return plain(v.value.toString());
  if (v instanceof Uint8Array) return { kind: 'seq', items: Array.from(v, (b) => plain(`${b}`)) };
  if (Array.isArray(v)) return { kind: 'seq', items: v.map(nodeV3) };
  if (v instanceof Map) return mapNode([...(v as GoMap)], true, nodeV3);
  if (v instanceof GoStruct) {
    // go-yaml names an untagged field by its lower-cased name and keeps declaration order.
    const fields = [...v.fields].map(([k, x]) => [stringNode(k.toLowerCase()), nodeV3(x)] as const);
    return { kind: 'map', entries: fields };
  }
  if (v instanceof GoFunc) fail(`cannot marshal type: ${typeName(v)}`);
  return fail(`cannot marshal type: ${typeName(v)}`);
}

function mapNode<T>(entries: [string, T][], v3: boolean, value: (x: T) => YamlNode): YamlNode {
  const sorted = entries.sort(([a], [b]) => (keyLess(a, b, v3) ? -1 : keyLess(b, a, v3) ? 1 : 0));
  return { kind: 'map', entries: sorted.map(([k, x]) => [stringNode(k), value(x)] as const) };
}

/** go-yaml's keyList.Less for two string keys (v3 also looks at the digit before a difference). */
export function keyLess(a: string, b: string, v3: boolean): boolean {
  const ar = Array.from(a, (c) => c.codePointAt(0)!);
  const br = Array.from(b, (c) => c.codePointAt(0)!);
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]!);
      continue;
    }
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return v3 && digits ? al : bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === 0x30 || br[i] === 0x30) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== 0x30) {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++)
      an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai]! - 0x30));
    for (; bi < br.length && isDigit(br[bi]!); bi++)
      bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi]! - 0x30));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

// go-yaml v2 reading json.Marshal's output: strings are double-quoted scalars, numbers resolve
// to int, uint or float64, then are written back in Go's formats.
class JsonReader {
  private i = 0;
  constructor(private readonly s: string) {}

  value(): YamlNode {
    const c = this.s[this.i]!;
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return stringNode(this.string());
    const m = /^[^,\]}]+/.exec(this.s.slice(this.i))![0];
    this.i += m.length;
    return plain(/^[tfn]/.test(m) ? m : numberText(m));
  }

  private object(): YamlNode {
    const entries: [string, YamlNode][] = [];
    this.i++;
    while (this.s[this.i] !== '}') {
      if (this.s[this.i] === ',') this.i++;
      const k = this.string();
      this.i++; // ':'
      entries.push([k, this.value()]);
    }
    this.i++;
    return mapNode(entries, false, (x) => x);
  }

  private array(): YamlNode {
    const items: YamlNode[] = [];
    this.i++;
    while (this.s[this.i] !== ']') {
      if (this.s[this.i] === ',') this.i++;
      items.push(this.value());
    }
    this.i++;
    return { kind: 'seq', items };
  }

  private string(): string {
    const start = this.i;
    for (this.i++; this.s[this.i] !== '"'; this.i++) if (this.s[this.i] === '\\') this.i++;
    this.i++;
    return JSON.parse(this.s.slice(start, this.i)) as string;
  }
}

// A JSON number as go-yaml v2 resolves and re-encodes it: int64 or uint64 in decimal, else %g.
function numberText(text: string): string {
  if (/^-?\d+$/.test(text)) {
    const n = BigInt(text);
    if (n >= -(1n << 63n) && n < 1n << 64n) return n.toString();
  }
  return floatText(Number(text));
}
