// The state of one execution, as Go's exec.go keeps it: the template being executed (for error
// locations), the node being evaluated (for `at <…>`), the variable stack, the output, and the
// depth of nested template calls. `errorf` raises Go's execution error text.
import { TemplateError, locate } from './errors.js';
import { goQuote } from './lex.js';
import { nodeString, type Node, type Tree } from './nodes.js';
import type { Val } from './value.js';
import type { GoFunc } from '../go/index.js';

/** How missing map keys behave: Go's `missingkey` option (Helm uses `zero`, or `error` with --strict). */
export type MissingKey = 'default' | 'invalid' | 'zero' | 'error';

/** What an execution needs from the template set that runs it. */
export interface ExecContext {
  readonly templates: ReadonlyMap<string, Tree>;
  readonly funcs: ReadonlyMap<string, GoFunc>;
  readonly builtins: ReadonlyMap<string, GoFunc>;
  readonly missingKey: MissingKey;
  /** Whether `range` accepts integers (Go 1.24+, so Helm 4; Helm 3.17 is built with Go 1.23). */
  readonly rangeOverInt: boolean;
  readonly maxDepth: number;
}

/** The state of one execution. */
export class State {
  /** The output written so far, in pieces. */
  readonly out: string[] = [];
  /**
   * The node being evaluated, for error messages. The executor sets it directly, as Go's
   * s.at(node) does: it is set several times for every action, and a method call costs more than
   * the store before V8 has optimized the code (most of a short run).
   */
  node: Node | null = null;
  names: string[] = [];
  values: Val[] = [];
  depth: number;

  constructor(
    readonly ctx: ExecContext,
    public tree: Tree,
    dot: Val,
    depth = 0,
  ) {
    this.depth = depth;
    this.push('$', dot);
  }

  push(name: string, value: Val): void {
    this.names.push(name);
    this.values.push(value);
  }

  mark(): number {
    return this.names.length;
  }

  pop(mark: number): void {
    // Setting an array's length is costly even when it does not change; most pops have nothing to do.
    if (this.names.length > mark) {
      this.names.length = mark;
      this.values.length = mark;
    }
  }

  /** Assigns the innermost variable of that name (`$x = …`). */
  setVar(name: string, value: Val): void {
    for (let i = this.names.length - 1; i >= 0; i--) {
      if (this.names[i] === name) {
        this.values[i] = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  /** Overwrites the n-th variable from the top; range sets its element and index this way. */
  setTopVar(n: number, value: Val): void {
    this.values[this.values.length - n] = value;
  }

  varValue(name: string): Val {
    for (let i = this.names.length - 1; i >= 0; i--) {
      if (this.names[i] === name) return this.values[i];
    }
    this.errorf(`undefined variable: ${name}`);
  }

  /** Raises Go's execution error: `template: FILE:L:C: executing "NAME" at <NODE>: message`. */
  errorf(message: string): never {
    const name = this.tree.name;
    const node = this.node;
    if (node === null) {
      throw new TemplateError(`template: ${name}: ${message}`, name, {
        code: 'template-exec',
        message,
        file: this.tree.parseName,
      });
    }
    const at = locate(this.tree.text, node.pos);
    const context = nodeString(node);
    const detail = `executing ${goQuote(name)} at <${context}>: ${message}`;
    const location = `${this.tree.parseName}:${at.line}:${at.goColumn}`;
    throw new TemplateError(
      `template: ${location}: ${detail}`,
      name,
      {
        code: 'template-exec',
        message: detail,
        file: this.tree.parseName,
        position: { line: at.line, column: at.column },
        sourceLine: at.sourceLine,
      },
      { file: this.tree.parseName, line: at.line, goColumn: at.goColumn, context, cause: message },
    );
  }
}
