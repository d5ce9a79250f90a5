// libyaml's emitter as go-yaml ports it, for the block documents that toYaml (go-yaml v2) and
// toYamlPretty (go-yaml v3) write: block mappings and sequences, `{}` / `[]` for empty ones,
// scalars plain, single-quoted, double-quoted or literal, with libyaml's column bookkeeping so
// that indentation, line folding at the best width and block scalar hints come out byte for
// byte. v2 writes a sequence under a mapping key without indenting it ("key:\n- a"); v3 indents
// it and aligns indents to the indent step. Pinned by test/render/funcs/yaml.test.ts and the yaml
// golden charts.
import { analyzeScalar, isBreak, isPrintable, type ScalarAnalysis } from './yaml-scalar.js';

/** A node to emit; a scalar carries the style its encoder asked for. */
export type YamlNode =
  | { readonly kind: 'scalar'; readonly value: string; readonly style: ScalarStyle }
  | { readonly kind: 'seq'; readonly items: readonly YamlNode[] }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [YamlNode, YamlNode])[] };

/** libyaml's scalar styles (folded is never asked for). */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/** Emitter settings: go-yaml v3's behaviour, indent step, line width (-1: never fold). */
export interface EmitOptions {
  readonly v3: boolean;
  readonly indent: number;
  readonly width: number;
}

type Parent = 'root' | 'seq' | 'key' | 'value';

/** One YAML document for `node`, as go-yaml's Marshal (v2) or Encoder.Encode (v3) writes it. */
export function emitYaml(node: YamlNode, options: EmitOptions): string {
  const e = new Emitter(options);
  e.node(node, 'root', false);
  e.writeIndent(); // document end
  return e.out;
}

class Emitter {
  out = '';
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;
  private readonly best: number;
  private readonly width: number;

  constructor(private readonly o: EmitOptions) {
    this.best = o.indent;
    this.width = o.width < 0 ? 2 ** 31 - 1 : o.width;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
    if (this.o.v3) this.indention = true;
  }

  private put(c: string): void {
    this.out += c;
    this.column++;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak();
    }
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private indicator(text: string, needWs: boolean, isWs: boolean, isIndention: boolean): void {
    if (needWs && !this.whitespace) this.put(' ');
    for (const c of text) this.put(c);
    this.whitespace = isWs;
    this.indention = this.indention && isIndention;
  }

  // yaml_emitter_increase_indent; v3 steps 2 past "- " inside a sequence item and otherwise
  // aligns to a multiple of the indent step.
  private increaseIndent(flow: boolean, indentless: boolean, parent: Parent): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? this.best : 0;
    else if (!indentless) {
      if (!this.o.v3) this.indent += this.best;
      else if (parent === 'seq') this.indent += 2;
      else this.indent = this.best * Math.floor((this.indent + this.best) / this.best);
    }
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  node(n: YamlNode, parent: Parent, simpleKey: boolean): void {
    const mapping = parent === 'key' || parent === 'value';
    if (n.kind === 'scalar') return this.scalar(n.value, n.style, parent, simpleKey);
    const empty = n.kind === 'seq' ? n.items.length === 0 : n.entries.length === 0;
    if (empty) {
      // Empty collections are flow collections: "[]" and "{}".
      this.indicator(n.kind === 'seq' ? '[' : '{', true, true, false);
      this.indicator(n.kind === 'seq' ? ']' : '}', false, false, false);
      return;
    }
    if (n.kind === 'seq') {
      this.increaseIndent(false, !this.o.v3 && mapping && !this.indention, parent);
      for (const item of n.items) {
        this.writeIndent();
        this.indicator('-', true, false, true);
        this.node(item, 'seq', false);
      }
      return this.popIndent();
    }
    this.increaseIndent(false, false, parent);
    for (const [k, v] of n.entries) {
      this.writeIndent();
      const simple = isSimpleKey(k);
      if (simple) {
        this.node(k, 'key', true);
        this.indicator(':', false, false, false);
      } else {
        this.indicator('?', true, false, true);
        this.node(k, 'key', false);
        this.writeIndent();
        this.indicator(':', true, false, true);
      }
      this.node(v, 'value', false);
    }
    this.popIndent();
  }

  private scalar(value: string, asked: ScalarStyle, parent: Parent, simpleKey: boolean): void {
    const a = analyzeScalar(value, this.o.v3);
    const style = selectStyle(value, asked, a, simpleKey);
    this.increaseIndent(true, false, parent);
    const breaks = !simpleKey;
    if (style === 'plain') this.plain(value, breaks);
    else if (style === 'single') this.singleQuoted(value, breaks);
    else if (style === 'double') this.doubleQuoted(value, breaks);
    else this.literal(value);
    this.popIndent();
  }

  private plain(value: string, allowBreaks: boolean): void {
    if (!this.whitespace && !(this.o.v3 && value === '')) this.put(' ');
    const cs = Array.from(value);
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > this.width && cs[i + 1] !== ' ') {
          this.writeIndent();
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    if (!(this.o.v3 && value === '')) this.whitespace = false;
    this.indention = false;
  }

  private singleQuoted(value: string, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    const cs = Array.from(value);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      if (c === ' ') {
        const fold = allowBreaks && !spaces && this.column > this.width;
        if (fold && i > 0 && i < cs.length - 1 && cs[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === "'") this.put("'");
        this.put(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeBreak(c: string): void {
    if (c === '\n') return this.putBreak();
    this.out += c;
    this.column = 0;
    if (this.o.v3) this.indention = true;
  }

  private doubleQuoted(value: string, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    const cs = Array.from(value);
    // libyaml's is_bom looks at the start of the value, so a leading BOM escapes every character.
    const bom = value.startsWith('\ufeff');
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      const r = c.codePointAt(0)!;
      if (!isPrintable(r) || bom || isBreak(c) || c === '"' || c === '\\') {
        this.put('\\');
        for (const x of escape(r)) this.put(x);
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > this.width && i > 0 && i < cs.length - 1) {
          this.writeIndent();
          if (cs[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(value: string): void {
    this.indicator('|', true, false, false);
    this.blockHints(value);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of value) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }

  // An indentation hint when the text starts with a space or break; a chomping hint: '-' when
  // it does not end with a break, '+' when it ends with two (or is one), none for exactly one.
  private blockHints(value: string): void {
    const cs = Array.from(value);
    if (cs[0] === ' ' || isBreak(cs[0])) this.indicator(String(this.best), false, false, false);
    let chomp = '';
    const last = cs.length - 1;
    if (last < 0 || !isBreak(cs[last])) chomp = '-';
    else if (last === 0 || isBreak(cs[last - 1])) chomp = '+';
    if (chomp !== '') this.indicator(chomp, false, false, false);
  }
}

// yaml_emitter_check_simple_key: a one-line scalar of at most 128 bytes.
function isSimpleKey(k: YamlNode): boolean {
  if (k.kind !== 'scalar') return k.kind === 'seq' ? k.items.length === 0 : k.entries.length === 0;
  return !analyzeScalar(k.value, false).multiline && Buffer.byteLength(k.value) <= 128;
}

// yaml_emitter_select_scalar_style (block context, untagged scalars).
function selectStyle(
  value: string,
  asked: ScalarStyle,
  a: ScalarAnalysis,
  simpleKey: boolean,
): ScalarStyle {
  let style = asked;
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlain || (value === '' && simpleKey)) style = 'single';
  }
  if (style === 'single' && !a.singleQuoted) style = 'double';
  if (style === 'literal' && (!a.block || simpleKey)) style = 'double';
  return style;
}

const namedEscapes = new Map([
  [0x00, '0'],
  [0x07, 'a'],
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0b, 'v'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [0x1b, 'e'],
  [0x22, '"'],
  [0x5c, '\\'],
  [0x85, 'N'],
  [0xa0, '_'],
  [0x2028, 'L'],
  [0x2029, 'P'],
]);

// The text after the backslash: a named escape, or \xXX, \uXXXX, \UXXXXXXXX in upper-case hex.
function escape(r: number): string {
  const named = namedEscapes.get(r);
  if (named !== undefined) return named;
  const hex = r.toString(16).toUpperCase();
  if (r <= 0xff) return 'x' + hex.padStart(2, '0');
  if (r <= 0xffff) return 'u' + hex.padStart(4, '0');
  return 'U' + hex.padStart(8, '0');
}
