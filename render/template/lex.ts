// The lexer of Go's text/template, as a state machine: each state function consumes input and
// either returns the next state or emits one item and returns null, which hands the item to the
// parser (Go's lexer works the same way since Go 1.20, without a goroutine). Trim markers
// (`{{- ` and ` -}}`) are handled here alone: the parser never sees the trimmed whitespace.
// Positions are UTF-16 offsets into the text; errors.ts (`locate`) turns them into Go's line:col.
import { hasRightTrimMarker, isSpace } from './lex-chars.js';
import { Item, type ItemType, type LexItem } from './lex-item.js';
import { lexInsideAction, lexText } from './lex-states.js';

export { Item, describeItem, goQuote, goRuneU, type ItemType, type LexItem } from './lex-item.js';
export { isAlphaNumeric, isSpace } from './lex-chars.js';

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

/** A state of the lexer. */
export type StateFn = (l: Lexer) => StateFn | null;

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
  // The first newline at or after newlineFrom (-1: none); the scan moves forward, so each
  // indexOf search runs over text no later search reads again.
  private newlineFrom = 0;
  private newlineAt = -2; // not searched yet
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
    // Every state that stops the loop has set the item (emitItem, errorf).
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

  /** Skips ASCII letters, digits and `_` in one tight loop (identifiers are mostly ASCII). */
  skipAsciiAlphaNumeric(): void {
    const s = this.input;
    let i = this.pos;
    for (;;) {
      const c = s.charCodeAt(i);
      if (
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x5f
      )
        i++;
      else break;
    }
    this.pos = i;
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
    this.item = this.thisItem(type);
    return null;
  }

  emitItem(item: LexItem): null {
    this.item = item;
    return null;
  }

  /**
   * Newlines in input[from:to], found with indexOf: a loop over the characters runs in the
   * interpreter in a short-lived process, and chart templates are mostly long runs of text.
   */
  countNewlines(from: number, to: number): number {
    let n = 0;
    const known =
      this.newlineAt !== -2 &&
      from >= this.newlineFrom &&
      (this.newlineAt === -1 || from <= this.newlineAt);
    let i = known ? this.newlineAt : this.input.indexOf('\n', from);
    while (i >= 0 && i < to) {
      n++;
      i = this.input.indexOf('\n', i + 1);
    }
    // i is now the first newline at or after `to`.
    if (to >= from) {
      this.newlineFrom = to;
      this.newlineAt = i;
    }
    return n;
  }

  /** Skips the pending input, counting its newlines. */
  ignore(): void {
    this.line += this.countNewlines(this.start, this.pos);
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

  /**
   * Whether a right delimiter starts here: 0 no, 1 yes, 2 yes with a trim marker before it
   * (` -}}`). A number, not an object: this runs before every item inside an action.
   */
  atRightDelim(): 0 | 1 | 2 {
    if (
      hasRightTrimMarker(this.input, this.pos) &&
      this.input.startsWith(this.rightDelim, this.pos + 2)
    ) {
      return 2;
    }
    return this.input.startsWith(this.rightDelim, this.pos) ? 1 : 0;
  }

  /** Whether the next character may follow an identifier, field or variable. */
  atTerminator(): boolean {
    return this.terminatesAt(this.pos);
  }

  /** Whether the input ends at `pos` or its character there may follow a name. */
  terminatesAt(pos: number): boolean {
    if (pos >= this.input.length) return true;
    const r = this.input.charCodeAt(pos);
    if (isSpace(r)) return true;
    switch (r) {
      case 0x2e: // .
      case 0x2c: // ,
      case 0x7c: // |
      case 0x3a: // :
      case 0x29: // )
      case 0x28: // (
        return true;
    }
    return this.input.startsWith(this.rightDelim, pos);
  }
}
