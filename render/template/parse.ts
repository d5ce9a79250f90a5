// The parser of Go's text/template: recursive descent over the lexer's items with Go's three-item
// look-ahead, producing the trees of `nodes.ts`. Each method is headed by the grammar rule it
// implements. Errors carry Go's exact text (`template: NAME:LINE: unexpected "}" in operand`) and
// are raised at the first problem, as Go does; the line is that of the most recently read item.
import { Item, Lexer, goQuote, type LexItem } from './lex.js';
import {
  isEmptyTree,
  type BranchNode,
  type ListNode,
  type PipeNode,
  type Node,
  type TemplateNode,
  type Tree,
} from './nodes.js';
import { ExpressionParser } from './parse-expr.js';
import { maxControlDepth } from './limits.js';

/** What the parser needs to know besides the text. */
export interface ParseOptions {
  /** Whether a function exists; Go rejects unknown function names at parse time. */
  readonly hasFunction: (name: string) => boolean;
  readonly leftDelim?: string;
  readonly rightDelim?: string;
  /** Keep template comments as CommentNodes (Go's ParseComments mode). */
  readonly parseComments?: boolean;
}

/** Parses `text` as the template `name`; returns every tree it defines, `name` included. */
export function parse(name: string, text: string, options: ParseOptions): Map<string, Tree> {
  const treeSet = new Map<string, Tree>();
  const lexer = new Lexer(text, {
    ...(options.leftDelim === undefined ? {} : { leftDelim: options.leftDelim }),
    ...(options.rightDelim === undefined ? {} : { rightDelim: options.rightDelim }),
    breakOK: !options.hasFunction('break'),
    continueOK: !options.hasFunction('continue'),
    emitComments: options.parseComments ?? false,
  });
  const parser = new Parser(name, name, text, lexer, treeSet, options);
  parser.parseTop();
  return treeSet;
}

class Parser extends ExpressionParser {
  root: ListNode | null = null;
  private rangeDepth = 0;
  // Bodies of control structures nest by recursion here, so their depth is bounded (limits.ts).
  private controlDepth = 0;

  constructor(
    private name: string,
    parseName: string,
    text: string,
    lex: Lexer,
    private readonly treeSet: Map<string, Tree>,
    options: ParseOptions,
  ) {
    super(parseName, text, lex, options);
  }

  private add(): void {
    const root = this.root!;
    const existing = this.treeSet.get(this.name);
    if (existing === undefined || isEmptyTree(existing.root)) {
      this.treeSet.set(this.name, {
        name: this.name,
        parseName: this.parseName,
        root,
        text: this.text,
      });
      return;
    }
    if (!isEmptyTree(root)) {
      this.errorf(`template: multiple definition of template ${goQuote(this.name)}`);
    }
  }

  private child(name: string): Parser {
    return new Parser(name, this.parseName, this.text, this.lex, this.treeSet, this.options);
  }

  private enterControl(): void {
    if (this.controlDepth >= maxControlDepth) {
      this.errorf(`control structures nested deeper than ${maxControlDepth}`);
    }
    this.controlDepth++;
  }

  /** template: (textOrAction | define)* EOF — the top level, where `define` is allowed. */
  parseTop(): void {
    const pos = this.peek().pos;
    const start = this.startList();
    while (this.peek().type !== Item.EOF) {
      if (this.peek().type === Item.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().type === Item.Define) {
          this.child('definition').parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.errorf(`unexpected {{${n.kind}}}`);
      this.addToList(n);
    }
    this.root = list(pos, this.endList(start));
    this.add();
  }

  /** define: {{define stringValue}} itemList {{end}} — the `define` keyword is past. */
  private parseDefinition(): void {
    const context = 'define clause';
    const token = this.nextNonSpace();
    if (token.type !== Item.String && token.type !== Item.RawString) {
      this.unexpected(token, context);
    }
    this.name = this.unquoteOrFail(token.val);
    this.expect(Item.RightDelim, context);
    const [root, end] = this.itemList();
    this.root = root;
    if (end.kind !== 'end') this.errorf(`unexpected {{${end.kind}}} in ${context}`);
    this.add();
  }

  /** itemList: textOrAction* — ends at {{end}} or {{else}}, which is returned separately. */
  private itemList(): [ListNode, Node & { kind: 'end' | 'else' }] {
    const pos = this.peekNonSpace().pos;
    const start = this.startList();
    while (this.peekNonSpace().type !== Item.EOF) {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list(pos, this.endList(start)), n];
      this.addToList(n);
    }
    this.errorf('unexpected EOF');
  }

  /** textOrAction: text | comment | action */
  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.type) {
      case Item.Text:
        return { kind: 'text', pos: token.pos, text: token.val };
      case Item.LeftDelim:
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      case Item.Comment:
        return { kind: 'comment', pos: token.pos, text: token.val };
      default:
        this.unexpected(token, 'input');
    }
  }

  /** action: control | command ("|" command)* — the left delimiter is past. */
  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.type) {
      case Item.Block:
        return this.blockControl();
      case Item.Break:
      case Item.Continue:
        return this.loopControl(token);
      case Item.Else:
        return this.elseControl();
      case Item.End:
        return { kind: 'end', pos: this.expect(Item.RightDelim, 'end').pos, line: token.line };
      case Item.If:
        return this.branch('if');
      case Item.Range:
        return this.branch('range');
      case Item.Template:
        return this.templateControl();
      case Item.With:
        return this.branch('with');
    }
    this.backup();
    const start = this.peek();
    // Variables declared here are not popped: they live until the enclosing {{end}}.
    const pipe = this.pipeline('command', Item.RightDelim);
    return { kind: 'action', pos: start.pos, line: start.line, pipe };
  }

  /** break: {{break}} and continue: {{continue}} — only inside a range body. */
  private loopControl(keyword: LexItem): Node {
    const kind = keyword.type === Item.Break ? 'break' : 'continue';
    const token = this.nextNonSpace();
    if (token.type !== Item.RightDelim) this.unexpected(token, `{{${kind}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`);
    return { kind, pos: keyword.pos, line: keyword.line };
  }

  /** else: {{else}} — or the `else` of `{{else if …}}` / `{{else with …}}`, whose keyword stays pending. */
  private elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.type === Item.If || peek.type === Item.With) {
      return { kind: 'else', pos: peek.pos, line: peek.line };
    }
    const token = this.expect(Item.RightDelim, 'else');
    return { kind: 'else', pos: token.pos, line: token.line };
  }

  /** if / range / with: {{kw pipeline}} itemList ({{else}} itemList)? {{end}}, with else-if and else-with chains. */
  private branch(kind: 'if' | 'range' | 'with'): BranchNode {
    const mark = this.vars.length;
    this.enterControl();
    try {
      const pipe = this.pipeline(kind, Item.RightDelim);
      if (kind === 'range') this.rangeDepth++;
      const [body, next] = this.itemList();
      if (kind === 'range') this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.kind === 'else') {
        const chained = kind === 'if' ? Item.If : kind === 'with' ? Item.With : undefined;
        if (chained !== undefined && this.peek().type === chained) {
          // {{else if b}} is {{else}}{{if b}}…{{end}}{{end}} with the last {{end}} implied.
          this.next();
          elseList = list(next.pos, [this.branch(kind)]);
        } else {
          const [rest, end] = this.itemList();
          if (end.kind !== 'end') this.errorf(`expected end; found {{${end.kind}}}`);
          elseList = rest;
        }
      }
      return { kind, pos: pipe.pos, line: pipe.line, pipe, list: body, elseList };
    } finally {
      this.vars.length = mark;
      this.controlDepth--;
    }
  }

  /** block: {{block stringValue pipeline}} itemList {{end}} — defines the template and calls it. */
  private blockControl(): TemplateNode {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    const pipe = this.pipeline(context, Item.RightDelim);
    const block = this.child(name);
    this.enterControl();
    block.controlDepth = this.controlDepth--;
    const [root, end] = block.itemList();
    block.root = root;
    if (end.kind !== 'end') this.errorf(`unexpected {{${end.kind}}} in ${context}`);
    block.add();
    return { kind: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  /** template: {{template stringValue pipeline?}} */
  private templateControl(): TemplateNode {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().type !== Item.RightDelim) {
      this.backup();
      pipe = this.pipeline(context, Item.RightDelim);
    }
    return { kind: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  private templateName(token: LexItem, context: string): string {
    if (token.type !== Item.String && token.type !== Item.RawString) {
      this.unexpected(token, context);
    }
    return this.unquoteOrFail(token.val);
  }
}

function list(pos: number, nodes: readonly Node[]): ListNode {
  return { kind: 'list', pos, nodes };
}
