// BurntSushi/toml's reading of a document, as Helm's fromToml runs it (toml.Unmarshal into a
// map[string]interface{}): its lexer and parser, ported for their judgement (which documents they
// refuse, and the error text `toml: line N (last key "k"): …`) and for the table they build.
// Helm 3.17 links toml v1.4.0, which reads TOML 1.0 (no newlines or trailing comma in inline
// tables, no \e or \xHH escapes, times with seconds), and Helm 4.1 links v1.6.0, which reads TOML
// 1.1 and words a few errors and line numbers differently; `major` picks the release.
//
// The Go lexer runs as a state machine feeding the parser through a channel; here it runs to the
// first error (or the end) into a list first, which yields the same first error since the parser
// reads the items in order. Line numbers are what the messages show; a lexer error names the line
// the lexer is on (the line before, for an unexpected newline or end of text), a parser error the
// line of the item at fault. Pinned by test/render/funcs/toml-errors.test.ts (texts recorded from
// Helm 3 and 4) and test/render/funcs/toml.test.ts.
import { quote, quoteRune } from '../go/quote.js';
import type { Time } from './time-value.js';
import { parseTime } from './time-parse.js';
import { fixedZone, local, type Location } from './time-zone.js';
import { tomlEscape } from './toml-encode.js';

/** A TOML table as BurntSushi builds it (a map[string]interface{}). */
export type BsTable = Map<string, BsValue>;

/** An array of tables (`[[a]]`), which BurntSushi types []map[string]interface{}. */
export class BsTableArray {
  constructor(readonly tables: BsTable[] = []) {}
}

/** A decoded value: int64 as bigint, float64 as number, a time.Time, []interface{} as an array. */
export type BsValue =
  bigint | number | string | boolean | Time | BsValue[] | BsTable | BsTableArray;

/** What BurntSushi makes of a document: its table, or its error text. */
export type BsResult = { readonly table: BsTable } | { readonly error: string };

const enum It {
  Error,
  EOF,
  Text,
  String,
  StringEsc,
  RawString,
  MultilineString,
  RawMultilineString,
  Bool,
  Integer,
  Float,
  Datetime,
  Array,
  ArrayEnd,
  TableStart,
  TableEnd,
  ArrayTableStart,
  ArrayTableEnd,
  KeyStart,
  KeyEnd,
  CommentStart,
  InlineTableStart,
  InlineTableEnd,
}

interface Item {
  readonly typ: It;
  readonly val: string;
  readonly line: number;
}

const EOF = 0;

const isWhitespace = (r: number): boolean => r === 0x09 || r === 0x20;
const isNL = (r: number): boolean => r === 0x0a || r === 0x0d;
const isControl = (r: number): boolean =>
  r !== 0x09 && r !== 0x0a && r !== 0x0d && (r <= 0x1f || r === 0x7f);
const isDigit = (r: number): boolean => r >= 0x30 && r <= 0x39;
const isBinary = (r: number): boolean => r === 0x30 || r === 0x31;
const isOctal = (r: number): boolean => r >= 0x30 && r <= 0x37;
const isHex = (r: number): boolean =>
  isDigit(r) || ((r | 0x20) >= 0x61 && (r | 0x20) <= 0x66 && r >= 0x41);
const isBareKeyChar = (r: number): boolean =>
  (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) || isDigit(r) || r === 0x5f || r === 0x2d;
const letter = /^\p{L}$/u;
const isLetter = (r: number): boolean => r > 0 && letter.test(String.fromCodePoint(r));
const ch = (r: number): string => String.fromCodePoint(r);

// Thrown when the lexer has emitted its error item: the parser never reads further.
class LexStop {}

type State = ((lx: Lexer) => State) | null;

class Lexer {
  readonly items: Item[] = [];
  start = 0;
  pos = 0;
  line = 1;
  esc = false;
  atEOF = false;
  private readonly widths: number[] = [];
  private readonly stack: Exclude<State, null>[] = [];

  constructor(
    readonly input: string,
    readonly v16: boolean,
  ) {}

  run(): Item[] {
    let state: State = lexTop;
    try {
      while (state !== null) state = state(this);
    } catch (e) {
      if (!(e instanceof LexStop)) throw e;
    }
    return this.items;
  }

  push(s: Exclude<State, null>): void {
    this.stack.push(s);
  }

  pop(): State {
    const s = this.stack.pop();
    if (s === undefined) return this.errorf('BUG in lexer: no states to pop');
    return s;
  }

  current(): string {
    return this.input.slice(this.start, this.pos);
  }

  emit(typ: It, val = this.current()): void {
    this.items.push({ typ, val, line: this.line });
    this.start = this.pos;
  }

  next(): number {
    if (this.atEOF) throw new Error('BUG in lexer: next called after EOF');
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF;
    }
    if (this.input.charCodeAt(this.pos) === 0x0a) this.line++;
    const r = this.input.codePointAt(this.pos)!;
    const bareCR =
      r === 0x0d &&
      (this.pos === this.input.length - 1 || this.input.charCodeAt(this.pos + 1) !== 0x0a);
    if (isControl(r) || bareCR) {
      this.fail(
        `TOML files cannot contain control characters: '0x${r.toString(16).padStart(2, '0')}'`,
      );
    }
    this.widths.unshift(r > 0xffff ? 2 : 1);
    if (this.widths.length > 4) this.widths.pop();
    this.pos += this.widths[0]!;
    return r;
  }

  ignore(): void {
    this.start = this.pos;
  }

  backup(): void {
    if (this.atEOF) {
      this.atEOF = false;
      return;
    }
    const w = this.widths.shift();
    if (w === undefined) throw new Error('BUG in lexer: backed up too far');
    this.pos -= w;
    if (this.pos < this.input.length && this.input.charCodeAt(this.pos) === 0x0a) this.line--;
  }

  accept(valid: number): boolean {
    if (this.next() === valid) return true;
    this.backup();
    return false;
  }

  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  skip(pred: (r: number) => boolean): void {
    for (;;) {
      const r = this.next();
      if (pred(r)) continue;
      this.backup();
      this.ignore();
      return;
    }
  }

  // Emits the error item at `line` and stops.
  private fail(message: string, line = this.line): never {
    this.items.push({ typ: It.Error, val: message, line });
    throw new LexStop();
  }

  error(message: string): never {
    if (this.atEOF) return this.errorPrevLine(message);
    return this.fail(message);
  }

  errorPrevLine(message: string): never {
    return this.fail(message, this.line - 1);
  }

  errorf(message: string): never {
    if (this.atEOF) {
      const nl = this.pos >= 1 && this.input.charCodeAt(this.pos - 1) === 0x0a;
      return this.fail(message, !this.v16 || nl ? this.line - 1 : this.line);
    }
    return this.fail(message);
  }
}

function lexSkip(lx: Lexer, next: Exclude<State, null>): State {
  lx.ignore();
  return next;
}

function lexTop(lx: Lexer): State {
  const r = lx.next();
  if (isWhitespace(r) || isNL(r)) return lexSkip(lx, lexTop);
  switch (r) {
    case 0x23: // #
      lx.push(lexTop);
      return lexCommentStart;
    case 0x5b: // [
      return lexTableStart;
    case EOF:
      if (lx.pos > lx.start) return lx.errorf('unexpected EOF');
      lx.emit(It.EOF);
      return null;
  }
  lx.backup();
  lx.push(lexTopEnd);
  return lexKeyStart;
}

function lexTopEnd(lx: Lexer): State {
  const r = lx.next();
  if (r === 0x23) {
    lx.push(lexTop);
    return lexCommentStart;
  }
  if (isWhitespace(r)) return lexTopEnd;
  if (isNL(r)) {
    lx.ignore();
    return lexTop;
  }
  if (r === EOF) {
    lx.emit(It.EOF);
    return null;
  }
  return lx.errorf(
    `expected a top-level item to end with a newline, comment, or EOF, but got ${quoteRune(r)} instead`,
  );
}

function lexTableStart(lx: Lexer): State {
  if (lx.peek() === 0x5b) {
    lx.next();
    lx.emit(It.ArrayTableStart);
    lx.push(lexArrayTableEnd);
  } else {
    lx.emit(It.TableStart);
    lx.push(lexTableEnd);
  }
  return lexTableNameStart;
}

function lexTableEnd(lx: Lexer): State {
  lx.emit(It.TableEnd);
  return lexTopEnd;
}

function lexArrayTableEnd(lx: Lexer): State {
  const r = lx.next();
  if (r !== 0x5d) {
    return lx.errorf(
      `expected end of table array name delimiter ']', but got ${quoteRune(r)} instead`,
    );
  }
  lx.emit(It.ArrayTableEnd);
  return lexTopEnd;
}

function lexTableNameStart(lx: Lexer): State {
  lx.skip(isWhitespace);
  const r = lx.peek();
  if (r === 0x5d || r === EOF)
    return lx.errorf('unexpected end of table name (table names cannot be empty)');
  if (r === 0x2e) return lx.errorf('unexpected table separator (table names cannot be empty)');
  lx.push(lexTableNameEnd);
  if (r === 0x22 || r === 0x27) {
    lx.ignore();
    return lexQuotedName;
  }
  return lexBareName;
}

function lexTableNameEnd(lx: Lexer): State {
  lx.skip(isWhitespace);
  const r = lx.next();
  if (r === 0x2e) {
    lx.ignore();
    return lexTableNameStart;
  }
  if (r === 0x5d) return lx.pop();
  return lx.errorf(`expected '.' or ']' to end table name, but got ${quoteRune(r)} instead`);
}

function lexBareName(lx: Lexer): State {
  if (isBareKeyChar(lx.next())) return lexBareName;
  lx.backup();
  lx.emit(It.Text);
  return lx.pop();
}

function lexQuotedName(lx: Lexer): State {
  const r = lx.next();
  if (r === 0x22) {
    lx.ignore();
    return lexString;
  }
  if (r === 0x27) {
    lx.ignore();
    return lexRawString;
  }
  if (isWhitespace(r)) return lexSkip(lx, lexValue);
  if (r === EOF) return lx.errorf('unexpected EOF; expected value');
  return lx.errorf(`expected value but found ${quoteRune(r)} instead`);
}

function lexKeyStart(lx: Lexer): State {
  lx.skip(isWhitespace);
  const r = lx.peek();
  if (r === 0x3d || r === EOF) return lx.errorf("unexpected '=': key name appears blank");
  if (r === 0x2e) return lx.errorf("unexpected '.': keys cannot start with a '.'");
  if (r === 0x22 || r === 0x27) lx.ignore();
  lx.emit(It.KeyStart);
  return lexKeyNameStart;
}

function lexKeyNameStart(lx: Lexer): State {
  lx.skip(isWhitespace);
  const r = lx.peek();
  if (r === 0x3d || r === EOF) return lx.errorf("unexpected '='");
  if (r === 0x2e) return lx.errorf("unexpected '.'");
  lx.push(lexKeyEnd);
  if (r === 0x22 || r === 0x27) {
    lx.ignore();
    return lexQuotedName;
  }
  return lexBareName;
}

function lexKeyEnd(lx: Lexer): State {
  lx.skip(isWhitespace);
  const r = lx.next();
  if (isWhitespace(r)) return lexSkip(lx, lexKeyEnd);
  if (r === EOF) return lx.errorf("unexpected EOF; expected key separator '='");
  if (r === 0x2e) {
    lx.ignore();
    return lexKeyNameStart;
  }
  if (r === 0x3d) {
    lx.emit(It.KeyEnd);
    return lexSkip(lx, lexValue);
  }
  const message = `expected '.' or '=', but got ${quoteRune(r)} instead`;
  if (r === 0x0a && lx.v16) return lx.errorPrevLine(message);
  return lx.errorf(message);
}

function lexValue(lx: Lexer): State {
  const r = lx.next();
  if (isWhitespace(r)) return lexSkip(lx, lexValue);
  if (isDigit(r)) {
    lx.backup();
    return lexNumberOrDateStart;
  }
  switch (r) {
    case 0x5b: // [
      lx.ignore();
      lx.emit(It.Array);
      return lexArrayValue;
    case 0x7b: // {
      lx.ignore();
      lx.emit(It.InlineTableStart);
      return lexInlineTableValue;
    case 0x22: // "
      if (lx.accept(0x22)) {
        if (lx.accept(0x22)) {
          lx.ignore();
          return lexMultilineString;
        }
        lx.backup();
      }
      lx.ignore();
      return lexString;
    case 0x27: // '
      if (lx.accept(0x27)) {
        if (lx.accept(0x27)) {
          lx.ignore();
          return lexMultilineRawString;
        }
        lx.backup();
      }
      lx.ignore();
      return lexRawString;
    case 0x2e: // .
      return lx.errorf("floats must start with a digit, not '.'");
    case 0x69: // i
    case 0x6e: // n
      if ((lx.accept(0x6e) && lx.accept(0x66)) || (lx.accept(0x61) && lx.accept(0x6e))) {
        lx.emit(It.Float);
        return lx.pop();
      }
      break;
    case 0x2d: // -
    case 0x2b: // +
      return lexDecimalNumberStart;
  }
  if (isLetter(r)) {
    lx.backup();
    return lexBool;
  }
  if (r === EOF) return lx.errorf('unexpected EOF; expected value');
  const message = `expected value but found ${quoteRune(r)} instead`;
  if (r === 0x0a && lx.v16) return lx.errorPrevLine(message);
  return lx.errorf(message);
}

function lexArrayValue(lx: Lexer): State {
  const r = lx.next();
  if (isWhitespace(r) || isNL(r)) return lexSkip(lx, lexArrayValue);
  if (r === 0x23) {
    lx.push(lexArrayValue);
    return lexCommentStart;
  }
  if (r === 0x2c) return lx.errorf('unexpected comma');
  if (r === 0x5d) return lexArrayEnd;
  lx.backup();
  lx.push(lexArrayValueEnd);
  return lexValue;
}

function lexArrayValueEnd(lx: Lexer): State {
  const r = lx.next();
  if (isWhitespace(r) || isNL(r)) return lexSkip(lx, lexArrayValueEnd);
  if (r === 0x23) {
    lx.push(lexArrayValueEnd);
    return lexCommentStart;
  }
  if (r === 0x2c) {
    lx.ignore();
    return lexArrayValue;
  }
  if (r === 0x5d) return lexArrayEnd;
  return lx.errorf(`expected a comma (',') or array terminator (']'), but got ${runeOrEOF(r)}`);
}

function lexArrayEnd(lx: Lexer): State {
  lx.ignore();
  lx.emit(It.ArrayEnd);
  return lx.pop();
}

const inlineNL = 'newlines not allowed within inline tables';

function lexInlineTableValue(lx: Lexer): State {
  const r = lx.next();
  if (isWhitespace(r)) return lexSkip(lx, lexInlineTableValue);
  if (isNL(r)) {
    if (lx.v16) return lexSkip(lx, lexInlineTableValue);
    return lx.errorPrevLine(inlineNL);
  }
  if (r === 0x23) {
    lx.push(lexInlineTableValue);
    return lexCommentStart;
  }
  if (r === 0x2c) return lx.errorf('unexpected comma');
  if (r === 0x7d) return lexInlineTableEnd;
  lx.backup();
  lx.push(lexInlineTableValueEnd);
  return lexKeyStart;
}

function lexInlineTableValueEnd(lx: Lexer): State {
  const r = lx.next();
  if (isWhitespace(r)) return lexSkip(lx, lexInlineTableValueEnd);
  if (isNL(r)) {
    if (lx.v16) return lexSkip(lx, lexInlineTableValueEnd);
    return lx.errorPrevLine(inlineNL);
  }
  if (r === 0x23) {
    lx.push(lexInlineTableValueEnd);
    return lexCommentStart;
  }
  if (r === 0x2c) {
    lx.ignore();
    lx.skip(isWhitespace);
    if (lx.peek() === 0x7d) {
      if (lx.v16) return lexInlineTableValueEnd;
      return lx.errorf('trailing comma not allowed in inline tables');
    }
    return lexInlineTableValue;
  }
  if (r === 0x7d) return lexInlineTableEnd;
  return lx.errorf(
    `expected a comma or an inline table terminator '}', but got ${runeOrEOF(r)} instead`,
  );
}

const runeOrEOF = (r: number): string => (r === EOF ? 'end of file' : `'${ch(r)}'`);

function lexInlineTableEnd(lx: Lexer): State {
  lx.ignore();
  lx.emit(It.InlineTableEnd);
  return lx.pop();
}

const stringNL = 'strings cannot contain newlines';

function lexString(lx: Lexer): State {
  const r = lx.next();
  if (r === EOF) return lx.errorf(`unexpected EOF; expected '"'`);
  if (isNL(r)) return lx.errorPrevLine(stringNL);
  if (r === 0x5c) {
    lx.push(lexString);
    return lexStringEscape;
  }
  if (r === 0x22) {
    lx.backup();
    lx.emit(lx.esc ? It.StringEsc : It.String);
    lx.esc = false;
    lx.next();
    lx.ignore();
    return lx.pop();
  }
  return lexString;
}

function lexMultilineString(lx: Lexer): State {
  const r = lx.next();
  if (r === EOF) return lx.errorf(`unexpected EOF; expected '"""'`);
  if (r === 0x5c) return lexMultilineStringEscape;
  if (r !== 0x22) return lexMultilineString;
  if (lx.accept(0x22)) {
    if (lx.accept(0x22)) {
      if (lx.peek() === 0x22) {
        const cur = lx.current();
        if (cur.endsWith('"""""') && !cur.endsWith('\\"""""'))
          return lx.errorf(`unexpected '""""""'`);
        lx.backup();
        lx.backup();
        return lexMultilineString;
      }
      lx.backup();
      lx.backup();
      lx.backup();
      lx.esc = false;
      lx.emit(It.MultilineString);
      lx.next();
      lx.next();
      lx.next();
      lx.ignore();
      return lx.pop();
    }
    lx.backup();
  }
  return lexMultilineString;
}

function lexRawString(lx: Lexer): State {
  const r = lx.next();
  if (r === EOF) return lx.errorf(`unexpected EOF; expected "'"`);
  if (isNL(r)) return lx.errorPrevLine(stringNL);
  if (r === 0x27) {
    lx.backup();
    lx.emit(It.RawString);
    lx.next();
    lx.ignore();
    return lx.pop();
  }
  return lexRawString;
}

function lexMultilineRawString(lx: Lexer): State {
  const r = lx.next();
  if (r === EOF) return lx.errorf(`unexpected EOF; expected "'''"`);
  if (r !== 0x27) return lexMultilineRawString;
  if (lx.accept(0x27)) {
    if (lx.accept(0x27)) {
      if (lx.peek() === 0x27) {
        if (lx.current().endsWith("'''''")) return lx.errorf(`unexpected "''''''"`);
        lx.backup();
        lx.backup();
        return lexMultilineRawString;
      }
      lx.backup();
      lx.backup();
      lx.backup();
      lx.emit(It.RawMultilineString);
      lx.next();
      lx.next();
      lx.next();
      lx.ignore();
      return lx.pop();
    }
    lx.backup();
  }
  return lexMultilineRawString;
}

function lexMultilineStringEscape(lx: Lexer): State {
  if (isNL(lx.next())) return lexMultilineString;
  lx.backup();
  lx.push(lexMultilineString);
  return lexStringEscape(lx);
}

function lexStringEscape(lx: Lexer): State {
  lx.esc = true;
  const r = lx.next();
  switch (r) {
    case 0x65: // e
    case 0x78: // x
      if (!lx.v16) return lx.error(`invalid escape in string '\\${ch(r)}'`);
      return r === 0x78 ? lexHexEscape : lx.pop();
    case 0x62: // b
    case 0x74: // t
    case 0x6e: // n
    case 0x66: // f
    case 0x72: // r
    case 0x22: // "
    case 0x20:
    case 0x09:
    case 0x5c: // \
      return lx.pop();
    case 0x75: // u
      return lexUnicodeEscape(4, 'four', 'u');
    case 0x55: // U
      return lexUnicodeEscape(8, 'eight', 'U');
  }
  return lx.error(`invalid escape in string '\\${ch(r)}'`);
}

function lexHexEscape(lx: Lexer): State {
  return lexUnicodeEscape(2, 'two', 'x')(lx);
}

function lexUnicodeEscape(n: number, word: string, letter: string): (lx: Lexer) => State {
  return (lx) => {
    for (let i = 0; i < n; i++) {
      if (!isHex(lx.next())) {
        return lx.errorf(
          `expected ${word} hexadecimal digits after '\\${letter}', but got ${quote(lx.current())} instead`,
        );
      }
    }
    return lx.pop();
  };
}

function lexNumberOrDateStart(lx: Lexer): State {
  if (lx.next() === 0x30) return lexBaseNumberOrDate;
  return lexNumberOrDate;
}

function lexNumberOrDate(lx: Lexer): State {
  const r = lx.next();
  if (isDigit(r)) return lexNumberOrDate;
  switch (r) {
    case 0x2d: // -
    case 0x3a: // :
      return lexDatetime;
    case 0x5f: // _
      return lexDecimalNumber;
    case 0x2e: // .
    case 0x65: // e
    case 0x45: // E
      return lexFloat;
  }
  lx.backup();
  lx.emit(It.Integer);
  return lx.pop();
}

const datetimeChars = new Set([...'-:Tt .Zz+'].map((c) => c.charCodeAt(0)));

function lexDatetime(lx: Lexer): State {
  const r = lx.next();
  if (isDigit(r) || datetimeChars.has(r)) return lexDatetime;
  lx.backup();
  lx.emit(It.Datetime, lx.current().trim());
  return lx.pop();
}

function lexBaseInteger(pred: (r: number) => boolean): (lx: Lexer) => State {
  const state = (lx: Lexer): State => {
    const r = lx.next();
    if (pred(r) || r === 0x5f) return state;
    lx.backup();
    lx.emit(It.Integer);
    return lx.pop();
  };
  return state;
}

const lexHexInteger = lexBaseInteger(isHex);
const lexOctalInteger = lexBaseInteger(isOctal);
const lexBinaryInteger = lexBaseInteger(isBinary);

function lexDecimalNumber(lx: Lexer): State {
  const r = lx.next();
  if (isDigit(r) || r === 0x5f) return lexDecimalNumber;
  if (r === 0x2e || r === 0x65 || r === 0x45) return lexFloat;
  lx.backup();
  lx.emit(It.Integer);
  return lx.pop();
}

function lexDecimalNumberStart(lx: Lexer): State {
  const r = lx.next();
  switch (r) {
    case 0x69: // i
      if (!lx.accept(0x6e) || !lx.accept(0x66))
        return lx.errorf(`invalid float: '${lx.current()}'`);
      lx.emit(It.Float);
      return lx.pop();
    case 0x6e: // n
      if (!lx.accept(0x61) || !lx.accept(0x6e))
        return lx.errorf(`invalid float: '${lx.current()}'`);
      lx.emit(It.Float);
      return lx.pop();
    case 0x30: {
      const p = lx.peek();
      if (p === 0x62 || p === 0x6f || p === 0x78)
        return lx.errorf(`cannot use sign with non-decimal numbers: '${lx.current()}${ch(p)}'`);
      break;
    }
    case 0x2e:
      return lx.errorf("floats must start with a digit, not '.'");
  }
  if (isDigit(r)) return lexDecimalNumber;
  return lx.errorf(`expected a digit but got ${quoteRune(r)}`);
}

function lexBaseNumberOrDate(lx: Lexer): State {
  const r = lx.next();
  if (isDigit(r)) return lexNumberOrDate;
  switch (r) {
    case 0x5f:
      return lexDecimalNumber;
    case 0x2e:
    case 0x65:
    case 0x45:
      return lexFloat;
    case 0x62: {
      const p = lx.peek();
      if (!isBinary(p)) lx.errorf(`not a binary number: '${lx.current()}${ch(p)}'`);
      return lexBinaryInteger;
    }
    case 0x6f: {
      const p = lx.peek();
      if (!isOctal(p)) lx.errorf(`not an octal number: '${lx.current()}${ch(p)}'`);
      return lexOctalInteger;
    }
    case 0x78: {
      const p = lx.peek();
      const word = lx.v16 ? 'hexadecimal' : 'hexidecimal';
      if (!isHex(p)) lx.errorf(`not a ${word} number: '${lx.current()}${ch(p)}'`);
      return lexHexInteger;
    }
  }
  lx.backup();
  lx.emit(It.Integer);
  return lx.pop();
}

function lexFloat(lx: Lexer): State {
  const r = lx.next();
  if (isDigit(r)) return lexFloat;
  switch (r) {
    case 0x5f:
    case 0x2e:
    case 0x2d:
    case 0x2b:
    case 0x65:
    case 0x45:
      return lexFloat;
  }
  lx.backup();
  lx.emit(It.Float);
  return lx.pop();
}

function lexBool(lx: Lexer): State {
  let s = '';
  for (;;) {
    const r = lx.next();
    if (!isLetter(r)) {
      lx.backup();
      break;
    }
    s += ch(r);
  }
  if (s === 'true' || s === 'false') {
    lx.emit(It.Bool);
    return lx.pop();
  }
  return lx.errorf(`expected value but found ${quote(s)} instead`);
}

function lexCommentStart(lx: Lexer): State {
  lx.ignore();
  lx.emit(It.CommentStart);
  return lexComment;
}

function lexComment(lx: Lexer): State {
  const r = lx.next();
  if (isNL(r) || r === EOF) {
    lx.backup();
    lx.emit(It.Text);
    return lx.pop();
  }
  return lexComment;
}

// ---- The parser ----

// A key's dotted form as BurntSushi's Key.String writes it (parts quoted unless bare).
function keyString(key: readonly string[]): string {
  return key
    .map((k) => {
      if (k === '') return '""';
      if ([...k].every((c) => isBareKeyChar(c.codePointAt(0)!))) return k;
      return `"${k.replace(/["\\\x00-\x1f\x7f]/g, tomlEscape)}"`;
    })
    .join('.');
}

class ParseFailure {
  constructor(readonly message: string) {}
}

type TomlType = 'Array' | 'Hash' | 'ArrayHash' | 'Primitive';

interface LocalZones {
  readonly dt: Location;
  readonly d: Location;
  readonly t: Location;
}

// BurntSushi's zones for local date-times, dates and times: fixed at the local offset when the
// program starts (here, on first use).
let zones: LocalZones | undefined;
function localZones(): LocalZones {
  if (zones === undefined) {
    const off = local().lookup(Math.floor(Date.now() / 1000)).offset;
    zones = {
      dt: fixedZone('datetime-local', off),
      d: fixedZone('date-local', off),
      t: fixedZone('time-local', off),
    };
  }
  return zones;
}

class Parser {
  private readonly mapping: BsTable = new Map();
  private readonly types = new Map<string, TomlType>();
  private readonly implicits = new Set<string>();
  private context: string[] = [];
  private currentKey = '';
  private posLine = 0;
  private i = 0;
  private zones: LocalZones | undefined;

  constructor(
    private readonly items: readonly Item[],
    private readonly v16: boolean,
  ) {}

  parse(): BsTable {
    for (;;) {
      const item = this.next();
      if (item.typ === It.EOF) return this.mapping;
      this.topLevel(item);
    }
  }

  private current(): string {
    if (this.currentKey === '') return keyString(this.context);
    if (this.context.length === 0) return this.currentKey;
    return `${keyString(this.context)}.${this.currentKey}`;
  }

  private fail(line: number, message: string): never {
    const last = this.current();
    const where = last === '' ? `line ${line}` : `line ${line} (last key ${quote(last)})`;
    throw new ParseFailure(`toml: ${where}: ${message}`);
  }

  private failf(message: string): never {
    return this.fail(this.posLine, message);
  }

  private next(): Item {
    const it = this.items[this.i++];
    if (it === undefined) throw new Error('BUG: read past the end of the items');
    if (it.typ === It.Error) this.fail(it.line, it.val);
    return it;
  }

  private nextPos(): Item {
    const it = this.next();
    this.posLine = it.line;
    return it;
  }

  private expect(typ: It): Item {
    const it = this.next();
    if (it.typ !== typ) throw new Error(`BUG: expected item ${typ} but got ${it.typ}`);
    return it;
  }

  private readKey(first: Item, end: It): string[] {
    const key: string[] = [];
    let k = first;
    for (; k.typ !== end && k.typ !== It.EOF; k = this.next()) key.push(this.keyPart(k));
    if (k.typ !== end) throw new Error(`BUG: expected item ${end} but got ${k.typ}`);
    return key;
  }

  private topLevel(item: Item): void {
    switch (item.typ) {
      case It.CommentStart:
        this.expect(It.Text);
        return;
      case It.TableStart:
      case It.ArrayTableStart: {
        const array = item.typ === It.ArrayTableStart;
        const key = this.readKey(this.nextPos(), array ? It.ArrayTableEnd : It.TableEnd);
        this.addContext(key, array);
        this.setType('', array ? 'ArrayHash' : 'Hash');
        return;
      }
      case It.KeyStart: {
        const outer = this.context;
        const key = this.readKey(this.nextPos(), It.KeyEnd);
        this.currentKey = key[key.length - 1]!;
        const parents = key.slice(0, -1);
        for (let i = 0; i < parents.length; i++) {
          this.addImplicitContext([...this.context, parents[i]!]);
        }
        const [val, typ] = this.value(this.next(), false);
        this.setValue(this.currentKey, val);
        this.setType(this.currentKey, typ);
        this.context = outer;
        this.currentKey = '';
        return;
      }
      default:
        throw new Error(`BUG: unexpected item ${item.typ} at top level`);
    }
  }

  private keyPart(it: Item): string {
    if (it.typ === It.Text) return it.val;
    return this.value(it, false)[0] as string;
  }

  private value(it: Item, parentIsArray: boolean): [BsValue, TomlType] {
    switch (it.typ) {
      case It.String:
      case It.RawString:
        return [it.val, 'Primitive'];
      case It.StringEsc:
        return [this.replaceEscapes(it, it.val), 'Primitive'];
      case It.MultilineString:
        return [
          this.replaceEscapes(it, stripEscapedNewlines(stripFirstNewline(it.val))),
          'Primitive',
        ];
      case It.RawMultilineString:
        return [stripFirstNewline(it.val), 'Primitive'];
      case It.Integer:
        return [this.valueInteger(it), 'Primitive'];
      case It.Float:
        return [this.valueFloat(it), 'Primitive'];
      case It.Bool:
        return [it.val === 'true', 'Primitive'];
      case It.Datetime:
        return [this.valueDatetime(it), 'Primitive'];
      case It.Array:
        return [this.valueArray(), 'Array'];
      case It.InlineTableStart:
        return [this.valueInlineTable(parentIsArray), 'Hash'];
      default:
        throw new Error(`BUG: unexpected value item ${it.typ}`);
    }
  }

  private valueInteger(it: Item): bigint {
    if (!numUnderscoresOK(it.val))
      this.fail(
        it.line,
        `Invalid integer ${quote(it.val)}: underscores must be surrounded by digits`,
      );
    if (numHasLeadingZero(it.val))
      this.fail(it.line, `Invalid integer ${quote(it.val)}: cannot have leading zeroes`);
    const n = goParseInt(it.val);
    if (n === undefined) throw new Error(`BUG: expected integer value, but got '${it.val}'`);
    if (n < -(2n ** 63n) || n >= 2n ** 63n)
      this.fail(it.line, `${it.val} is out of range for int64`);
    return n;
  }

  private valueFloat(it: Item): number {
    const parts = it.val.split(/[.eE]/).filter((p) => p !== '');
    for (const part of parts) {
      if (!numUnderscoresOK(part))
        this.fail(
          it.line,
          `Invalid float ${quote(it.val)}: underscores must be surrounded by digits`,
        );
    }
    if (parts.length > 0 && numHasLeadingZero(parts[0]!))
      this.fail(it.line, `Invalid float ${quote(it.val)}: cannot have leading zeroes`);
    if (!numPeriodsOK(it.val))
      this.fail(
        it.line,
        `Invalid float ${quote(it.val)}: '.' must be followed by one or more digits`,
      );
    let val = it.val.replaceAll('_', '');
    let negative = false;
    if (val === '+nan' || val === '-nan') {
      negative = val === '-nan';
      val = 'nan';
    }
    const num = goParseFloat(val);
    if (num === undefined) this.fail(it.line, `Invalid float value: ${quote(it.val)}`);
    if ((num === Infinity || num === -Infinity) && !/inf/i.test(val))
      this.fail(it.line, `${it.val} is out of range for float64`);
    return negative ? -num : num;
  }

  private valueDatetime(it: Item): Time {
    const val = it.val.replace(/[zt ]/g, (c) => (c === ' ' ? 'T' : c.toUpperCase()));
    this.zones ??= localZones();
    const layouts: [string, Location][] = [
      ['2006-01-02T15:04:05.999999999Z07:00', local()],
      ['2006-01-02T15:04:05.999999999', this.zones.dt],
      ['2006-01-02', this.zones.d],
      ['15:04:05.999999999', this.zones.t],
    ];
    if (this.v16) {
      layouts.push(
        ['2006-01-02T15:04Z07:00', local()],
        ['2006-01-02T15:04', this.zones.dt],
        ['15:04', this.zones.t],
      );
    }
    for (const [layout, zone] of layouts) {
      let t: Time;
      try {
        t = parseTime(layout, val, zone);
      } catch {
        continue;
      }
      if (missingLeadingZero(val, layout)) break;
      return t;
    }
    return this.fail(it.line, `invalid datetime: ${quote(val)}`);
  }

  private valueArray(): BsValue[] {
    this.setType(this.currentKey, 'Array');
    const array: BsValue[] = [];
    for (let it = this.next(); it.typ !== It.ArrayEnd; it = this.next()) {
      if (it.typ === It.CommentStart) {
        this.expect(It.Text);
        continue;
      }
      array.push(this.value(it, true)[0]);
    }
    return array;
  }

  private valueInlineTable(parentIsArray: boolean): BsTable {
    const top: BsTable = new Map();
    const outerContext = this.context;
    const outerKey = this.currentKey;
    this.context = [...this.context, this.currentKey];
    const prevContext = this.context;
    this.currentKey = '';
    this.addImplicit(this.context);
    this.addContext(this.context, parentIsArray);
    for (let it = this.next(); it.typ !== It.InlineTableEnd; it = this.next()) {
      if (it.typ === It.CommentStart) {
        this.expect(It.Text);
        continue;
      }
      const key = this.readKey(this.nextPos(), It.KeyEnd);
      this.currentKey = key[key.length - 1]!;
      const parents = key.slice(0, -1);
      for (let i = 0; i < parents.length; i++) {
        this.addImplicitContext([...this.context, parents[i]!]);
      }
      const [val, typ] = this.value(this.next(), false);
      this.setValue(this.currentKey, val);
      this.setType(this.currentKey, typ);
      let hash = top;
      for (const c of parents) {
        let h = hash.get(c);
        if (h === undefined) {
          h = new Map();
          hash.set(c, h);
        }
        if (!(h instanceof Map)) this.failf(`${quote(keyString(this.context))} is not a table`);
        hash = h;
      }
      hash.set(this.currentKey, val);
      this.context = prevContext;
    }
    this.context = outerContext;
    this.currentKey = outerKey;
    return top;
  }

  private addContext(key: readonly string[], array: boolean): void {
    let hash = this.mapping;
    const keyContext: string[] = [];
    for (const k of key.slice(0, -1)) {
      keyContext.push(k);
      if (!hash.has(k)) {
        this.addImplicit(keyContext);
        hash.set(k, new Map());
      }
      const t = hash.get(k);
      if (t instanceof BsTableArray) hash = t.tables[t.tables.length - 1]!;
      else if (t instanceof Map) hash = t;
      else this.failf(`Key '${keyString(keyContext)}' was already created as a hash.`);
    }
    this.context = keyContext;
    const last = key[key.length - 1]!;
    if (array) {
      if (!hash.has(last)) hash.set(last, new BsTableArray());
      const t = hash.get(last);
      if (t instanceof BsTableArray) t.tables.push(new Map());
      else
        this.failf(`Key '${keyString(key)}' was already created and cannot be used as an array.`);
    } else {
      this.setValue(last, new Map());
    }
    this.context = [...this.context, last];
  }

  private setValue(key: string, value: BsValue): void {
    let hash = this.mapping;
    const keyContext: string[] = [];
    for (const k of this.context) {
      keyContext.push(k);
      const t = hash.get(k);
      if (t === undefined)
        throw new Error(`BUG: context for key '${keyString(keyContext)}' not set`);
      if (t instanceof BsTableArray) hash = t.tables[t.tables.length - 1]!;
      else if (t instanceof Map) hash = t;
      else this.failf(`Key '${keyString(keyContext)}' has already been defined.`);
    }
    keyContext.push(key);
    if (hash.has(key)) {
      const name = keyString(keyContext);
      if (this.types.get(name) === 'Array') {
        if (this.v16 && !this.implicits.has(name))
          this.failf(`Key '${name}' has already been defined.`);
        this.implicits.delete(name);
        hash.set(key, value);
        return;
      }
      if (this.implicits.has(name)) {
        this.implicits.delete(name);
        return;
      }
      this.failf(`Key '${name}' has already been defined.`);
    }
    hash.set(key, value);
  }

  private setType(key: string, typ: TomlType): void {
    const keyContext = key === '' ? this.context : [...this.context, key];
    this.types.set(keyContext.length === 0 ? '""' : keyString(keyContext), typ);
  }

  private addImplicit(key: readonly string[]): void {
    this.implicits.add(keyString(key));
  }

  private addImplicitContext(key: readonly string[]): void {
    this.addImplicit(key);
    this.addContext(key, false);
  }

  private replaceEscapes(it: Item, str: string): string {
    let out = '';
    let skip = 0;
    for (let i = 0; i < str.length;) {
      const c = str.codePointAt(i)!;
      const w = c > 0xffff ? 2 : 1;
      if (skip > 0) {
        skip--;
        i += w;
        continue;
      }
      if (c !== 0x5c) {
        out += ch(c);
        i += w;
        continue;
      }
      const e = str[i + 1]!;
      switch (e) {
        case ' ':
        case '\t':
          return this.fail(it.line, `invalid escape: '\\${e}'`);
        case 'b':
        case 't':
        case 'n':
        case 'f':
        case 'r':
        case 'e':
        case '"':
        case '\\':
          out += escapes[e]!;
          skip = 1;
          break;
        case 'x':
        case 'u':
        case 'U': {
          const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          out += this.escapedRune(it, str.slice(i + 2, i + 2 + n));
          skip = n + 1;
          break;
        }
        default:
          throw new Error(`BUG: unexpected escape \\${e}`);
      }
      i += 1;
    }
    return out;
  }

  private escapedRune(it: Item, s: string): string {
    const r = parseInt(s, 16);
    if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
      this.fail(it.line, `Escaped character '\\u${s}' is not valid UTF-8.`);
    return ch(r);
  }
}

const escapes: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\',
};

function numHasLeadingZero(s: string): boolean {
  if (s.length > 1 && s[0] === '0' && !(s[1] === 'b' || s[1] === 'o' || s[1] === 'x')) return true;
  return s.length > 2 && (s[0] === '-' || s[0] === '+') && s[1] === '0';
}

function numUnderscoresOK(s: string): boolean {
  if (['nan', '+nan', '-nan', 'inf', '-inf', '+inf'].includes(s)) return true;
  let accept = false;
  for (const c of s) {
    const r = c.codePointAt(0)!;
    if (r === 0x5f && !accept) return false;
    accept = isHex(r);
  }
  return accept;
}

function numPeriodsOK(s: string): boolean {
  let period = false;
  for (const c of s) {
    if (period && !isDigit(c.codePointAt(0)!)) return false;
    period = c === '.';
  }
  return !period;
}

// strconv.ParseInt(s, 0, 64)'s reading, without the range check: a sign, a base prefix (0x, 0o,
// 0b, or a leading 0 for octal), underscores between digits.
function goParseInt(s: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
  if (m === null) return undefined;
  let body = m[2]!;
  if (/^0[0-7_]+$/.test(body)) body = `0o${body.slice(1)}`;
  body = body.replaceAll('_', '');
  if (/^0[xob]$/i.test(body)) return undefined;
  const n = BigInt(body);
  return m[1] === '-' ? -n : n;
}

// strconv.ParseFloat(s, 64) for the decimal forms the lexer passes: undefined when it is not a
// Go float; ±Infinity when it is out of range.
function goParseFloat(s: string): number | undefined {
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(s)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

function missingLeadingZero(d: string, l: string): boolean {
  for (let i = 0; i < l.length; i++) {
    const c = l[i]!;
    if (c === '.' || c === 'Z') return false;
    if ((c < '0' || c > '9') && d[i] !== c) return true;
  }
  return false;
}

function stripFirstNewline(s: string): string {
  if (s.startsWith('\n')) return s.slice(1);
  if (s.startsWith('\r\n')) return s.slice(2);
  return s;
}

function stripEscapedNewlines(s: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const ix = s.indexOf('\\', i);
    if (ix < 0) return out + s;
    i = ix;
    if (s[i + 1] === '\\') {
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < s.length && ' \t\r\n'.includes(s[j]!)) j++;
    if (j === i + 1 || !s.slice(i, j).includes('\n')) {
      i++;
      continue;
    }
    out += s.slice(0, i);
    s = s.slice(j);
    i = 0;
  }
}

/** Reads `text` as Helm `major`'s BurntSushi/toml reads it: its table, or its error text. */
export function parseBurntSushi(text: string, major: 3 | 4): BsResult {
  let data = text;
  if (data.startsWith('\ufeff')) data = data.slice(1);
  if (utf8Prefix(data, 6).includes('\0')) {
    return {
      error:
        'toml: line 1: files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8',
    };
  }
  const v16 = major === 4;
  const items = new Lexer(data, v16).run();
  try {
    return { table: new Parser(items, v16).parse() };
  } catch (e) {
    if (e instanceof ParseFailure) return { error: e.message };
    throw e;
  }
}

// The characters of the first `n` bytes of s's UTF-8 encoding.
function utf8Prefix(s: string, n: number): string {
  let bytes = 0;
  let i = 0;
  while (i < s.length && bytes < n) {
    const c = s.codePointAt(i)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c > 0xffff ? 2 : 1;
  }
  return s.slice(0, i);
}
