// The parser's view of the lexer: Go's three-item look-ahead (next, backup, peek) and the errors
// that name an item, with Go's exact texts. The grammar lives in parse-expr.ts and parse.ts.
import { parseError } from './errors.js';
import { Item, describeItem, type ItemType, type LexItem, type Lexer } from './lex.js';
import { unquote } from './strconv.js';

/** Reads items for a parser and reports errors at the most recently read one, as Go does. */
export class TokenReader {
  private readonly token: LexItem[] = [];
  private peekCount = 0;
  /** Line of the `{{` of the action being parsed, for "unclosed action started at". */
  protected actionLine = 0;

  constructor(
    protected readonly parseName: string,
    protected readonly text: string,
    protected readonly lex: Lexer,
  ) {}

  protected next(): LexItem {
    if (this.peekCount > 0) {
      this.peekCount--;
    } else {
      this.token[0] = this.lex.nextItem();
    }
    return this.token[this.peekCount]!;
  }

  protected backup(): void {
    this.peekCount++;
  }

  protected backup2(t1: LexItem): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  protected backup3(t2: LexItem, t1: LexItem): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  protected peek(): LexItem {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]!;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }

  // nextNonSpace and peekNonSpace run for nearly every item: they read the look-ahead in place
  // rather than through next and backup, calls that cost more than their bodies until V8 has
  // optimized the parser (most of a short run).
  protected nextNonSpace(): LexItem {
    for (;;) {
      let token: LexItem;
      if (this.peekCount > 0) token = this.token[--this.peekCount]!;
      else token = this.token[0] = this.lex.nextItem();
      if (token.type !== Item.Space) return token;
    }
  }

  protected peekNonSpace(): LexItem {
    const token = this.nextNonSpace();
    this.peekCount++;
    return token;
  }

  protected errorf(message: string): never {
    const last = this.token[0];
    throw parseError(this.parseName, this.text, last?.pos ?? 0, last?.line ?? 1, message);
  }

  protected expect(expected: ItemType, context: string): LexItem {
    const token = this.nextNonSpace();
    if (token.type !== expected) this.unexpected(token, context);
    return token;
  }

  protected unexpected(token: LexItem, context: string): never {
    if (token.type === Item.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${token.val}${extra}`);
    }
    this.errorf(`unexpected ${describeItem(token)} in ${context}`);
  }

  protected unquoteOrFail(quoted: string): string {
    const s = unquote(quoted);
    if (s === undefined) this.errorf('invalid syntax');
    return s;
  }
}
