// go-yaml v2's scanner (scannerc.go of gopkg.in/yaml.v2 v2.4.0, which sigs.k8s.io/yaml v1.4.0 forks
// for Helm 3 and go.yaml.in/yaml/v2 v2.4.2 carries for Helm 4), ported for its errors: the tokens
// with their marks and go-yaml's simple-key, indentation and flow-level rules, so that a syntax
// error is found where go-yaml finds it and worded as it words it. Scalars' values are not built.
// Used by goyaml-check.ts; pinned by test/render/funcs/yaml-errors.test.ts.
import { keptByte, utf8Bytes } from './strings.js';

/** A position as go-yaml counts it: characters from the start, 0-based line and column. */
export interface Mark {
  readonly index: number;
  readonly line: number;
  readonly column: number;
}

/** go-yaml's token types. */
export type TokenType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'VERSION-DIRECTIVE'
  | 'TAG-DIRECTIVE'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'BLOCK-SEQUENCE-START'
  | 'BLOCK-MAPPING-START'
  | 'BLOCK-END'
  | 'FLOW-SEQUENCE-START'
  | 'FLOW-SEQUENCE-END'
  | 'FLOW-MAPPING-START'
  | 'FLOW-MAPPING-END'
  | 'BLOCK-ENTRY'
  | 'FLOW-ENTRY'
  | 'KEY'
  | 'VALUE'
  | 'ALIAS'
  | 'ANCHOR'
  | 'TAG'
  | 'SCALAR';

/** A token: its type, marks, and for anchors, aliases, tags and directives what the parser reads. */
export interface Token {
  readonly type: TokenType;
  readonly start: Mark;
  readonly end: Mark;
  /** The anchor or alias name, the tag or %TAG handle. */
  readonly value?: string;
  /** The %TAG prefix. */
  readonly prefix?: string;
  /** The %YAML version. */
  readonly version?: readonly [number, number];
  /** Whether a scalar is plain. */
  readonly plain?: boolean;
}

/** A go-yaml error: its kind decides how its line is reported (decode.go's fail). */
export class GoYamlProblem extends Error {
  constructor(
    readonly kind: 'reader' | 'scanner' | 'parser',
    readonly problem: string,
    readonly problemMark: Mark,
    readonly contextMark: Mark,
  ) {
    super(problem);
  }
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const origin: Mark = { index: 0, line: 0, column: 0 };
const isAlpha = (c: string): boolean =>
  (c >= '0' && c <= '9') ||
  (c >= 'A' && c <= 'Z') ||
  (c >= 'a' && c <= 'z') ||
  c === '_' ||
  c === '-';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHex = (c: string): boolean => /^[0-9A-Fa-f]$/.test(c);
const isBreak = (c: string): boolean =>
  c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string): boolean => c === ' ' || c === '\t';
const isZ = (c: string): boolean => c === '';
const isBreakZ = (c: string): boolean => isBreak(c) || isZ(c);
const isBlankZ = (c: string): boolean => isBlank(c) || isBreakZ(c);
// Characters go-yaml's reader accepts; anything else is "control characters are not allowed".
const isAllowed = (c: number): boolean =>
  c === 0x09 ||
  c === 0x0a ||
  c === 0x0d ||
  (c >= 0x20 && c <= 0x7e) ||
  c === 0x85 ||
  (c >= 0xa0 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  c >= 0x10000;
const uriChars = /^[0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]%]$/;
const plainStop = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

/** The scanner over one input, producing tokens on demand as go-yaml's parser asks for them. */
export class Scanner {
  private readonly chars: string[];
  /** UTF-16 offset of each character, and of the end. */
  readonly offsets: number[];
  private pos = 0;
  private index = 0;
  private line = 0;
  private column = 0;
  private checkedBytes = 0;
  private checkedChars = 0;
  private readonly byteEnds: number[];
  private readonly tokens: Token[] = [];
  private head = 0;
  private parsed = 0;
  private available = false;
  private streamStartProduced = false;
  private streamEndProduced = false;
  private indent = -1;
  private readonly indents: number[] = [];
  private simpleKeyAllowed = false;
  private readonly simpleKeys: SimpleKey[] = [];
  private readonly keysByToken = new Map<number, number>();
  private flowLevel = 0;

  constructor(text: string) {
    // newParser reads an empty input as "\n"; the reader drops a leading byte order mark.
    const input = text === '' ? '\n' : text.replace(/^\uFEFF/, '');
    this.chars = Array.from(input);
    this.offsets = [];
    this.byteEnds = [];
    let offset = text.length - input.length;
    let bytes = 0;
    for (const c of this.chars) {
      this.offsets.push(offset);
      offset += c.length;
      const cp = c.codePointAt(0)!;
      bytes +=
        keptByte(c) !== undefined ? 1 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      this.byteEnds.push(bytes);
    }
    this.offsets.push(offset);
  }

  /** The next token, without consuming it (parserc.go's peek_token). */
  peek(): Token {
    if (!this.available) this.fetchMore();
    return this.tokens[this.head]!;
  }

  /** Consumes the token peek returned. */
  skip(): void {
    this.available = false;
    this.parsed++;
    this.streamEndProduced = this.tokens[this.head]!.type === 'STREAM-END';
    this.head++;
  }

  // The character `k` ahead, '' past the end. The reader decodes (and checks) 512-byte chunks.
  private at(k = 0): string {
    const i = this.pos + k;
    if (i >= this.checkedChars && i < this.chars.length) this.check(i);
    return this.chars[i] ?? '';
  }

  private check(i: number): void {
    const chunkEnd = (Math.floor((this.byteEnds[i]! - 1) / 512) + 1) * 512;
    while (this.checkedChars < this.chars.length && this.checkedBytes < chunkEnd) {
      const raw = keptByte(this.chars[this.checkedChars]!);
      if (raw !== undefined) {
        throw new GoYamlProblem('reader', this.utf8Problem(this.checkedChars), origin, origin);
      }
      if (!isAllowed(this.chars[this.checkedChars]!.codePointAt(0)!)) {
        throw new GoYamlProblem('reader', 'control characters are not allowed', origin, origin);
      }
      this.checkedBytes = this.byteEnds[this.checkedChars]!;
      this.checkedChars++;
    }
  }

  // What go-yaml's reader says of the bytes at character `i`, a byte outside valid UTF-8 that the
  // string keeps (render/go/strings.ts): readerc.go's checks, in its order.
  private utf8Problem(i: number): string {
    const bytes = [...utf8Bytes(this.chars.slice(i, i + 4).join(''))];
    const lead = bytes[0]!;
    const width =
      (lead & 0xe0) === 0xc0 ? 2 : (lead & 0xf0) === 0xe0 ? 3 : (lead & 0xf8) === 0xf0 ? 4 : 0;
    if (width === 0) return 'invalid leading UTF-8 octet';
    if (width > bytes.length) return 'incomplete UTF-8 octet sequence';
    let value = lead & (width === 2 ? 0x1f : width === 3 ? 0x0f : 0x07);
    for (let k = 1; k < width; k++) {
      if ((bytes[k]! & 0xc0) !== 0x80) return 'invalid trailing UTF-8 octet';
      value = (value << 6) + (bytes[k]! & 0x3f);
    }
    if (value < (width === 2 ? 0x80 : width === 3 ? 0x800 : 0x10000)) {
      return 'invalid length of a UTF-8 sequence';
    }
    return 'invalid Unicode character';
  }

  private error(context: Mark, problem: string): never {
    throw new GoYamlProblem('scanner', problem, this.mark, context);
  }

  // The current position as a Mark (go-yaml's parser.mark).
  private get mark(): Mark {
    return { index: this.index, line: this.line, column: this.column };
  }

  private forward(): void {
    this.pos++;
    this.index++;
    this.column++;
  }

  private skipLine(): void {
    const crlf = this.at() === '\r' && this.at(1) === '\n';
    if (!crlf && !isBreak(this.at())) return;
    const n = crlf ? 2 : 1;
    this.pos += n;
    this.index += n;
    this.line++;
    this.column = 0;
  }

  private insert(token: Token, at = -1): void {
    if (at < 0) this.tokens.push(token);
    else this.tokens.splice(this.head + at, 0, token);
  }

  private simple(type: TokenType): void {
    const start = this.mark;
    this.forward();
    this.insert({ type, start, end: this.mark });
  }

  private fetchMore(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        const i = this.keysByToken.get(this.parsed);
        if (i === undefined || !this.keyValid(this.simpleKeys[i]!)) break;
      }
      this.fetchNext();
    }
    this.available = true;
  }

  private fetchNext(): void {
    if (!this.streamStartProduced) return this.streamStart();
    this.toNextToken();
    this.unrollIndent(this.column);
    const c = this.at();
    if (isZ(c)) return this.streamEnd();
    const col0 = this.column === 0;
    if (col0 && c === '%') return this.directive();
    const three = c + this.at(1) + this.at(2);
    if (col0 && three === '---' && isBlankZ(this.at(3)))
      return this.documentIndicator('DOCUMENT-START');
    if (col0 && three === '...' && isBlankZ(this.at(3)))
      return this.documentIndicator('DOCUMENT-END');
    if (c === '[') return this.flowStart('FLOW-SEQUENCE-START');
    if (c === '{') return this.flowStart('FLOW-MAPPING-START');
    if (c === ']') return this.flowEnd('FLOW-SEQUENCE-END');
    if (c === '}') return this.flowEnd('FLOW-MAPPING-END');
    if (c === ',') return this.flowEntry();
    const next = this.at(1);
    if (c === '-' && isBlankZ(next)) return this.blockEntry();
    if (c === '?' && (this.flowLevel > 0 || isBlankZ(next))) return this.key();
    if (c === ':' && (this.flowLevel > 0 || isBlankZ(next))) return this.value();
    if (c === '*' || c === '&') return this.anchor(c === '*' ? 'ALIAS' : 'ANCHOR');
    if (c === '!') return this.tag();
    if ((c === '|' || c === '>') && this.flowLevel === 0) return this.blockScalar();
    if (c === "'" || c === '"') return this.flowScalar(c === "'");
    if (
      !(isBlankZ(c) || plainStop.has(c)) ||
      (c === '-' && !isBlank(next)) ||
      (this.flowLevel === 0 && (c === '?' || c === ':') && !isBlankZ(next))
    ) {
      return this.plainScalar();
    }
    this.error(this.mark, 'found character that cannot start any token');
  }

  // yaml_simple_key_is_valid: a key must stay on one line and within 1024 characters.
  private keyValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    if (key.mark.line < this.line || key.mark.index + 1024 < this.index) {
      if (key.required) this.error(key.mark, "could not find expected ':'");
      key.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.column;
    if (!this.simpleKeyAllowed) return;
    const key: SimpleKey = {
      possible: true,
      required,
      tokenNumber: this.parsed + (this.tokens.length - this.head),
      mark: this.mark,
    };
    this.removeSimpleKey();
    this.simpleKeys[this.simpleKeys.length - 1] = key;
    this.keysByToken.set(key.tokenNumber, this.simpleKeys.length - 1);
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]!;
    if (!key.possible) return;
    if (key.required) this.error(key.mark, "could not find expected ':'");
    key.possible = false;
    this.keysByToken.delete(key.tokenNumber);
  }

  private rollIndent(column: number, number: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0 || this.indent >= column) return;
    this.indents.push(this.indent);
    this.indent = column;
    this.insert({ type, start: mark, end: mark }, number > -1 ? number - this.parsed : -1);
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.insert({ type: 'BLOCK-END', start: this.mark, end: this.mark });
      this.indent = this.indents.pop()!;
    }
  }

  private streamStart(): void {
    this.indent = -1;
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: origin });
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    this.insert({ type: 'STREAM-START', start: this.mark, end: this.mark });
  }

  private streamEnd(): void {
    if (this.column !== 0) {
      this.column = 0;
      this.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert({ type: 'STREAM-END', start: this.mark, end: this.mark });
  }

  private documentIndicator(type: TokenType): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    for (let i = 0; i < 3; i++) this.forward();
    this.insert({ type, start, end: this.mark });
  }

  private flowStart(type: TokenType): void {
    this.saveSimpleKey();
    this.simpleKeys.push({
      possible: false,
      required: false,
      tokenNumber: this.parsed + (this.tokens.length - this.head),
      mark: this.mark,
    });
    this.flowLevel++;
    if (this.flowLevel > 10000) this.error(this.mark, 'exceeded max depth of 10000');
    this.simpleKeyAllowed = true;
    this.simple(type);
  }

  private flowEnd(type: TokenType): void {
    this.removeSimpleKey();
    if (this.flowLevel > 0) {
      this.flowLevel--;
      this.keysByToken.delete(this.simpleKeys.pop()!.tokenNumber);
    }
    this.simpleKeyAllowed = false;
    this.simple(type);
  }

  private flowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.simple('FLOW-ENTRY');
  }

  private blockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.error(this.mark, 'block sequence entries are not allowed in this context');
      }
      this.rollIndent(this.column, -1, 'BLOCK-SEQUENCE-START', this.mark);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.simple('BLOCK-ENTRY');
  }

  private key(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.error(this.mark, 'mapping keys are not allowed in this context');
      }
      this.rollIndent(this.column, -1, 'BLOCK-MAPPING-START', this.mark);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    this.simple('KEY');
  }

  private value(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]!;
    if (this.keyValid(key)) {
      this.insert({ type: 'KEY', start: key.mark, end: key.mark }, key.tokenNumber - this.parsed);
      this.rollIndent(key.mark.column, key.tokenNumber, 'BLOCK-MAPPING-START', key.mark);
      key.possible = false;
      this.keysByToken.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) {
          this.error(this.mark, 'mapping values are not allowed in this context');
        }
        this.rollIndent(this.column, -1, 'BLOCK-MAPPING-START', this.mark);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.simple('VALUE');
  }

  private toNextToken(): void {
    for (;;) {
      while (
        this.at() === ' ' ||
        ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.at() === '\t')
      ) {
        this.forward();
      }
      if (this.at() === '#') while (!isBreakZ(this.at())) this.forward();
      if (!isBreak(this.at())) return;
      this.skipLine();
      if (this.flowLevel === 0) this.simpleKeyAllowed = true;
    }
  }

  private skipBlanks(): void {
    while (isBlank(this.at())) this.forward();
  }

  // The rest of a directive or block scalar header line: blanks, a comment, then a break.
  private endOfLine(start: Mark, context: 'directive' | 'block'): void {
    this.skipBlanks();
    if (this.at() === '#') while (!isBreakZ(this.at())) this.forward();
    if (!isBreakZ(this.at())) this.error(start, 'did not find expected comment or line break');
    void context;
    if (isBreak(this.at())) this.skipLine();
  }

  private directive(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    this.forward();
    let name = '';
    while (isAlpha(this.at())) {
      name += this.at();
      this.forward();
    }
    if (name === '') this.error(start, 'could not find expected directive name');
    if (!isBlankZ(this.at())) this.error(start, 'found unexpected non-alphabetical character');
    let token: Token;
    if (name === 'YAML') {
      this.skipBlanks();
      const major = this.versionNumber(start);
      if (this.at() !== '.') this.error(start, "did not find expected digit or '.' character");
      this.forward();
      const minor = this.versionNumber(start);
      token = { type: 'VERSION-DIRECTIVE', start, end: this.mark, version: [major, minor] };
    } else if (name === 'TAG') {
      this.skipBlanks();
      const handle = this.tagHandle(true, start);
      if (!isBlank(this.at())) this.error(start, 'did not find expected whitespace');
      this.skipBlanks();
      const prefix = this.tagUri(true, '', start);
      if (!isBlankZ(this.at())) this.error(start, 'did not find expected whitespace or line break');
      token = { type: 'TAG-DIRECTIVE', start, end: this.mark, value: handle, prefix };
    } else {
      this.error(start, 'found unknown directive name');
    }
    this.endOfLine(start, 'directive');
    this.insert(token);
  }

  private versionNumber(start: Mark): number {
    let value = 0;
    let length = 0;
    while (isDigit(this.at())) {
      if (++length > 2) this.error(start, 'found extremely long version number');
      value = value * 10 + Number(this.at());
      this.forward();
    }
    if (length === 0) this.error(start, 'did not find expected version number');
    return value;
  }

  private anchor(type: 'ALIAS' | 'ANCHOR'): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    this.forward();
    let name = '';
    while (isAlpha(this.at())) {
      name += this.at();
      this.forward();
    }
    const end = this.mark;
    const c = this.at();
    if (name === '' || !(isBlankZ(c) || '?:,]}%@`'.includes(c))) {
      this.error(start, 'did not find expected alphabetic or numeric character');
    }
    this.insert({ type, start, end, value: name });
  }

  private tag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    let handle: string;
    let suffix: string;
    if (this.at(1) === '<') {
      this.forward();
      this.forward();
      handle = '';
      suffix = this.tagUri(false, '', start);
      if (this.at() !== '>') this.error(start, "did not find the expected '>'");
      this.forward();
    } else {
      handle = this.tagHandle(false, start);
      if (handle.length > 1 && handle.endsWith('!')) {
        suffix = this.tagUri(false, '', start);
      } else {
        suffix = this.tagUri(false, handle, start);
        handle = '!';
        if (suffix === '') [handle, suffix] = [suffix, handle];
      }
    }
    if (!isBlankZ(this.at())) this.error(start, 'did not find expected whitespace or line break');
    this.insert({ type: 'TAG', start, end: this.mark, value: handle, prefix: suffix });
  }

  private tagHandle(directive: boolean, start: Mark): string {
    if (this.at() !== '!') this.error(start, "did not find expected '!'");
    let s = '!';
    this.forward();
    while (isAlpha(this.at())) {
      s += this.at();
      this.forward();
    }
    if (this.at() === '!') {
      s += '!';
      this.forward();
    } else if (directive && s !== '!') {
      this.error(start, "did not find expected '!'");
    }
    return s;
  }

  private tagUri(directive: boolean, head: string, start: Mark): string {
    let s = head.length > 1 ? head.slice(1) : '';
    let hasTag = head.length > 0;
    while (uriChars.test(this.at())) {
      if (this.at() === '%') s += this.uriEscapes(start);
      else {
        s += this.at();
        this.forward();
      }
      hasTag = true;
    }
    void directive;
    if (!hasTag) this.error(start, 'did not find expected tag URI');
    return s;
  }

  private uriEscapes(start: Mark): string {
    let w = 1024;
    const bytes: number[] = [];
    while (w > 0) {
      if (!(this.at() === '%' && isHex(this.at(1)) && isHex(this.at(2)))) {
        this.error(start, 'did not find URI escaped octet');
      }
      const octet = parseInt(this.at(1) + this.at(2), 16);
      if (w === 1024) {
        w =
          (octet & 0x80) === 0
            ? 1
            : (octet & 0xe0) === 0xc0
              ? 2
              : (octet & 0xf0) === 0xe0
                ? 3
                : (octet & 0xf8) === 0xf0
                  ? 4
                  : 0;
        if (w === 0) this.error(start, 'found an incorrect leading UTF-8 octet');
      } else if ((octet & 0xc0) !== 0x80) {
        this.error(start, 'found an incorrect trailing UTF-8 octet');
      }
      bytes.push(octet);
      for (let i = 0; i < 3; i++) this.forward();
      w--;
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }

  private blockScalar(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = this.mark;
    this.forward();
    let increment = 0;
    const zero = (): never => this.error(start, 'found an indentation indicator equal to 0');
    if (this.at() === '+' || this.at() === '-') {
      this.forward();
      if (isDigit(this.at())) {
        if (this.at() === '0') zero();
        increment = Number(this.at());
        this.forward();
      }
    } else if (isDigit(this.at())) {
      if (this.at() === '0') zero();
      increment = Number(this.at());
      this.forward();
      if (this.at() === '+' || this.at() === '-') this.forward();
    }
    this.endOfLine(start, 'block');
    let end = this.mark;
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
    [indent, end] = this.blockBreaks(indent, start, end);
    while (this.column === indent && !isZ(this.at())) {
      while (!isBreakZ(this.at())) this.forward();
      this.skipLine();
      [indent, end] = this.blockBreaks(indent, start, end);
    }
    this.insert({ type: 'SCALAR', start, end });
  }

  private blockBreaks(indent: number, start: Mark, endMark: Mark): [number, Mark] {
    let end = this.mark;
    void endMark;
    let maxIndent = 0;
    for (;;) {
      while ((indent === 0 || this.column < indent) && this.at() === ' ') this.forward();
      if (this.column > maxIndent) maxIndent = this.column;
      if ((indent === 0 || this.column < indent) && this.at() === '\t') {
        this.error(start, 'found a tab character where an indentation space is expected');
      }
      if (!isBreak(this.at())) break;
      this.skipLine();
      end = this.mark;
    }
    if (indent === 0) indent = Math.max(maxIndent, this.indent + 1, 1);
    return [indent, end];
  }

  private documentIndicatorAhead(): boolean {
    const three = this.at() + this.at(1) + this.at(2);
    return this.column === 0 && (three === '---' || three === '...') && isBlankZ(this.at(3));
  }

  private flowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    this.forward();
    const quote = single ? "'" : '"';
    for (;;) {
      if (this.documentIndicatorAhead()) this.error(start, 'found unexpected document indicator');
      if (isZ(this.at())) this.error(start, 'found unexpected end of stream');
      let leadingBlanks = false;
      while (!isBlankZ(this.at())) {
        const c = this.at();
        if (single && c === "'" && this.at(1) === "'") {
          this.forward();
          this.forward();
        } else if (c === quote) {
          break;
        } else if (!single && c === '\\' && isBreak(this.at(1))) {
          this.forward();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === '\\') {
          this.escape(start);
        } else {
          this.forward();
        }
      }
      if (this.at() === quote) break;
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) this.forward();
        else {
          this.skipLine();
          leadingBlanks = true;
        }
      }
      void leadingBlanks;
    }
    this.forward();
    this.insert({ type: 'SCALAR', start, end: this.mark });
  }

  private escape(start: Mark): void {
    const lengths: Record<string, number> = { x: 2, u: 4, U: 8 };
    const e = this.at(1);
    if (!'0abt\tnvfre "\'\\N_LPxuU'.includes(e) || e === '') {
      this.error(start, 'found unknown escape character');
    }
    this.forward();
    this.forward();
    const n = lengths[e] ?? 0;
    if (n === 0) return;
    let value = 0;
    for (let k = 0; k < n; k++) {
      if (!isHex(this.at(k))) this.error(start, 'did not find expected hexdecimal number');
      value = value * 16 + parseInt(this.at(k), 16);
    }
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
      this.error(start, 'found invalid Unicode character escape code');
    }
    for (let k = 0; k < n; k++) this.forward();
  }

  private plainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const indent = this.indent + 1;
    const start = this.mark;
    let end = this.mark;
    let leadingBlanks = false;
    for (;;) {
      if (this.documentIndicatorAhead() || this.at() === '#') break;
      const before = this.pos;
      while (!isBlankZ(this.at())) {
        const c = this.at();
        if ((c === ':' && isBlankZ(this.at(1))) || (this.flowLevel > 0 && ',?[]{}'.includes(c))) {
          break;
        }
        leadingBlanks = false;
        this.forward();
      }
      if (this.pos > before) end = this.mark;
      if (!(isBlank(this.at()) || isBreak(this.at()))) break;
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) {
          if (leadingBlanks && this.column < indent && this.at() === '\t') {
            this.error(start, 'found a tab character that violates indentation');
          }
          this.forward();
        } else {
          this.skipLine();
          leadingBlanks = true;
        }
      }
      if (this.flowLevel === 0 && this.column < indent) break;
    }
    this.insert({ type: 'SCALAR', start, end, plain: true });
    if (leadingBlanks) this.simpleKeyAllowed = true;
  }

  /** Whether the parser has consumed STREAM-END. */
  get ended(): boolean {
    return this.streamEndProduced;
  }
}
