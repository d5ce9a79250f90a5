// The lexer of Go's text/template, as a state machine: each state function consumes input and
// either returns the next state or emits one item and returns null, which hands the item to the
// parser (Go's lexer works the same way since Go 1.20, without a goroutine). Trim markers
// (`{{- ` and ` -}}`) are handled here alone: the parser never sees the trimmed whitespace.
// Positions are UTF-16 offsets into the text; `position.ts` turns them into Go's line:col.

/** The kinds of lexical items, ordered so that keywords come after `Keyword`. */
export const Item = {
  Error: 0,
  Bool: 1,
  Char: 2,
  CharConstant: 3,
  Comment: 4,
  Complex: 5,
  Assign: 6,
  Declare: 7,
  EOF: 8,
  Field: 9,
  Identifier: 10,
  LeftDelim: 11,
  LeftParen: 12,
  Number: 13,
  Pipe: 14,
  RawString: 15,
  RightDelim: 16,
  RightParen: 17,
  Space: 18,
  String: 19,
  Text: 20,
  Variable: 21,
  Keyword: 22,
  Block: 23,
  Break: 24,
  Continue: 25,
  Dot: 26,
  Define: 27,
  Else: 28,
  End: 29,
  If: 30,
  Nil: 31,
  Range: 32,
  Template: 33,
  With: 34,
} as const;

/** One kind of lexical item. */
export type ItemType = (typeof Item)[keyof typeof Item];

/** A token or a run of text, with its offset and 1-based line in the input. */
export interface LexItem {
  readonly type: ItemType;
  readonly pos: number;
  readonly val: string;
  readonly line: number;
}

const keywords: ReadonlyMap<string, ItemType> = new Map<string, ItemType>([
  ['.', Item.Dot],
  ['block', Item.Block],
  ['break', Item.Break],
  ['continue', Item.Continue],
  ['define', Item.Define],
  ['else', Item.Else],
  ['end', Item.End],
  ['if', Item.If],
  ['range', Item.Range],
  ['nil', Item.Nil],
  ['template', Item.Template],
  ['with', Item.With],
]);

/** How an item is named in Go's parse errors: `"}"`, `<end>`, `EOF`, or the lexer's error text. */
export function describeItem(item: LexItem): string {
  if (item.type === Item.EOF) return 'EOF';
  if (item.type === Item.Error) return item.val;
  if (item.type > Item.Keyword) return `<${item.val}>`;
  const chars = [...item.val];
  if (chars.length > 10) return `${goQuote(chars.slice(0, 10).join(''))}...`;
  return goQuote(item.val);
}

/** Options of the lexer. */
export interface LexOptions {
  /** Left action delimiter; default `{{`. */
  readonly leftDelim?: string;
  /** Right action delimiter; default `}}`. */
  readonly rightDelim?: string;
  /** Whether `break` and `continue` are keywords (Go makes them plain identifiers when a function of that name exists). */
  readonly breakOK?: boolean;
  readonly continueOK?: boolean;
  /** Emit comments as items (for the parser's ParseComments mode) instead of skipping them. */
  readonly emitComments?: boolean;
}

type StateFn = (l: Lexer) => StateFn | null;

const leftComment = '/*';
const rightComment = '*/';

/** Scans template text into items, one `nextItem()` call at a time. */
export class Lexer {
  readonly input: string;
  readonly leftDelim: string;
  readonly rightDelim: string;
  readonly breakOK: boolean;
  readonly continueOK: boolean;
  readonly emitComments: boolean;
  pos = 0;
  start = 0;
  line = 1;
  startLine = 1;
  parenDepth = 0;
  insideAction = false;
  /** Set by an error: every later item is EOF. */
  stopped = false;
  private atEOF = false;
  private item: LexItem = { type: Item.EOF, pos: 0, val: 'EOF', line: 1 };

  constructor(input: string, options: LexOptions = {}) {
    this.input = input;
    this.leftDelim = options.leftDelim || '{{';
    this.rightDelim = options.rightDelim || '}}';
    this.breakOK = options.breakOK ?? true;
    this.continueOK = options.continueOK ?? true;
    this.emitComments = options.emitComments ?? false;
  }

  /** The next item; after an error or EOF it keeps returning EOF. */
  nextItem(): LexItem {
    this.item = { type: Item.EOF, pos: this.pos, val: 'EOF', line: this.startLine };
    let state: StateFn | null = this.insideAction ? lexInsideAction : lexText;
    while (state !== null) {
      state = state(this);
    }
    return this.item;
  }

  /** Consumes and returns the next code point, or -1 at the end. */
  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return -1;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.pos += r > 0xffff ? 2 : 1;
    if (r === 10) this.line++;
    return r;
  }

  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  /** Steps back one code point (Go's backup is a no-op after reading EOF). */
  backup(): void {
    if (!this.atEOF && this.pos > 0) {
      const low = this.input.charCodeAt(this.pos - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && this.pos > 1;
      const high = pair ? this.input.charCodeAt(this.pos - 2) : 0;
      this.pos -= pair && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
      if (low === 10) this.line--;
    }
    this.atEOF = false;
  }

  thisItem(type: ItemType): LexItem {
    const item = {
      type,
      pos: this.start,
      val: this.input.slice(this.start, this.pos),
      line: this.startLine,
    };
    this.start = this.pos;
    this.startLine = this.line;
    return item;
  }

  emit(type: ItemType): null {
    return this.emitItem(this.thisItem(type));
  }

  emitItem(item: LexItem): null {
    this.item = item;
    return null;
  }

  /** Skips the pending input, counting its newlines. */
  ignore(): void {
    this.line += countNewlines(this.input, this.start, this.pos);
    this.start = this.pos;
    this.startLine = this.line;
  }

  accept(valid: string): boolean {
    const r = this.next();
    if (r >= 0 && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    for (;;) {
      const r = this.next();
      if (r < 0 || !valid.includes(String.fromCodePoint(r))) break;
    }
    this.backup();
  }

  /** Emits an error item and stops the scan: every later call returns EOF. */
  errorf(message: string): null {
    this.item = { type: Item.Error, pos: this.start, val: message, line: this.startLine };
    this.stopped = true;
    return null;
  }

  /** Whether a right delimiter (possibly with a trim marker before it) starts here. */
  atRightDelim(): { delim: boolean; trim: boolean } {
    if (hasRightTrimMarker(this.input, this.pos)) {
      if (this.input.startsWith(this.rightDelim, this.pos + 2)) return { delim: true, trim: true };
    }
    return { delim: this.input.startsWith(this.rightDelim, this.pos), trim: false };
  }

  /** Whether the next character may follow an identifier, field or variable. */
  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    switch (r) {
      case -1:
      case 0x2e: // .
      case 0x2c: // ,
      case 0x7c: // |
      case 0x3a: // :
      case 0x29: // )
      case 0x28: // (
        return true;
    }
    return this.input.startsWith(this.rightDelim, this.pos);
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Go's trim-marker test: a `-` followed by a space character. */
function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.charCodeAt(at) === 0x2d && isSpace(s.charCodeAt(at + 1));
}

/** A space character followed by `-`. */
function hasRightTrimMarker(s: string, at: number): boolean {
  return isSpace(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 0x2d;
}

/** Space, tab, CR and LF: Go allows newlines inside actions since Go 1.16. */
export function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}

const letterOrDigit = /^[\p{L}\p{Nd}]$/u;

/** Go's isAlphaNumeric: `_`, a Unicode letter, or a Unicode decimal digit. */
export function isAlphaNumeric(r: number): boolean {
  if (r < 0) return false;
  if (r < 0x80) {
    return (
      r === 0x5f || (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a)
    );
  }
  return letterOrDigit.test(String.fromCodePoint(r));
}

function leftTrimLength(s: string, at: number): number {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i - at;
}

function rightTrimLength(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(s.charCodeAt(i - 1))) i--;
  return to - i;
}

/** Text up to the next left delimiter; trailing space is trimmed when the delimiter asks for it. */
function lexText(l: Lexer): StateFn | null {
  if (l.stopped) return l.emit(Item.EOF);
  const x = l.input.indexOf(l.leftDelim, l.pos);
  if (x < 0) {
    l.pos = l.input.length;
    if (l.pos > l.start) {
      l.line += countNewlines(l.input, l.start, l.pos);
      return l.emit(Item.Text);
    }
    return l.emit(Item.EOF);
  }
  if (x > l.pos) {
    l.pos = x;
    const delimEnd = x + l.leftDelim.length;
    const trim = hasLeftTrimMarker(l.input, delimEnd) ? rightTrimLength(l.input, l.start, x) : 0;
    l.pos -= trim;
    l.line += countNewlines(l.input, l.start, l.pos);
    const item = l.thisItem(Item.Text);
    l.pos += trim;
    l.ignore();
    if (item.val.length > 0) return l.emitItem(item);
  }
  return lexLeftDelim;
}

/** The left delimiter, known to be present: an action or a comment starts. */
function lexLeftDelim(l: Lexer): StateFn | null {
  l.pos += l.leftDelim.length;
  const trim = hasLeftTrimMarker(l.input, l.pos);
  const afterMarker = trim ? 2 : 0;
  if (l.input.startsWith(leftComment, l.pos + afterMarker)) {
    l.pos += afterMarker;
    l.ignore();
    return lexComment;
  }
  const item = l.thisItem(Item.LeftDelim);
  l.insideAction = true;
  l.pos += afterMarker;
  l.ignore();
  l.parenDepth = 0;
  return l.emitItem(item);
}

/** A comment; it must end with the comment closer immediately followed by the right delimiter. */
function lexComment(l: Lexer): StateFn | null {
  l.pos += leftComment.length;
  const x = l.input.indexOf(rightComment, l.pos);
  if (x < 0) return l.errorf('unclosed comment');
  l.pos = x + rightComment.length;
  const { delim, trim } = l.atRightDelim();
  if (!delim) return l.errorf('comment ends before closing delimiter');
  const item = l.thisItem(Item.Comment);
  if (trim) l.pos += 2;
  l.pos += l.rightDelim.length;
  if (trim) l.pos += leftTrimLength(l.input, l.pos);
  l.ignore();
  return l.emitComments ? l.emitItem(item) : lexText;
}

/** The right delimiter, known to be present; a trim marker also eats the following space. */
function lexRightDelim(l: Lexer): StateFn | null {
  const { trim } = l.atRightDelim();
  if (trim) {
    l.pos += 2;
    l.ignore();
  }
  l.pos += l.rightDelim.length;
  const item = l.thisItem(Item.RightDelim);
  if (trim) {
    l.pos += leftTrimLength(l.input, l.pos);
    l.ignore();
  }
  l.insideAction = false;
  return l.emitItem(item);
}

/** The elements inside an action. */
function lexInsideAction(l: Lexer): StateFn | null {
  if (l.stopped) return l.emit(Item.EOF);
  if (l.atRightDelim().delim) {
    return l.parenDepth === 0 ? lexRightDelim : l.errorf('unclosed left paren');
  }
  const r = l.next();
  switch (r) {
    case -1:
      return l.errorf('unclosed action');
    case 0x3d: // =
      return l.emit(Item.Assign);
    case 0x3a: // :
      return l.next() === 0x3d ? l.emit(Item.Declare) : l.errorf('expected :=');
    case 0x7c: // |
      return l.emit(Item.Pipe);
    case 0x22: // "
      return lexQuote;
    case 0x60: // `
      return lexRawQuote;
    case 0x24: // $
      return lexVariable;
    case 0x27: // '
      return lexChar;
    case 0x28: // (
      l.parenDepth++;
      return l.emit(Item.LeftParen);
    case 0x29: // )
      l.parenDepth--;
      return l.parenDepth < 0 ? l.errorf('unexpected right paren') : l.emit(Item.RightParen);
    case 0x2e: {
      // A '.' followed by a non-digit is a field (or dot); otherwise it starts a number.
      const c = l.input.charCodeAt(l.pos);
      if (l.pos < l.input.length && (c < 0x30 || c > 0x39)) return lexField;
      l.backup();
      return lexNumber;
    }
  }
  if (isSpace(r)) {
    l.backup(); // the space may begin " -}}"
    return lexSpace;
  }
  if (r === 0x2b || r === 0x2d || (r >= 0x30 && r <= 0x39)) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (r >= 0x20 && r < 0x7f) return l.emit(Item.Char);
  return l.errorf(`unrecognized character in action: ${goRuneU(r)}`);
}

/** A run of spaces; a single space before `-}}` belongs to the trim marker instead. */
function lexSpace(l: Lexer): StateFn | null {
  let spaces = 0;
  while (isSpace(l.peek())) {
    l.next();
    spaces++;
  }
  if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(l.rightDelim, l.pos - 1 + 2)) {
    l.backup();
    if (spaces === 1) return lexRightDelim;
  }
  return l.emit(Item.Space);
}

/** An identifier, keyword, or `true`/`false`. */
function lexIdentifier(l: Lexer): StateFn | null {
  let r: number;
  do {
    r = l.next();
  } while (isAlphaNumeric(r));
  l.backup();
  const word = l.input.slice(l.start, l.pos);
  if (!l.atTerminator()) return l.errorf(`bad character ${goRuneU(r)}`);
  const key = keywords.get(word);
  if (key !== undefined) {
    if ((key === Item.Break && !l.breakOK) || (key === Item.Continue && !l.continueOK)) {
      return l.emit(Item.Identifier);
    }
    return l.emit(key);
  }
  if (word === 'true' || word === 'false') return l.emit(Item.Bool);
  return l.emit(Item.Identifier);
}

function lexField(l: Lexer): StateFn | null {
  return lexFieldOrVariable(l, Item.Field);
}

function lexVariable(l: Lexer): StateFn | null {
  if (l.atTerminator()) return l.emit(Item.Variable); // plain "$"
  return lexFieldOrVariable(l, Item.Variable);
}

/** `.Name` or `$name`; the `.` or `$` has been read. A lone `.` is the dot. */
function lexFieldOrVariable(l: Lexer, type: ItemType): StateFn | null {
  if (l.atTerminator()) return l.emit(type === Item.Variable ? Item.Variable : Item.Dot);
  let r: number;
  do {
    r = l.next();
  } while (isAlphaNumeric(r));
  l.backup();
  if (!l.atTerminator()) return l.errorf(`bad character ${goRuneU(r)}`);
  return l.emit(type);
}

/** A character constant; its syntax is checked by the parser. */
function lexChar(l: Lexer): StateFn | null {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== -1 && r !== 10) continue;
    }
    if (r === -1 || r === 10) return l.errorf('unterminated character constant');
    if (r === 0x27) return l.emit(Item.CharConstant);
  }
}

/** A number; like Go's, it accepts some invalid forms that the parser then rejects. */
function lexNumber(l: Lexer): StateFn | null {
  if (!scanNumber(l))
    return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    // A complex constant such as 1+2i: no spaces, ends in 'i'.
    if (!scanNumber(l) || l.input.charCodeAt(l.pos - 1) !== 0x69) {
      return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
    }
    return l.emit(Item.Complex);
  }
  return l.emit(Item.Number);
}

const decimalDigits = '0123456789_';
const hexDigits = '0123456789abcdefABCDEF_';

function scanNumber(l: Lexer): boolean {
  l.accept('+-');
  let digits = decimalDigits;
  if (l.accept('0')) {
    if (l.accept('xX')) digits = hexDigits;
    else if (l.accept('oO')) digits = '01234567_';
    else if (l.accept('bB')) digits = '01_';
  }
  l.acceptRun(digits);
  if (l.accept('.')) l.acceptRun(digits);
  if (digits === decimalDigits && l.accept('eE')) {
    l.accept('+-');
    l.acceptRun(decimalDigits);
  }
  if (digits === hexDigits && l.accept('pP')) {
    l.accept('+-');
    l.acceptRun(decimalDigits);
  }
  l.accept('i');
  if (isAlphaNumeric(l.peek())) {
    l.next();
    return false;
  }
  return true;
}

function lexQuote(l: Lexer): StateFn | null {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== -1 && r !== 10) continue;
    }
    if (r === -1 || r === 10) return l.errorf('unterminated quoted string');
    if (r === 0x22) return l.emit(Item.String);
  }
}

function lexRawQuote(l: Lexer): StateFn | null {
  for (;;) {
    const r = l.next();
    if (r === -1) return l.errorf('unterminated raw quoted string');
    if (r === 0x60) return l.emit(Item.RawString);
  }
}

/** Go's `%#U`: `U+007D '}'`. */
export function goRuneU(r: number): string {
  const hex = r.toString(16).toUpperCase().padStart(4, '0');
  return isPrintable(r) ? `U+${hex} '${String.fromCodePoint(r)}'` : `U+${hex}`;
}

function isPrintable(r: number): boolean {
  return r >= 0 && /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(String.fromCodePoint(r));
}

/** Go's `%q` for the short strings that appear in parse errors. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (r === 7) out += '\\a';
    else if (r === 8) out += '\\b';
    else if (r === 12) out += '\\f';
    else if (r === 10) out += '\\n';
    else if (r === 13) out += '\\r';
    else if (r === 9) out += '\\t';
    else if (r === 11) out += '\\v';
    else if (isPrintable(r)) out += ch;
    else if (r < 0x80) out += `\\x${r.toString(16).padStart(2, '0')}`;
    else if (r < 0x10000) out += `\\u${r.toString(16).padStart(4, '0')}`;
    else out += `\\U${r.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}
