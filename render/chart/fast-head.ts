// A fast reading of a rendered document's head (kind and annotations) for sortManifests, without
// the `yaml` package. It accepts only a conservative subset of block YAML, line by line, and
// answers only when it is sure that the full decoding (decodeYaml in manifests.ts) would succeed
// and give the same kind and annotations: a mapping at column 0; block mappings and sequences
// whose indentation nests plainly; plain, single- and double-quoted scalars, which outside the
// head may go on over more indented lines (as the descriptions of CRDs do);
// `{}` and `[]`; literal and folded block scalars; comment lines; metadata and annotations left
// empty (null). Anything else — flow collections, anchors, aliases, tags, directives, document markers, tabs, control characters, trailing comments, and at the
// head keys duplicates, comments, block scalars or non-string values — returns undefined, and the
// caller runs the full parser (which also words the errors).
// Pinned by test/render/chart/fast-head.test.ts against the full decoding.
import { refusedChars, trailingSpaces } from '../go/yaml-fast.js';
import { resolveScalar } from '../go/yaml-resolve.js';

/** What sortManifests needs of a document: its kind and its annotations. */
export interface Head {
  readonly kind: string;
  readonly annotations: ReadonlyMap<string, string> | undefined;
}

// A plain key as templates write them; anything else (quoted keys, `<<`, `?`) falls back.
const plainKey = /^[A-Za-z0-9_.$/][A-Za-z0-9_.$/ -]*$/;
// JSON has no infinities or NaN: these plain values make the full decoding fail.
const nonFinite = new Set(
  '.nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF'.split(' '),
);
const blockHeader = /^[|>][-+]?$/;
// A plain value the subset refuses, in one test: one starting with an indicator (or `- `), or
// holding `: ` or ` #`, or ending with `:`.
const unsafePlain = /^(?:[[\]{},#&*!|>%@`?:]|-(?: |$))|: | #|:$/;
const leadingSpaces = / */y;
// The common line outside the head, `key: value` with a plain key of letters, digits and
// `_./-` and a value that is one-line double-quoted without escapes, single-quoted without
// quotes, or plain words of the key's characters (no indicator, `:`, `#` or non-finite number
// can start or hide in them). In a mapping that is not a head object such a line needs no more
// than its key's resolution: one native match instead of readKey and value, which run in the
// interpreter in a short process.
const simpleValue = `(?:"[^"\\\\\\n]*"|'[^'\\n]*'|[A-Za-z0-9_/][A-Za-z0-9_./-]*(?: +[A-Za-z0-9_./-]+)*)`;
const simplePair = new RegExp(`([A-Za-z0-9_][A-Za-z0-9_./-]{0,999}): +${simpleValue} *$`, 'y');
const spaceRuns: string[] = [];
const spaces = (n: number): string => (spaceRuns[n] ??= ' '.repeat(n));

interface Frame {
  readonly indent: number;
  readonly seq: boolean;
  /** Which head object this mapping is: the root, metadata, annotations, or none. */
  readonly role: Role;
  /** The keys seen in a head mapping, to refuse duplicates. */
  readonly keys: Set<string> | undefined;
}

// A head mapping (root, metadata, annotations), a head scalar (apiVersion, kind, metadata.name,
// an annotation's value: must be a string), or anything else.
type Role = 'root' | 'metadata' | 'annotations' | 'head' | 'other';

// Why a line was refused: thrown inside, caught once at the top.
class Refused extends Error {}
const refuse = (): never => {
  throw new Refused();
};

/** The head of a document read without the full parser, or undefined when unsure. */
export function fastHead(doc: string): Head | undefined {
  if (refusedChars.test(doc)) return undefined;
  try {
    return new Scanner().run(doc);
  } catch (e) {
    if (e instanceof Refused) return undefined;
    throw e;
  }
}

class Scanner {
  private readonly stack: Frame[] = [];
  // A `key:` or `-` with nothing after it: its indent, whether a key, and the role a nested
  // mapping under it would take.
  private pending: { indent: number; key: boolean; role: Role } | undefined;
  // Inside a block scalar: the parent's indent and the content's (-1 until the first line).
  private block: { parent: number; indent: number } | undefined;
  // After a scalar outside the head: the indentation its continuation lines must exceed (go-yaml's
  // rule: more than the collection it is in). Whether that scalar is plain, and so may go on, is
  // asked only when a more indented line comes (rarely): of `valueLine`, the line, or when that is
  // undefined of the doc's line that ends at `valueEnd`; -1 when it is known plain.
  private plainAbove: number | undefined;
  private valueLine: string | undefined;
  private valueEnd = -1;
  private doc = '';
  // Inside a quoted scalar that went on past its line: its quote, and the indentation its lines
  // must exceed.
  private quote: { q: string; above: number } | undefined;
  private kind = '';
  private annotations: Map<string, string> | undefined;

  run(doc: string): Head {
    this.doc = doc;
    let start = 0;
    while (start <= doc.length) {
      // The sibling lines of a plain mapping that simplePair would take one by one, in one match.
      if (this.block === undefined && this.pending === undefined) {
        const top = this.stack[this.stack.length - 1];
        if (top !== undefined && top.role === 'other' && !top.seq) {
          const run = siblingPairs(top.indent);
          run.lastIndex = start;
          if (run.test(doc)) {
            start = run.lastIndex;
            this.plainAbove = top.indent;
            this.valueLine = undefined;
            this.valueEnd = start;
            continue;
          }
        }
      }
      let end = doc.indexOf('\n', start);
      if (end < 0) end = doc.length;
      // A line inside a block scalar, at or past its content's indentation, is skipped unread.
      const b = this.block;
      if (b === undefined || b.indent < 0 || !doc.startsWith(spaces(b.indent), start)) {
        this.line(doc.slice(start, end));
      }
      start = end + 1;
    }
    // A head key left empty at the end: only metadata and annotations may be null.
    if (this.pending?.role === 'head' || this.quote !== undefined) refuse();
    // Only comments: the full decoding reads null.
    if (this.stack.length === 0) return { kind: '', annotations: undefined };
    return { kind: this.kind, annotations: this.annotations };
  }

  private line(text: string): void {
    // The indentation by a sticky regular expression: lines of CRDs are indented 30 spaces on
    // average, and a loop over them runs in the interpreter before it gets hot.
    leadingSpaces.lastIndex = 0;
    leadingSpaces.test(text);
    const indent = leadingSpaces.lastIndex;
    const empty = indent === text.length;
    if (this.quote !== undefined) {
      if (empty) return;
      if (indent <= this.quote.above) refuse();
      const end = quoteEnd(text, indent, this.quote.q);
      if (end < 0) return;
      if (text.slice(end).replace(trailingSpaces, '') !== '') refuse();
      this.quote = undefined;
      return;
    }
    if (this.block !== undefined) {
      const b = this.block;
      if (empty) {
        // A leading all-space line longer than the content's indentation is an error in YAML.
        if (b.indent < 0 && indent > 0) refuse();
        return;
      }
      if (b.indent < 0 && indent > b.parent) b.indent = indent;
      if (b.indent >= 0 && indent >= b.indent) return;
      this.block = undefined;
    }
    if (empty) return;
    const c = text.charCodeAt(indent);
    const above = this.plainAbove;
    if (above !== undefined) {
      if (indent > above) {
        // A continuation of a plain scalar (after a quoted one, an error): go-yaml ends it at
        // `: `, a final `:` or a comment, which in a more indented line is a syntax error; left
        // to the full parser.
        if (this.valueEnd >= 0) {
          const line = this.valueLine;
          if (
            !(line === undefined
              ? endsPlain(this.doc, this.valueEnd)
              : endsPlain(line, line.length))
          )
            refuse();
          this.valueEnd = -1;
        }
        if (c === 0x23 /* # */ || text.includes(': ') || text.includes(' #') || text.endsWith(':'))
          refuse();
        return;
      }
      this.plainAbove = undefined;
    }
    if (c === 0x23 /* # */) {
      // A comment between a head key and its content could hide what the full parser reads.
      if (this.pending !== undefined && this.pending.role !== 'other') refuse();
      if (this.stack.some((f) => f.role === 'metadata' || f.role === 'annotations')) refuse();
      return;
    }
    if (indent === 0 && (text.startsWith('---') || text.startsWith('...'))) refuse();
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      this.emptyValue(indent, text.slice(indent));
      return;
    }
    const dash = c === 0x2d && (text.length === indent + 1 || text.charCodeAt(indent + 1) === 0x20);
    this.place(indent, dash);
    if (dash) this.entry(text, indent);
    else this.pair(text, indent);
  }

  // `{}` or `[]` alone on the line below `key:` (as templates render `annotations:` with an empty
  // map under it): the key's empty value. Annotations and metadata must be maps.
  private emptyValue(indent: number, text: string): void {
    const p = this.pending;
    if (p === undefined || !p.key || indent <= p.indent) refuse();
    if (text !== '{}' && text !== '[]') refuse();
    if (p!.role === 'annotations' || p!.role === 'metadata') {
      if (text !== '{}') refuse();
      if (p!.role === 'annotations') this.annotations = new Map();
    } else if (p!.role !== 'other') refuse();
    this.pending = undefined;
  }

  // Finds the collection a line at `indent` belongs to, opening one under a pending key or dash.
  private place(indent: number, dash: boolean): void {
    const p = this.pending;
    this.pending = undefined;
    if (p !== undefined) {
      if (indent > p.indent || (p.key && dash && indent === p.indent)) {
        // A head key's value must be a block mapping for the fast path.
        if (p.role === 'head' || (p.role !== 'other' && dash)) refuse();
        const keys = p.role === 'other' ? undefined : new Set<string>();
        this.stack.push({ indent, seq: dash, role: p.role, keys });
        if (p.role === 'annotations') this.annotations = new Map();
        return;
      }
      // The key's value is null: what SimpleHead takes for no metadata or no annotations.
      if (p.role === 'head') refuse();
    }
    if (this.stack.length === 0) {
      if (indent !== 0 || dash) refuse();
      this.stack.push({ indent: 0, seq: false, role: 'root', keys: new Set() });
      return;
    }
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.indent > indent)
      this.stack.pop();
    let top = this.stack[this.stack.length - 1];
    // A sequence at its key's indentation ends at the next key of that mapping.
    if (top !== undefined && top.seq && !dash && top.indent === indent) {
      this.stack.pop();
      top = this.stack[this.stack.length - 1];
    }
    if (top === undefined || top.indent !== indent || top.seq !== dash) refuse();
  }

  // `- …`: a scalar, a nested `key: …` opening a compact mapping, or nothing (content below).
  private entry(text: string, indent: number): void {
    let at = indent + 1;
    while (at < text.length && text.charCodeAt(at) === 0x20) at++;
    if (at === text.length) {
      this.pending = { indent, key: false, role: 'other' };
      return;
    }
    const rest = text.slice(at);
    if (rest.startsWith('-') && (rest.length === 1 || rest[1] === ' ')) refuse();
    if (readKey(rest) !== undefined) {
      this.stack.push({ indent: at, seq: false, role: 'other', keys: undefined });
      this.pair(text, at);
      return;
    }
    this.value(rest, indent, 'other');
  }

  // `key: value` or `key:` at column `at`, which nested content must exceed.
  private pair(text: string, at: number): void {
    const frame = this.stack[this.stack.length - 1]!;
    if (frame.role === 'other') {
      simplePair.lastIndex = at;
      const m = simplePair.exec(text);
      if (m !== null) {
        const kind = keyKind(m[1]!);
        if (kind === 'null' || kind === 'uint') refuse();
        this.plainAbove = at;
        this.valueLine = text;
        this.valueEnd = text.length;
        return;
      }
    }
    const rest = text.slice(at);
    const { key, quoted, colon } = readKey(rest) ?? refuse();
    if (key.length > 1000) refuse();
    const kind = quoted ? 'str' : keyKind(key);
    if (kind === 'null' || kind === 'uint') refuse();
    if (frame.keys !== undefined) {
      // Only string keys are surely the keys the full decoding would look up.
      if (kind !== 'str' || frame.keys.has(key)) refuse();
      frame.keys.add(key);
    }
    const role = childRole(frame.role, key);
    let v = colon + 1;
    while (v < rest.length && rest.charCodeAt(v) === 0x20) v++;
    if (v === rest.length) {
      this.pending = { indent: at, key: true, role };
      return;
    }
    const value = this.value(rest.slice(v), at, role);
    if (frame.role === 'root' && key === 'kind') this.kind = value!;
    if (frame.role === 'annotations') this.annotations!.set(key, value!);
  }

  // A value on its line; for a head key (role other than 'other') it must be a string.
  private value(text: string, parent: number, role: Role): string | undefined {
    const head = role !== 'other';
    const c = text[0]!;
    if (c === "'" || c === '"') {
      const end = quoteEnd(text, 1, c);
      if (end < 0) {
        // Outside the head a quoted scalar may go on over the next lines.
        if (head) refuse();
        this.quote = { q: c, above: parent };
        return undefined;
      }
      // A whole value that is a quoted scalar and nothing else.
      if (text.slice(end).replace(trailingSpaces, '') !== '') refuse();
      return quotedBody(text, 0, end, head);
    }
    if (blockHeader.test(text)) {
      if (head) refuse();
      this.block = { parent, indent: -1 };
      return undefined;
    }
    if (text === '{}' || c === '[') {
      if (head) refuse();
      if (c === '[') flowSequence(text);
      return undefined;
    }
    if (unsafePlain.test(text)) refuse();
    if (!head) {
      this.plainAbove = parent;
      this.valueEnd = -1;
    }
    // Only a value starting with `.`, `+` or `-` can be one of the non-finite spellings.
    if (!head && c !== '.' && c !== '+' && c !== '-') return undefined;
    const plain = text.replace(trailingSpaces, '');
    if (nonFinite.has(plain)) refuse();
    if (!head) return undefined;
    const r = resolveScalar(plain, true, '');
    if (r.kind !== 'str') refuse();
    return plain;
  }
}

// Lines that simplePair matches, at `indent` spaces, one after another: the rest of a plain
// mapping's entries (data:, labels:, env values), matched at once. Keys start with a letter or
// `_`, and the one spelling of such a key that resolves to null (null, Null, NULL) is left out,
// so no key needs keyKind; quoted values stay on their line.
const siblingRuns: RegExp[] = [];
function siblingPairs(indent: number): RegExp {
  return (siblingRuns[indent] ??= new RegExp(
    `(?:${spaces(indent)}(?!(?:null|Null|NULL):)[A-Za-z_][A-Za-z0-9_./-]{0,999}: +${simpleValue} *(?:\\n|$))+`,
    'y',
  ));
}

// Whether the `key: value` line ending at `end` (just after it, or at its newline) has a plain
// value, which the next lines may continue, rather than a quoted one.
function endsPlain(doc: string, end: number): boolean {
  const last = doc.charCodeAt(end - 1) === 0x0a ? end - 1 : end;
  const from = doc.lastIndexOf('\n', last - 1) + 1;
  const colon = doc.indexOf(': ', from);
  let v = colon + 1;
  while (doc.charCodeAt(v) === 0x20) v++;
  const c = doc[v];
  return c !== '"' && c !== "'";
}

// How a plain key resolves; keys repeat across documents, so the answers are kept.
const keyKinds = new Map<string, string>();
function keyKind(key: string): string {
  let kind = keyKinds.get(key);
  if (kind === undefined) keyKinds.set(key, (kind = resolveScalar(key, true, '').kind));
  return kind;
}

// The role of a key's value: metadata under the root, annotations under metadata.
function childRole(parent: Role, key: string): Role {
  if (parent === 'root') {
    if (key === 'metadata') return 'metadata';
    if (key === 'apiVersion' || key === 'kind') return 'head';
  }
  if (parent === 'metadata') {
    if (key === 'annotations') return 'annotations';
    if (key === 'name') return 'head';
  }
  if (parent === 'annotations') return 'head';
  return 'other';
}

// The key a line starts with and the index of its `:` (followed by a space or the end): a plain
// key of plainKey's characters, or a quoted one without escapes or inner quotes.
function readKey(text: string): { key: string; quoted: boolean; colon: number } | undefined {
  const c = text[0];
  if (c === '"' || c === "'") {
    const close = text.indexOf(c, 1);
    if (close < 0 || text[close + 1] !== ':') return undefined;
    if (close + 2 < text.length && text[close + 2] !== ' ') return undefined;
    const key = text.slice(1, close);
    if (key === '' || /["'\\]/.test(key)) return undefined;
    return { key, quoted: true, colon: close + 1 };
  }
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    if (i + 1 === text.length || text[i + 1] === ' ') {
      const key = text.slice(0, i);
      return plainKey.test(key) && !key.endsWith(' ')
        ? { key, quoted: false, colon: i }
        : undefined;
    }
  }
  return undefined;
}

// A quoted scalar starting at `from` on one line: its value and the index after its closing
// quote. In a double-quoted one, escapes only where the value is not read (`head` false).
function quoted(text: string, from: number, head: boolean): { value: string; end: number } {
  const end = quoteEnd(text, from + 1, text[from]!);
  if (end < 0) refuse();
  return { value: quotedBody(text, from, end, head), end };
}

// The value of the quoted scalar from `from` to `end` (after its closing quote), whose escapes
// quoteEnd has checked: a double-quoted one is read only without escapes.
function quotedBody(text: string, from: number, end: number, head: boolean): string {
  const body = text.slice(from + 1, end - 1);
  if (text[from] === "'") return body.replaceAll("''", "'");
  if (head && body.includes('\\')) refuse();
  return body;
}

// Where a quoted scalar (quote `q`) read from `from` on closes: the index after its quote, or -1
// when it goes on past the line. It jumps from quote to escape with indexOf: descriptions are
// long, and a loop over their characters runs in the interpreter before it gets hot. Escapes are
// checked (a lone surrogate, and a double-quoted line ending in `\`, an escaped line break, are
// left to the full parser).
function quoteEnd(text: string, from: number, q: string): number {
  let i = from;
  for (;;) {
    const close = text.indexOf(q, i);
    if (q === "'") {
      if (close < 0) return -1;
      if (text[close + 1] !== "'") return close + 1;
      i = close + 2;
      continue;
    }
    const escape = text.indexOf('\\', i);
    if (escape < 0 || (close >= 0 && close < escape)) return close < 0 ? -1 : close + 1;
    const e = text[escape + 1];
    i = escape + 2;
    if (e === 'x') i += hexRun(text, i, 2);
    else if (e === 'u') {
      if (/^[dD][89a-fA-F]/.test(text.slice(i, i + 2))) refuse();
      i += hexRun(text, i, 4);
    } else if (e === undefined || !'\\"/nrtbf0aev'.includes(e)) refuse();
  }
}

// `[a, "b", 'c']` on one line, of scalars only; its values are never read.
function flowSequence(text: string): void {
  let i = 1;
  const skip = (): void => {
    while (text[i] === ' ') i++;
  };
  skip();
  if (text[i] === ']') i++;
  else {
    for (;;) {
      skip();
      const c = text[i];
      if (c === '"' || c === "'") i = quoted(text, i, false).end;
      else {
        let j = i;
        while (j < text.length && !',[]{}'.includes(text[j]!)) j++;
        const item = text.slice(i, j).replace(trailingSpaces, '');
        if (item === '' || '#&*!|>%@`?:-\'"'.includes(item[0]!)) refuse();
        if (item.includes(':') || item.includes('#') || nonFinite.has(item)) refuse();
        i = j;
      }
      skip();
      if (text[i] === ']') {
        i++;
        break;
      }
      if (text[i] !== ',') refuse();
      i++;
    }
  }
  if (text.slice(i).replace(trailingSpaces, '') !== '') refuse();
}

function hexRun(text: string, from: number, n: number): number {
  if (from + n > text.length || !/^[0-9A-Fa-f]+$/.test(text.slice(from, from + n))) refuse();
  return n;
}
