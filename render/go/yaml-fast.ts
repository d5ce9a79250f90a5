// A fast reading of the YAML that values files, Chart.yaml and most fromYaml input are written in,
// without the `yaml` package: a chart render reads three or four small YAML files, and in a
// short-lived process the general parser, run cold, costs more than everything else it does with
// them. It accepts only a conservative subset of block YAML and answers only when it is sure the
// full decoding (the Reader in yaml-values.ts) gives the same value: a mapping at column 0; block
// mappings and sequences whose indentation nests plainly (a sequence may sit at its key's
// indentation); keys of letters, digits and `_.-/` that resolve to strings, bools or ints, or
// quoted on one line; plain scalars (with trailing comments, or folded over more indented lines
// of plain words); single- and double-quoted scalars on one line (with the escapes \\ \" \n
// \t); one-line flow collections, also on the line below their key; literal block scalars with
// clip or strip chomping; comment and blank lines; a `---` before the content. Anything else —
// flow collections over lines, folded or keep-chomped blocks, anchors, aliases, tags, merge
// keys, multi-line quoted scalars, other escapes, plain scalars with blank or comment lines
// inside, later document markers, directives, tabs, CR, control characters, characters outside
// the BMP, non-finite numbers — returns undefined, and the caller runs the Reader, which also
// words every error.
// Pinned by test/render/go/yaml-fast.test.ts against the full decoding.
import type { GoMap, GoValue } from './values.js';
import { jsonScalar, resolveScalar } from './yaml-resolve.js';

/**
 * Characters the fast YAML readers (this one and render/chart's fast head) refuse anywhere: C0
 * controls but \n (so tabs and \r), DEL and C1 (NEL is a YAML 1.1 line break), the BOM,
 * U+2028/2029 (line breaks too), surrogates (so everything outside the BMP), non-characters.
 */
export const refusedChars =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
// A key and its colon, followed by a space or the end of the line.
const keyPattern = /([A-Za-z0-9_][A-Za-z0-9_./-]*):(?: +|$)/y;
const leadingSpaces = / */y;
// A line's indentation: its leading spaces.
function indentOf(line: string): number {
  leadingSpaces.lastIndex = 0;
  leadingSpaces.test(line);
  return leadingSpaces.lastIndex;
}
/** The spaces that end a plain scalar: only spaces (String#trimEnd would also take U+00A0). */
export const trailingSpaces = / +$/;
// A plain value the subset refuses: one starting with an indicator (or `- `, `? `, `: `), or
// holding `: `, or ending with `:`. (` #` starts a comment and is cut off before this test.)
const unsafePlain = /^(?:[[\]{},#&*!|>%@`'"]|[-?:](?: |$))|: |:$/;

// A plain scalar in a flow collection: up to the next `,`, `]` or `}`. A `:` is refused there:
// go-yaml (libyaml) reads any `:` in a flow collection as a value indicator.
const flowPlain = /[^,[\]{}#:\n]+/y;
// A key of a flow mapping, its colon and the spaces after it.
const flowKey = /([A-Za-z0-9_][A-Za-z0-9_./-]*): +/y;

// Why the subset gave up: thrown inside, caught once at the top.
class Refused extends Error {}
const refuse = (): never => {
  throw new Refused();
};

/**
 * The first YAML document of `text` decoded as Helm decodes values (a GoMap, or null when it holds
 * no content), or undefined when the text is outside the subset this reader is sure of.
 */
export function fastDecodeYaml(text: string): GoMap | null | undefined {
  if (refusedChars.test(text)) return undefined;
  try {
    return new FastReader(text).document();
  } catch (e) {
    if (e instanceof Refused) return undefined;
    throw e;
  }
}

// Each key as sigs.k8s.io/yaml turns it into a JSON key: a string stays, a YAML 1.1 bool (`y`,
// `on`, `no`…) becomes true/false, an int its decimal digits; floats, nulls and uint64 keys are
// left to the Reader. Keys repeat across files, so the answers are kept.
const keyNames = new Map<string, string | null>();
function stringKey(key: string): string {
  let name = keyNames.get(key);
  if (name === undefined) {
    const r = resolveScalar(key, true, '');
    name =
      r.kind === 'str'
        ? r.value
        : r.kind === 'bool'
          ? String(r.value)
          : r.kind === 'int'
            ? r.value.toString()
            : null;
    keyNames.set(key, name);
  }
  if (name === null || key.length > 1000) return refuse();
  return name;
}

// A plain scalar's value after the JSON round trip (numbers become float64).
function plainValue(text: string): GoValue {
  const v = jsonScalar(resolveScalar(text, true, ''));
  return v === undefined ? refuse() : v;
}

const simpleEscapes = new Map([
  ['\\', '\\'],
  ['"', '"'],
  ['n', '\n'],
  ['t', '\t'],
]);

// A quoted scalar that closes on its line (a few escapes in double quotes, '' in single quotes):
// its value and the index after its closing quote.
function quotedRun(line: string, from: number): { value: string; end: number } {
  const q = line[from]!;
  let value = '';
  let run = from + 1;
  for (;;) {
    const close = line.indexOf(q, run);
    if (close < 0) refuse();
    if (q === '"') {
      // The escapes values files use: \\ and \" (and \n, \t); any other is left to the Reader.
      const slash = line.indexOf('\\', run);
      if (slash >= 0 && slash < close) {
        const e = simpleEscapes.get(line[slash + 1]!) ?? refuse();
        value += line.slice(run, slash) + e;
        run = slash + 2;
        continue;
      }
    }
    value += line.slice(run, close);
    if (q === "'" && line[close + 1] === "'") {
      value += "'";
      run = close + 2;
      continue;
    }
    return { value, end: close + 1 };
  }
}

// A flow collection on one line, of scalars and flow collections: `[a, "b", 1]`, `{k: v, l: [x]}`.
// Its value and the index after it.
function flowValue(line: string, from: number): { value: GoValue; end: number } {
  const map = line[from] === '{';
  const close = map ? '}' : ']';
  const out: GoValue[] = [];
  const entries: GoMap = new Map();
  let i = skipSpaces(line, from + 1);
  if (line[i] === close) return { value: map ? entries : out, end: i + 1 };
  for (;;) {
    let key = '';
    if (map) {
      flowKey.lastIndex = i;
      const m = flowKey.exec(line) ?? refuse();
      key = stringKey(m[1]!);
      i = flowKey.lastIndex;
    }
    const c = line[i];
    let item: GoValue;
    if (c === '"' || c === "'") {
      const q = quotedRun(line, i);
      item = q.value;
      i = q.end;
    } else if (c === '[' || c === '{') {
      const f = flowValue(line, i);
      item = f.value;
      i = f.end;
    } else {
      flowPlain.lastIndex = i;
      if (!flowPlain.test(line)) refuse();
      const text = line.slice(i, flowPlain.lastIndex).replace(trailingSpaces, '');
      if (unsafePlain.test(text)) refuse();
      item = plainValue(text);
      i = flowPlain.lastIndex;
    }
    if (map) entries.set(key, item);
    else out.push(item);
    i = skipSpaces(line, i);
    if (line[i] === close) return { value: map ? entries : out, end: i + 1 };
    if (line[i] !== ',') refuse();
    i = skipSpaces(line, i + 1);
  }
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

class FastReader {
  private readonly lines: string[];
  private at = 0;
  // The column the current line's content starts at when it is not its indentation: the key of a
  // mapping that begins on a `- ` line.
  private column = -1;

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  document(): GoMap | null {
    // A `---` line before the content starts the (first) document, as many values files begin.
    if (this.toContent() === 0 && /^--- *$/.test(this.lines[this.at]!)) this.advance();
    const first = this.next();
    if (first < 0) return null;
    if (first !== 0) refuse();
    if (this.lines[this.at]!.startsWith('{')) {
      // `{}` as the whole document, as empty values files are often written.
      const line = this.lines[this.at]!;
      const { value, end } = flowValue(line, 0);
      this.afterValue(line, end);
      this.advance();
      if (this.next() >= 0) refuse();
      return value as GoMap;
    }
    const map = this.mapping(0);
    if (this.next() >= 0) refuse();
    return map;
  }

  // Skips blank and comment lines; the indentation of the next line with content, or -1. A
  // document marker there is left to the Reader.
  private next(): number {
    if (this.column >= 0) return this.column;
    const indent = this.toContent();
    const line = this.lines[this.at];
    if (indent === 0 && (line!.startsWith('---') || line!.startsWith('...'))) refuse();
    return indent;
  }

  // Moves past blank and comment lines; the indentation of the line reached, or -1 at the end.
  private toContent(): number {
    for (; this.at < this.lines.length; this.at++) {
      const line = this.lines[this.at]!;
      const indent = indentOf(line);
      if (indent < line.length && line.charCodeAt(indent) !== 0x23 /* # */) return indent;
    }
    return -1;
  }

  // Consumes the current line.
  private advance(): void {
    this.at++;
    this.column = -1;
  }

  private isDash(line: string, col: number): boolean {
    return (
      line.charCodeAt(col) === 0x2d /* - */ &&
      (col + 1 === line.length || line.charCodeAt(col + 1) === 0x20)
    );
  }

  // A block mapping whose keys sit at column `indent`.
  private mapping(indent: number): GoMap {
    const map: GoMap = new Map();
    for (;;) {
      const col = this.next();
      if (col < indent) return map;
      if (col > indent) refuse();
      const line = this.lines[this.at]!;
      if (this.isDash(line, col)) return map; // a sequence at its key's indentation ends here
      const { key, rest } = this.key(line, col);
      this.advance();
      const value =
        rest === line.length || line.charCodeAt(rest) === 0x23
          ? this.nested(indent, true)
          : this.inline(line, rest, indent);
      map.set(key, value);
    }
  }

  // The key at `col` (plain, or quoted as annotation keys often are) and where its value starts.
  private key(line: string, col: number): { key: string; rest: number } {
    const c = line.charCodeAt(col);
    if (c !== 0x22 /* " */ && c !== 0x27 /* ' */) {
      keyPattern.lastIndex = col;
      const m = keyPattern.exec(line) ?? refuse();
      return { key: stringKey(m[1]!), rest: keyPattern.lastIndex };
    }
    // A quoted key is a string as written; go-yaml takes a simple key of up to 1024 characters.
    const { value, end } = quotedRun(line, col);
    if (line.charCodeAt(end) !== 0x3a /* : */ || end - col > 1000) refuse();
    let rest = end + 1;
    if (rest < line.length && line.charCodeAt(rest) !== 0x20) refuse();
    while (line.charCodeAt(rest) === 0x20) rest++;
    return { key: value, rest };
  }

  // The value of a `key:` or `-` with nothing after it: a collection on the following lines, or
  // null. `sameIndentSeq`: a sequence may start at the parent's own indentation (under a key).
  private nested(parent: number, sameIndentSeq: boolean): GoValue {
    const col = this.next();
    if (col < 0 || col < parent) return null;
    const line = this.lines[this.at]!;
    const dash = this.isDash(line, col);
    if (col === parent) return sameIndentSeq && dash ? this.sequence(col) : null;
    const c = line.charCodeAt(col);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      // A flow collection on the line below its key (`resources:` then `  {}`).
      const { value, end } = flowValue(line, col);
      this.afterValue(line, end);
      this.advance();
      return value;
    }
    return dash ? this.sequence(col) : this.mapping(col);
  }

  // A block sequence whose dashes sit at column `indent`.
  private sequence(indent: number): GoValue[] {
    const items: GoValue[] = [];
    for (;;) {
      const col = this.next();
      if (col < indent) return items;
      if (col > indent) refuse();
      const line = this.lines[this.at]!;
      if (!this.isDash(line, col)) return items;
      let content = col + 1;
      while (line.charCodeAt(content) === 0x20) content++;
      if (content === line.length || line.charCodeAt(content) === 0x23) {
        this.advance();
        items.push(this.nested(indent, false));
        continue;
      }
      keyPattern.lastIndex = content;
      if (keyPattern.test(line)) {
        // `- key: …`: a mapping whose keys sit at the column of this first key.
        this.column = content;
        items.push(this.mapping(content));
        continue;
      }
      if (this.isDash(line, content)) refuse(); // `- - x`
      this.advance();
      items.push(this.inline(line, content, indent));
    }
  }

  // A value that starts on its key's (or dash's) line at `from`; `parent` is that key's column.
  private inline(line: string, from: number, parent: number): GoValue {
    const c = line.charCodeAt(from);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) return this.quoted(line, from);
    if (c === 0x7c /* | */) return this.literal(line, from, parent);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const { value, end } = flowValue(line, from);
      this.afterValue(line, end);
      return value;
    }
    let end = line.indexOf(' #', from);
    if (end < 0) end = line.length;
    const text = line.slice(from, end).replace(trailingSpaces, '');
    if (unsafePlain.test(text)) refuse();
    // A comment ends the scalar; otherwise it may go on, folded, on more indented lines.
    return plainValue(end === line.length ? text + this.plainContinuation(parent) : text);
  }

  // The lines that continue a plain scalar (more indented than its key or dash at `parent`), each
  // folded onto the text with one space, as Chart.yaml descriptions are written. Only plain
  // words the first line would take too: a blank line inside the scalar (a kept newline), a
  // comment, or an indicator or `: ` on a continuation line are left to the Reader.
  private plainContinuation(parent: number): string {
    let folded = '';
    let i = this.at;
    for (; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      const n = indentOf(l);
      if (n === l.length) {
        // A blank line ends the scalar only if what follows is not more of it.
        let j = i + 1;
        while (j < this.lines.length && indentOf(this.lines[j]!) === this.lines[j]!.length) j++;
        const after = this.lines[j];
        const m = after === undefined ? 0 : indentOf(after);
        if (after !== undefined && m > parent && after.charCodeAt(m) !== 0x23) refuse();
        break;
      }
      if (n <= parent || l.charCodeAt(n) === 0x23 /* # */) break;
      const part = l.slice(n).replace(trailingSpaces, '');
      if (unsafePlain.test(part) || part.includes(' #')) refuse();
      folded += ' ' + part;
    }
    this.at = i;
    this.column = -1;
    return folded;
  }

  // Only spaces, then perhaps a comment, may follow a value on its line.
  private afterValue(line: string, from: number): void {
    let i = from;
    while (line.charCodeAt(i) === 0x20) i++;
    if (i < line.length && (i === from || line.charCodeAt(i) !== 0x23)) refuse();
  }

  // A quoted scalar that closes on its line, and nothing after it but a comment.
  private quoted(line: string, from: number): string {
    const { value, end } = quotedRun(line, from);
    this.afterValue(line, end);
    return value;
  }

  // `|` or `|-` and the lines below it, indented past the parent: the text with that indentation
  // removed, ending in one newline (clip) or none (strip).
  private literal(line: string, from: number, parent: number): string {
    const header = line.slice(from).replace(trailingSpaces, '');
    if (header !== '|' && header !== '|-') refuse();
    const strip = header === '|-';
    const body: string[] = [];
    let indent = -1;
    let i = this.at;
    for (; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      const n = indentOf(l);
      if (n === l.length) {
        // A blank line; one holding spaces (which the block may keep) is left to the Reader.
        if (n > 0) refuse();
        body.push('');
        continue;
      }
      if (indent < 0) {
        if (n <= parent) break;
        indent = n;
      }
      if (n < indent) break;
      body.push(l.slice(indent));
    }
    // Trailing blank lines belong to no content line; they end the block.
    let kept = body.length;
    while (kept > 0 && body[kept - 1] === '') kept--;
    this.at = i - (body.length - kept);
    this.column = -1;
    if (kept === 0) return '';
    const text = body.slice(0, kept).join('\n');
    return strip ? text : text + '\n';
  }
}
