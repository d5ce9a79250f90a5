// Helm's --set syntax (pkg/strvals): `a.b=c,d[0]=e,f={x,y}` with `\` escaping any rune, list
// indexes (at most 65536, never negative), dotted names nested at most 30 deep, and the value
// readers of each flag: --set types `true`/`false`/`null`/ints (int64), --set-string keeps text,
// --set-json decodes one JSON value, --set-file reads the named file, --set-literal takes the rest
// of the argument verbatim. Go panics on a type clash are recovered by Helm as
// `unable to parse key: interface conversion: …`, which we reproduce.
import { GoInt, type GoMap, type GoValue } from '../go/index.js';
import { decodeJsonPrefix } from './json-value.js';

const maxIndex = 65536;
const maxNestedNameLevel = 30;

/** How a flag turns the text after `=` into a value. */
export type StrvalsMode =
  | { readonly kind: 'typed' }
  | { readonly kind: 'string' }
  | { readonly kind: 'json' }
  | { readonly kind: 'file'; readonly read: (path: string) => string };

class Eof extends Error {}
class NotList extends Error {}
/** An error of --set parsing, with Helm's text. */
export class StrvalsError extends Error {}

function goType(v: GoValue | undefined): string {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float64';
  if (v instanceof GoInt) return v.type;
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof Map) return 'map[string]interface {}';
  return 'interface {}';
}

function panicConversion(v: GoValue | undefined, want: string): never {
  throw new StrvalsError(
    `unable to parse key: interface conversion: interface {} is ${goType(v)}, not ${want}`,
  );
}

/** Parses one --set-style argument into `dest` (Helm's ParseInto and its siblings). */
export function parseInto(text: string, dest: GoMap, mode: StrvalsMode): void {
  const p = new Parser([...text], mode);
  for (;;) {
    try {
      p.key(dest, 0);
    } catch (e) {
      if (e instanceof Eof) return;
      throw e;
    }
  }
}

/** Parses one --set-literal argument into `dest` (Helm's ParseLiteralInto). */
export function parseLiteralInto(text: string, dest: GoMap): void {
  const p = new Parser([...text], { kind: 'string' }, true);
  for (;;) {
    try {
      p.key(dest, 0);
    } catch (e) {
      if (e instanceof Eof) return;
      throw e;
    }
  }
}

function typedVal(s: string): GoValue {
  const lower = s.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (s === '0') return new GoInt(0n, 'int64');
  if (s !== '' && s[0] !== '0' && /^[+-]?[0-9]+$/.test(s)) {
    const n = BigInt(s);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return new GoInt(n, 'int64');
  }
  return s;
}

function setKey(data: GoMap, key: string, val: GoValue): void {
  if (key !== '') data.set(key, val);
}

function setIndex(list: GoValue[], index: number, val: GoValue): GoValue[] {
  if (index < 0) throw new StrvalsError(`negative ${index} index not allowed`);
  if (index > maxIndex)
    throw new StrvalsError(
      `index of ${index} is greater than maximum supported index of ${maxIndex}`,
    );
  while (list.length <= index) list.push(null);
  list[index] = val;
  return list;
}

class Parser {
  private at = 0;

  constructor(
    private readonly runes: string[],
    private readonly mode: StrvalsMode,
    private readonly literal = false,
  ) {}

  // Reads up to a stop rune; `\` escapes the next rune except in literal mode. Eof as Go's io.EOF.
  private until(stop: string): { text: string; last: string | undefined } {
    let text = '';
    for (;;) {
      const r = this.runes[this.at++];
      if (r === undefined) return { text, last: undefined };
      if (stop.includes(r)) return { text, last: r };
      if (r === '\\' && !this.literal) {
        const next = this.runes[this.at++];
        if (next === undefined) return { text, last: undefined };
        text += next;
      } else text += r;
    }
  }

  private read(rs: string): GoValue {
    switch (this.mode.kind) {
      case 'typed':
        return typedVal(rs);
      case 'file':
        return this.mode.read(rs);
      default:
        return rs;
    }
  }

  key(data: GoMap, level: number): void {
    const { text: k, last } = this.until(this.literal ? '=[.' : '=[,.');
    if (last === undefined) {
      if (k === '') throw new Eof();
      throw new StrvalsError(`key ${JSON.stringify(k)} has no value`);
    }
    if (last === '[') {
      const i = this.keyIndex();
      const existing = data.get(k);
      if (existing !== undefined && !Array.isArray(existing))
        panicConversion(existing, '[]interface {}');
      const list = (existing as GoValue[] | undefined) ?? [];
      try {
        this.listItem(list, i, level);
      } finally {
        setKey(data, k, list);
      }
      return;
    }
    if (last === '=') return this.assign(data, k);
    if (last === ',') {
      setKey(data, k, '');
      throw new StrvalsError(`key ${JSON.stringify(k)} has no value (cannot end with ,)`);
    }
    // last === '.'
    if (++level > maxNestedNameLevel) {
      throw new StrvalsError(
        `value name nested level is greater than maximum supported nested level of ${maxNestedNameLevel}`,
      );
    }
    const existing = data.get(k);
    if (existing !== undefined && !(existing instanceof Map))
      panicConversion(existing, 'map[string]interface {}');
    const inner: GoMap = existing ?? new Map();
    let error: unknown;
    try {
      this.key(inner, level);
    } catch (e) {
      error = e;
    }
    if (error === undefined && inner.size === 0)
      throw new StrvalsError(`key map ${JSON.stringify(k)} has no value`);
    if (inner.size !== 0) setKey(data, k, inner);
    if (error !== undefined) throw error;
  }

  private assign(data: GoMap, k: string): void {
    if (this.literal) {
      setKey(data, k, this.until('').text);
      return;
    }
    if (this.mode.kind === 'json') {
      setKey(data, k, this.jsonValue());
      return;
    }
    const list = this.valList();
    if (list instanceof Eof) {
      setKey(data, k, '');
      throw list;
    }
    if (list !== undefined) {
      setKey(data, k, list);
      return;
    }
    const { text } = this.until(',');
    setKey(data, k, this.read(text));
  }

  private jsonValue(): GoValue {
    if (this.emptyVal()) return null;
    const rest = this.runes.slice(this.at).join('');
    const { value, length } = decodeJsonPrefix(rest);
    this.at += [...rest.slice(0, length)].length;
    this.emptyVal();
    return value;
  }

  // Skips spaces up to a `,` or the end: true when no value follows.
  private emptyVal(): boolean {
    for (;;) {
      const r = this.runes[this.at];
      if (r === undefined) return true;
      this.at++;
      if (r === ',') return true;
      if (!/\s/u.test(r)) {
        this.at--;
        return false;
      }
    }
  }

  private keyIndex(): number {
    const { text, last } = this.until(']');
    if (last === undefined) throw new Eof();
    if (!/^[+-]?[0-9]+$/.test(text)) {
      throw new StrvalsError(
        `error parsing index: strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`,
      );
    }
    return Number(text);
  }

  private listItem(list: GoValue[], i: number, level: number): GoValue[] {
    if (i < 0) throw new StrvalsError(`negative ${i} index not allowed`);
    const { text, last } = this.until('[.=');
    if (text.length > 0)
      throw new StrvalsError(`unexpected data at end of array index: ${JSON.stringify(text)}`);
    if (last === undefined) throw new Eof();
    if (last === '=') {
      if (this.literal) return setIndex(list, i, this.until('').text);
      if (this.mode.kind === 'json') return setIndex(list, i, this.jsonValue());
      const vl = this.valList();
      if (vl instanceof Eof) return setIndex(list, i, '');
      if (vl !== undefined) return setIndex(list, i, vl);
      return setIndex(list, i, this.read(this.until(',').text));
    }
    if (last === '[') {
      const next = this.keyIndex();
      const existed = list[i];
      if (existed !== undefined && existed !== null && !Array.isArray(existed))
        panicConversion(existed, '[]interface {}');
      const inner = this.listItem((existed as GoValue[] | null | undefined) ?? [], next, level);
      return setIndex(list, i, inner);
    }
    // last === '.'
    let inner: GoMap = new Map();
    if (list.length > i) {
      const existed = list[i];
      if (existed instanceof Map) inner = existed;
      else list[i] = inner;
    }
    this.key(inner, level);
    return setIndex(list, i, inner);
  }

  // `{a,b}` as a list; undefined when the value does not start with `{`; Eof at the end.
  private valList(): GoValue[] | Eof | undefined {
    const first = this.runes[this.at];
    if (first === undefined) return new Eof();
    if (first !== '{') return undefined;
    this.at++;
    const list: GoValue[] = [];
    for (;;) {
      const { text, last } = this.until(',}');
      if (last === undefined) throw new StrvalsError("list must terminate with '}'");
      if (last === '}') {
        if (this.runes[this.at] === ',') this.at++;
        list.push(this.read(text));
        return list;
      }
      list.push(this.read(text));
    }
  }
}
