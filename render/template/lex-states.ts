// The states of the lexer: each consumes input and returns the next state, or emits one item
// (and returns null). Trim markers are applied here, by moving the start of the pending input.
import {
  hasLeftTrimMarker,
  hasRightTrimMarker,
  isAlphaNumeric,
  isSpace,
  leftTrimLength,
  rightTrimLength,
} from './lex-chars.js';
import { Item, goQuote, goRuneU, keywords, type ItemType } from './lex-item.js';
import type { Lexer, StateFn } from './lex.js';

const leftComment = '/*';
const rightComment = '*/';

/** Text up to the next left delimiter; trailing space is trimmed when the delimiter asks for it. */
export function lexText(l: Lexer): StateFn | null {
  if (l.stopped) return l.emit(Item.EOF);
  const x = l.input.indexOf(l.leftDelim, l.pos);
  if (x < 0) {
    l.pos = l.input.length;
    if (l.pos > l.start) {
      l.line += l.countNewlines(l.start, l.pos);
      return l.emit(Item.Text);
    }
    return l.emit(Item.EOF);
  }
  if (x > l.pos) {
    l.pos = x;
    const delimEnd = x + l.leftDelim.length;
    const trim = hasLeftTrimMarker(l.input, delimEnd) ? rightTrimLength(l.input, l.start, x) : 0;
    l.pos -= trim;
    l.line += l.countNewlines(l.start, l.pos);
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
  const at = l.atRightDelim();
  const delim = at !== 0;
  const trim = at === 2;
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
  const trim = l.atRightDelim() === 2;
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

// The commonest items inside an action, each found by one native match: a run of spaces, a
// field, variable or identifier spelled in ASCII, or a one-line quoted string. The same checks
// the states below make (what may follow a name, a trim marker after spaces) decide whether the
// match stands; when one fails, the states below read the input instead (and word any error).
// A state machine stepping one character at a time runs in the interpreter in a short process:
// this path halves the lexing of a chart's templates.
const commonItem = /[ \t\r\n]+|[.$]?[A-Za-z0-9_]+|[.$]|"(?:[^"\\\n]|\\[^\n])*"/y;

function lexCommonItem(l: Lexer, c: number): StateFn | null | undefined {
  const input = l.input;
  commonItem.lastIndex = l.pos;
  if (!commonItem.test(input)) return undefined;
  const end = commonItem.lastIndex;
  if (c === 0x22 /* " */) {
    l.pos = end;
    return l.emit(Item.String);
  }
  if (isSpace(c)) {
    // A space before `-}}` may belong to the trim marker: lexSpace decides.
    if (input.charCodeAt(end) === 0x2d) return undefined;
    l.line += l.countNewlines(l.pos, end);
    l.pos = end;
    return l.emit(Item.Space);
  }
  // A name must end at a terminator (atTerminator); a digit after `.` starts a number instead.
  if (c >= 0x30 && c <= 0x39) return undefined;
  if (c === 0x2e && end > l.pos + 1) {
    const d = input.charCodeAt(l.pos + 1);
    if (d >= 0x30 && d <= 0x39) return undefined;
  }
  if (!l.terminatesAt(end)) return undefined;
  l.pos = end;
  if (c === 0x2e) return l.emit(end === l.start + 1 ? Item.Dot : Item.Field);
  if (c === 0x24) return l.emit(Item.Variable);
  return emitWord(l);
}

/** The elements inside an action. */
export function lexInsideAction(l: Lexer): StateFn | null {
  if (l.stopped) return l.emit(Item.EOF);
  if (l.atRightDelim() !== 0) {
    return l.parenDepth === 0 ? lexRightDelim : l.errorf('unclosed left paren');
  }
  const common = lexCommonItem(l, l.input.charCodeAt(l.pos));
  if (common !== undefined) return common;
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
  for (let c = l.input.charCodeAt(l.pos); isSpace(c); c = l.input.charCodeAt(l.pos)) {
    if (c === 10) l.line++;
    l.pos++;
    spaces++;
  }
  if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(l.rightDelim, l.pos - 1 + 2)) {
    l.backup();
    if (spaces === 1) return lexRightDelim;
  }
  return l.emit(Item.Space);
}

/** An identifier, keyword, or `true`/`false`. */
// Skips letters, digits and `_`; returns the code point that ends the run (left unread).
function scanAlphaNumeric(l: Lexer): number {
  l.skipAsciiAlphaNumeric();
  let r: number;
  do {
    r = l.next();
  } while (isAlphaNumeric(r));
  l.backup();
  return r;
}

function lexIdentifier(l: Lexer): StateFn | null {
  const r = scanAlphaNumeric(l);
  if (!l.atTerminator()) return l.errorf(`bad character ${goRuneU(r)}`);
  return emitWord(l);
}

// The identifier just scanned, as a keyword, a bool or an identifier.
function emitWord(l: Lexer): StateFn | null {
  const word = l.input.slice(l.start, l.pos);
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
  const r = scanAlphaNumeric(l);
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

// Up to the closing backquote, found with indexOf (raw strings hold whole nested templates).
function lexRawQuote(l: Lexer): StateFn | null {
  const close = l.input.indexOf('`', l.pos);
  const end = close < 0 ? l.input.length : close + 1;
  l.line += l.countNewlines(l.pos, end);
  l.pos = end;
  return close < 0 ? l.errorf('unterminated raw quoted string') : l.emit(Item.RawString);
}
