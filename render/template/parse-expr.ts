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
    const decl: VariableNode[] = [];
    const isAssign = this.declarations(decl, context);
    const cmds: CommandNode[] = [];
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.type) {
        case end:
          this.checkPipeline(cmds, context);
          return {
            kind: 'pipe',
            pos: start.pos,
            line: start.line,
            isAssign,
            decl: exact(decl),
            cmds: exact(cmds),
          };
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
          cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  /**
   * declarations: $x := | $x = | $i, $e := (range only) — pushed back when not a declaration.
   * Adds the declared variables to `decl`; returns whether they are assigned (`=`) rather than
   * declared.
   */
  protected declarations(decl: VariableNode[], context: string): boolean {
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== Item.Variable) return false;
      this.next();
      // "$x foo" needs three items of look-ahead to tell an argument from a declaration.
      const afterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.type === Item.Assign || next.type === Item.Declare) {
        this.nextNonSpace();
        this.declare(decl, v);
        return next.type === Item.Assign;
      }
      if (next.type === Item.Char && next.val === ',') {
        this.nextNonSpace();
        this.declare(decl, v);
        if (context === 'range' && decl.length < 2) {
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

  protected declare(decl: VariableNode[], v: LexItem): void {
    decl.push(variable(v.pos, v.val));
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
    const args: ArgNode[] = [];
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand !== null) args.push(operand);
      const token = this.next();
      if (token.type === Item.Space) continue;
      if (token.type === Item.RightDelim || token.type === Item.RightParen) this.backup();
      else if (token.type !== Item.Pipe) this.unexpected(token, 'operand');
      break;
    }
    if (args.length === 0) this.errorf('empty command');
    return { kind: 'command', pos, args: exact(args) };
  }

  /** operand: term .Field* */
  protected operand(): ArgNode | null {
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
        return { kind: 'chain', pos, node, field: exact(fields) };
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

/**
 * `items` at its exact length. An array grown by push keeps room for 17 elements or more, and
 * parse trees live until the templates have run: a chart's trees are mostly such arrays when
 * they are not copied (measured: 6.3 KB a tree for a 10-line template), and every scavenge
 * copies them.
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.slice();
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
