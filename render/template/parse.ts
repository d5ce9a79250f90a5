// The parser of Go's text/template: recursive descent over the lexer's items with Go's three-item
// look-ahead, producing the trees of `nodes.ts`. Each method is headed by the grammar rule it
// implements. Errors carry Go's exact text (`template: NAME:LINE: unexpected "}" in operand`) and
// are raised at the first problem, as Go does; the line is that of the most recently read item.
import { parseError } from './errors.js';
import { Item, Lexer, describeItem, goQuote, type LexItem, type ItemType } from './lex.js';
import {
  isEmptyTree,
  type ArgNode,
  type BranchNode,
  type CommandNode,
  type ListNode,
  type Node,
  type PipeNode,
  type TemplateNode,
  type Tree,
  type VariableNode,
} from './nodes.js';
import { newNumber } from './number.js';
import { unquote } from './strconv.js';

/** What the parser needs to know besides the text. */
export interface ParseOptions {
  /** Whether a function exists; Go rejects unknown function names at parse time. */
  readonly hasFunction: (name: string) => boolean;
  readonly leftDelim?: string;
  readonly rightDelim?: string;
  /** Keep template comments as CommentNodes (Go's ParseComments mode). */
  readonly parseComments?: boolean;
}

// Go limits nesting of parenthesised pipelines; we keep Go's number.
const maxStackDepth = 10000;

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

class Parser {
  root: ListNode | null = null;
  private readonly token: LexItem[] = [];
  private peekCount = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;
  private stackDepth = 0;

  constructor(
    private name: string,
    private readonly parseName: string,
    private readonly text: string,
    private readonly lex: Lexer,
    private readonly treeSet: Map<string, Tree>,
    private readonly options: ParseOptions,
  ) {}

  private next(): LexItem {
    if (this.peekCount > 0) {
      this.peekCount--;
    } else {
      this.token[0] = this.lex.nextItem();
    }
    return this.token[this.peekCount]!;
  }

  private backup(): void {
    this.peekCount++;
  }

  private backup2(t1: LexItem): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  private backup3(t2: LexItem, t1: LexItem): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  private peek(): LexItem {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]!;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }

  private nextNonSpace(): LexItem {
    let token: LexItem;
    do {
      token = this.next();
    } while (token.type === Item.Space);
    return token;
  }

  private peekNonSpace(): LexItem {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  private errorf(message: string): never {
    const last = this.token[0];
    throw parseError(this.parseName, this.text, last?.pos ?? 0, last?.line ?? 1, message);
  }

  private expect(expected: ItemType, context: string): LexItem {
    const token = this.nextNonSpace();
    if (token.type !== expected) this.unexpected(token, context);
    return token;
  }

  private unexpected(token: LexItem, context: string): never {
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

  /** template: (textOrAction | define)* EOF — the top level, where `define` is allowed. */
  parseTop(): void {
    const root = list(this.peek().pos);
    this.root = root;
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
      root.nodes.push(n);
    }
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
    const result = list(this.peekNonSpace().pos);
    while (this.peekNonSpace().type !== Item.EOF) {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [result, n];
      result.nodes.push(n);
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

  /** pipeline: declarations? command ("|" command)* */
  private pipeline(context: string, end: ItemType): PipeNode {
    const start = this.peekNonSpace();
    const pipe: PipeNode = {
      kind: 'pipe',
      pos: start.pos,
      line: start.line,
      isAssign: false,
      decl: [],
      cmds: [],
    };
    this.declarations(pipe, context);
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.type) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case Item.Bool:
        case Item.CharConstant:
        case Item.Complex:
        case Item.Dot:
        case Item.Field:
        case Item.Identifier:
        case Item.Number:
        case Item.Nil:
        case Item.RawString:
        case Item.String:
        case Item.Variable:
        case Item.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  /** declarations: $x := | $x = | $i, $e := (range only) — pushed back when not a declaration. */
  private declarations(pipe: PipeNode, context: string): void {
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== Item.Variable) return;
      this.next();
      // "$x foo" needs three items of look-ahead to tell an argument from a declaration.
      const afterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.type === Item.Assign || next.type === Item.Declare) {
        pipe.isAssign = next.type === Item.Assign;
        this.nextNonSpace();
        this.declare(pipe, v);
        return;
      }
      if (next.type === Item.Char && next.val === ',') {
        this.nextNonSpace();
        this.declare(pipe, v);
        if (context === 'range' && pipe.decl.length < 2) {
          const t = this.peekNonSpace().type;
          if (t === Item.Variable || t === Item.RightDelim || t === Item.RightParen) continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      if (afterVariable.type === Item.Space) this.backup3(v, afterVariable);
      else this.backup2(v);
      return;
    }
  }

  private declare(pipe: PipeNode, v: LexItem): void {
    pipe.decl.push(variable(v.pos, v.val));
    this.vars.push(v.val);
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    // Only the first command may start with a value that cannot take the piped argument.
    pipe.cmds.slice(1).forEach((c, i) => {
      const k = c.args[0]!.kind;
      if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  /** if / range / with: {{kw pipeline}} itemList ({{else}} itemList)? {{end}}, with else-if and else-with chains. */
  private branch(kind: 'if' | 'range' | 'with'): BranchNode {
    const mark = this.vars.length;
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
          elseList = list(next.pos);
          elseList.nodes.push(this.branch(kind));
        } else {
          const [rest, end] = this.itemList();
          if (end.kind !== 'end') this.errorf(`expected end; found {{${end.kind}}}`);
          elseList = rest;
        }
      }
      return { kind, pos: pipe.pos, line: pipe.line, pipe, list: body, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  /** block: {{block stringValue pipeline}} itemList {{end}} — defines the template and calls it. */
  private blockControl(): TemplateNode {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    const pipe = this.pipeline(context, Item.RightDelim);
    const block = this.child(name);
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

  private unquoteOrFail(quoted: string): string {
    const s = unquote(quoted);
    if (s === undefined) this.errorf('invalid syntax');
    return s;
  }

  /** command: operand (space operand)* — up to "|" (consumed) or a right delimiter (left pending). */
  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand !== null) cmd.args.push(operand);
      const token = this.next();
      if (token.type === Item.Space) continue;
      if (token.type === Item.RightDelim || token.type === Item.RightParen) this.backup();
      else if (token.type !== Item.Pipe) this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  /** operand: term .Field* */
  private operand(): ArgNode | null {
    const node = this.term();
    if (node === null || this.peek().type !== Item.Field) return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === Item.Field) fields.push(this.next().val.slice(1));
    switch (node.kind) {
      case 'field':
        return { kind: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { kind: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.errorf(`unexpected . after term ${goQuoteNode(node)}`);
      default:
        return { kind: 'chain', pos, node, field: fields };
    }
  }

  /** term: literal | function | . | .Field | $ | '(' pipeline ')' — null when the next item is none of these. */
  private term(): ArgNode | null {
    const token = this.nextNonSpace();
    switch (token.type) {
      case Item.Identifier:
        if (!this.options.hasFunction(token.val)) {
          this.errorf(`function ${goQuote(token.val)} not defined`);
        }
        return { kind: 'identifier', pos: token.pos, ident: token.val };
      case Item.Dot:
        return { kind: 'dot', pos: token.pos };
      case Item.Nil:
        return { kind: 'nil', pos: token.pos };
      case Item.Variable:
        return this.useVar(token.pos, token.val);
      case Item.Field:
        return { kind: 'field', pos: token.pos, ident: token.val.slice(1).split('.') };
      case Item.Bool:
        return { kind: 'bool', pos: token.pos, value: token.val === 'true' };
      case Item.CharConstant:
      case Item.Complex:
      case Item.Number: {
        const n = newNumber(token.pos, token.val, token.type === Item.CharConstant);
        if (typeof n === 'string') this.errorf(n);
        return n;
      }
      case Item.LeftParen:
        return this.parenthesized();
      case Item.String:
      case Item.RawString:
        return {
          kind: 'string',
          pos: token.pos,
          quoted: token.val,
          text: this.unquoteOrFail(token.val),
        };
    }
    this.backup();
    return null;
  }

  private parenthesized(): PipeNode {
    if (this.stackDepth >= maxStackDepth) this.errorf('max expression depth exceeded');
    this.stackDepth++;
    try {
      return this.pipeline('parenthesized pipeline', Item.RightParen);
    } finally {
      this.stackDepth--;
    }
  }

  /** A variable reference; it must have been declared in an enclosing scope. */
  private useVar(pos: number, name: string): VariableNode {
    const v = variable(pos, name);
    if (!this.vars.includes(v.ident[0]!)) {
      this.errorf(`undefined variable ${goQuote(v.ident[0]!)}`);
    }
    return v;
  }
}

function list(pos: number): ListNode {
  return { kind: 'list', pos, nodes: [] };
}

function variable(pos: number, name: string): VariableNode {
  return { kind: 'variable', pos, ident: name.split('.') };
}

// Go quotes the term's String() with %q in "unexpected . after term".
function goQuoteNode(node: ArgNode): string {
  switch (node.kind) {
    case 'string':
      return goQuote(node.quoted);
    case 'number':
      return goQuote(node.text);
    case 'bool':
      return node.value ? '"true"' : '"false"';
    case 'nil':
      return '"nil"';
    default:
      return '"."';
  }
}
