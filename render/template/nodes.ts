import { goQuote } from './lex.js';

// The parse tree of a template, node for node as Go's text/template/parse defines it. Every node
// keeps its UTF-16 offset in the source text (`pos`); `nodeString` prints a node back the way Go's
// `String()` does, which is what execution errors quote in `at <...>`.

/** A sequence of nodes. */
export interface ListNode {
  readonly kind: 'list';
  readonly pos: number;
  readonly nodes: readonly Node[];
}

/** Plain text outside actions. */
export interface TextNode {
  readonly kind: 'text';
  readonly pos: number;
  readonly text: string;
}

/** A comment, kept only when the parser is asked to keep comments. */
export interface CommentNode {
  readonly kind: 'comment';
  readonly pos: number;
  readonly text: string;
}

/** `{{pipeline}}`: a pipeline whose value is printed unless it declares variables. */
export interface ActionNode {
  readonly kind: 'action';
  readonly pos: number;
  readonly line: number;
  readonly pipe: PipeNode;
}

/** `$x, $y := cmd | cmd`: optional declarations (or assignments) and commands. */
export interface PipeNode {
  readonly kind: 'pipe';
  readonly pos: number;
  readonly line: number;
  readonly isAssign: boolean;
  readonly decl: readonly VariableNode[];
  readonly cmds: readonly CommandNode[];
}

/** One command of a pipeline: an operand followed by arguments. */
export interface CommandNode {
  readonly kind: 'command';
  readonly pos: number;
  readonly args: readonly ArgNode[];
}

/** `.A.B`: a field chain starting at dot. */
export interface FieldNode {
  readonly kind: 'field';
  readonly pos: number;
  readonly ident: readonly string[];
}

/** `(pipeline).A.B` or `fn.A`: fields applied to another term. */
export interface ChainNode {
  readonly kind: 'chain';
  readonly pos: number;
  readonly node: ArgNode;
  readonly field: readonly string[];
}

/** `$x` or `$x.A.B`: a variable, possibly followed by fields. */
export interface VariableNode {
  readonly kind: 'variable';
  readonly pos: number;
  readonly ident: readonly string[];
}

/** A function name. */
export interface IdentifierNode {
  readonly kind: 'identifier';
  readonly pos: number;
  readonly ident: string;
}

/** `.` itself. */
export interface DotNode {
  readonly kind: 'dot';
  readonly pos: number;
}

/** The untyped `nil`. */
export interface NilNode {
  readonly kind: 'nil';
  readonly pos: number;
}

/** `true` or `false`. */
export interface BoolNode {
  readonly kind: 'bool';
  readonly pos: number;
  readonly value: boolean;
}

/** A numeric or character constant, with every Go type it can be (Go's IsInt/IsUint/IsFloat). */
export interface NumberNode {
  readonly kind: 'number';
  readonly pos: number;
  readonly text: string;
  readonly isInt: boolean;
  readonly isUint: boolean;
  readonly isFloat: boolean;
  readonly int64: bigint;
  readonly uint64: bigint;
  readonly float64: number;
}

/** A string constant: `quoted` as written, `text` unquoted. */
export interface StringNode {
  readonly kind: 'string';
  readonly pos: number;
  readonly quoted: string;
  readonly text: string;
}

/** `{{if}}`, `{{range}}` and `{{with}}`: a pipeline, a body and an optional else body. */
export interface BranchNode {
  readonly kind: 'if' | 'range' | 'with';
  readonly pos: number;
  readonly line: number;
  readonly pipe: PipeNode;
  readonly list: ListNode;
  readonly elseList: ListNode | null;
}

/** `{{template "name" pipeline}}`. */
export interface TemplateNode {
  readonly kind: 'template';
  readonly pos: number;
  readonly line: number;
  readonly name: string;
  readonly pipe: PipeNode | null;
}

/** `{{break}}` and `{{continue}}` inside a range. */
export interface LoopControlNode {
  readonly kind: 'break' | 'continue';
  readonly pos: number;
  readonly line: number;
}

/** `{{end}}` and `{{else}}`: produced while parsing, never left in a finished tree. */
export interface DelimiterNode {
  readonly kind: 'end' | 'else';
  readonly pos: number;
  readonly line: number;
}

/** A node that can be an argument of a command. */
export type ArgNode =
  | FieldNode
  | ChainNode
  | VariableNode
  | IdentifierNode
  | DotNode
  | NilNode
  | BoolNode
  | NumberNode
  | StringNode
  | PipeNode;

/** Any node of a template tree. */
export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | ActionNode
  | CommandNode
  | BranchNode
  | TemplateNode
  | LoopControlNode
  | DelimiterNode
  | ArgNode;

/** A parsed template: its name, the top-level template it was parsed from, and its root. */
export interface Tree {
  readonly name: string;
  /** Name of the top-level template whose text holds this one (Go's ParseName); errors cite it. */
  readonly parseName: string;
  readonly root: ListNode;
  /** The whole source text that `root`'s positions index into. */
  readonly text: string;
}

/** The node printed back as template source, as Go's `Node.String()` does. */
export function nodeString(node: Node): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

function write(node: Node, out: string[]): void {
  switch (node.kind) {
    case 'list':
      for (const n of node.nodes) write(n, out);
      return;
    case 'text':
    case 'comment':
      out.push(node.text);
      return;
    case 'action':
      out.push('{{');
      write(node.pipe, out);
      out.push('}}');
      return;
    case 'pipe':
      writePipe(node, out);
      return;
    case 'command':
      node.args.forEach((arg, i) => {
        if (i > 0) out.push(' ');
        writeOperand(arg, out);
      });
      return;
    case 'field':
      for (const id of node.ident) out.push('.', id);
      return;
    case 'chain':
      writeOperand(node.node, out);
      for (const f of node.field) out.push('.', f);
      return;
    case 'variable':
      out.push(node.ident.join('.'));
      return;
    case 'identifier':
      out.push(node.ident);
      return;
    case 'dot':
      out.push('.');
      return;
    case 'nil':
      out.push('nil');
      return;
    case 'bool':
      out.push(node.value ? 'true' : 'false');
      return;
    case 'number':
      out.push(node.text);
      return;
    case 'string':
      out.push(node.quoted);
      return;
    case 'if':
    case 'range':
    case 'with':
      writeBranch(node, out);
      return;
    case 'template':
      out.push('{{template ', goQuote(node.name));
      if (node.pipe !== null) {
        out.push(' ');
        write(node.pipe, out);
      }
      out.push('}}');
      return;
    case 'break':
    case 'continue':
    case 'end':
    case 'else':
      out.push(`{{${node.kind}}}`);
      return;
  }
}

function writeOperand(arg: ArgNode, out: string[]): void {
  if (arg.kind === 'pipe') {
    out.push('(');
    writePipe(arg, out);
    out.push(')');
  } else {
    write(arg, out);
  }
}

function writePipe(pipe: PipeNode, out: string[]): void {
  if (pipe.decl.length > 0) {
    pipe.decl.forEach((v, i) => {
      if (i > 0) out.push(', ');
      write(v, out);
    });
    out.push(pipe.isAssign ? ' = ' : ' := ');
  }
  pipe.cmds.forEach((c, i) => {
    if (i > 0) out.push(' | ');
    write(c, out);
  });
}

function writeBranch(node: BranchNode, out: string[]): void {
  out.push(`{{${node.kind} `);
  writePipe(node.pipe, out);
  out.push('}}');
  write(node.list, out);
  if (node.elseList !== null) {
    out.push('{{else}}');
    write(node.elseList, out);
  }
  out.push('{{end}}');
}

// Go's unicode.IsSpace, which bytes.TrimSpace uses (JS's trim also strips U+FEFF, Go's does not).
const goSpaceOnly = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

/** Whether a tree holds nothing but space and comments (Go's IsEmptyTree): such a tree never replaces a definition. */
export function isEmptyTree(node: Node): boolean {
  switch (node.kind) {
    case 'list':
      return node.nodes.every(isEmptyTree);
    case 'comment':
      return true;
    case 'text':
      return goSpaceOnly.test(node.text);
    default:
      return false;
  }
}
