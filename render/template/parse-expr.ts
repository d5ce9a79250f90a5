// The expression grammar of text/template: pipelines with their declarations, commands, operands
// and terms, and the scope of variables (a variable must be declared before use).
import { Item, goQuote, type ItemType, type LexItem, type Lexer } from './lex.js';
import type { ArgNode, CommandNode, PipeNode, VariableNode } from './nodes.js';
import { newNumber } from './number.js';
import type { ParseOptions } from './parse.js';
import { TokenReader } from './parse-tokens.js';
import { maxExpressionDepth } from './limits.js';

/** Parses pipelines and everything inside them. */
export class ExpressionParser extends TokenReader {
  /** Variables in scope, innermost last; `$` always. */
  protected vars: string[] = ['$'];
  private stackDepth = 0;
  // The nodes of the lists being built (a list's nodes, a pipeline's declarations and commands,
  // a command's arguments), innermost last: each list takes its own off the end once complete,
  // at its exact length. Parse trees live until every template has run and each scavenge copies
  // them; an array grown by push keeps room for 17 elements, and one per list was most of a
  // parse's garbage.
  private readonly building: unknown[] = [];

  /** Where the list about to be built starts on the stack of lists being built. */
  protected startList(): number {
    return this.building.length;
  }

  /** Adds a node to the list being built. */
  protected addToList<T>(node: T): void {
    this.building.push(node);
  }

  /** The list built since `start`, taken off the stack at its exact length. */
  protected endList<T>(start: number): readonly T[] {
    return start === this.building.length ? none : (this.building.splice(start) as T[]);
  }

  constructor(
    parseName: string,
    text: string,
    lex: Lexer,
    protected readonly options: ParseOptions,
  ) {
    super(parseName, text, lex);
  }

  /** pipeline: declarations? command ("|" command)* */
  protected pipeline(context: string, end: ItemType): PipeNode {
    const start = this.peekNonSpace();
    const declared = this.startList();
    const isAssign = this.declarations(declared, context);
    const commands = this.startList();
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.type) {
        case end: {
          const cmds = this.endList<CommandNode>(commands);
          this.checkPipeline(cmds, context);
          const decl = this.endList<VariableNode>(declared);
          return { kind: 'pipe', pos: start.pos, line: start.line, isAssign, decl, cmds };
        }
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
          this.addToList(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  /**
   * declarations: $x := | $x = | $i, $e := (range only) — pushed back when not a declaration.
   * Adds the declared variables to the list begun at `start`; returns whether they are assigned
   * (`=`) rather than declared.
   */
  protected declarations(start: number, context: string): boolean {
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== Item.Variable) return false;
      this.next();
      // "$x foo" needs three items of look-ahead to tell an argument from a declaration.
      const afterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.type === Item.Assign || next.type === Item.Declare) {
        this.nextNonSpace();
        this.declare(v);
        return next.type === Item.Assign;
      }
      if (next.type === Item.Char && next.val === ',') {
        this.nextNonSpace();
        this.declare(v);
        if (context === 'range' && this.startList() - start < 2) {
          const t = this.peekNonSpace().type;
          if (t === Item.Variable || t === Item.RightDelim || t === Item.RightParen) continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      if (afterVariable.type === Item.Space) this.backup3(v, afterVariable);
      else this.backup2(v);
      return false;
    }
  }

  protected declare(v: LexItem): void {
    this.addToList(variable(v.pos, v.val));
    this.vars.push(v.val);
  }

  protected checkPipeline(cmds: readonly CommandNode[], context: string): void {
    if (cmds.length === 0) this.errorf(`missing value for ${context}`);
    // Only the first command may start with a value that cannot take the piped argument.
    for (let i = 1; i < cmds.length; i++) {
      const k = cmds[i]!.args[0]!.kind;
      if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 1}`);
      }
    }
  }

  /** command: operand (space operand)* — up to "|" (consumed) or a right delimiter (left pending). */
  protected command(): CommandNode {
    const pos = this.peekNonSpace().pos;
    const start = this.startList();
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand !== null) this.addToList(operand);
      const token = this.next();
      if (token.type === Item.Space) continue;
      if (token.type === Item.RightDelim || token.type === Item.RightParen) this.backup();
      else if (token.type !== Item.Pipe) this.unexpected(token, 'operand');
      break;
    }
    const args = this.endList<ArgNode>(start);
    if (args.length === 0) this.errorf('empty command');
    return { kind: 'command', pos, args };
  }

  /** operand: term .Field* */
  protected operand(): ArgNode | null {
    const node = this.term();
    if (node === null || this.peek().type !== Item.Field) return node;
    const pos = this.peek().pos;
    const start = this.startList();
    while (this.peek().type === Item.Field) this.addToList(this.next().val.slice(1));
    const fields = this.endList<string>(start);
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
  protected term(): ArgNode | null {
    const token = this.nextNonSpace();
    switch (token.type) {
      case Item.Identifier:
        if (!this.options.hasFunction(token.val)) {
          this.errorf(`function ${goQuote(token.val)} not defined`);
        }
        return { kind: 'identifier', pos: token.pos, ident: shared(token.val) };
      case Item.Dot:
        return { kind: 'dot', pos: token.pos };
      case Item.Nil:
        return { kind: 'nil', pos: token.pos };
      case Item.Variable:
        return this.useVar(token.pos, token.val);
      case Item.Field:
        return { kind: 'field', pos: token.pos, ident: fieldPath(token.val) };
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

  protected parenthesized(): PipeNode {
    if (this.stackDepth >= maxExpressionDepth) this.errorf('max expression depth exceeded');
    this.stackDepth++;
    try {
      return this.pipeline('parenthesized pipeline', Item.RightParen);
    } finally {
      this.stackDepth--;
    }
  }

  /** A variable reference; it must have been declared in an enclosing scope. */
  protected useVar(pos: number, name: string): VariableNode {
    const v = variable(pos, name);
    if (!this.vars.includes(v.ident[0]!)) {
      this.errorf(`undefined variable ${goQuote(v.ident[0]!)}`);
    }
    return v;
  }
}

// The empty list every node without declarations, arguments or nodes shares.
const none: readonly never[] = Object.freeze([]);

// Function names and field chains, made once and shared by every node that spells them: charts
// repeat the same few (`include`, `.Values.x`, `.Release.Name`) in every template, and the trees
// keep them until every template has run, each scavenge copying what they hold. The tables are
// emptied when they grow large, so a long-lived process holds no more than a chart's worth.
const names = new Map<string, string>();
const fieldPaths = new Map<string, readonly string[]>();
const tableLimit = 4096;

function shared(name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  if (names.size >= tableLimit) names.clear();
  names.set(name, name);
  return name;
}

/** The names of a field chain's fields (`.a.b` is a, b), shared and frozen. */
function fieldPath(text: string): readonly string[] {
  let path = fieldPaths.get(text);
  if (path === undefined) {
    path = Object.freeze(text.slice(1).split('.'));
    if (fieldPaths.size >= tableLimit) fieldPaths.clear();
    fieldPaths.set(text, path);
  }
  return path;
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
