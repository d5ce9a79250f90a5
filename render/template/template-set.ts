// A set of named templates sharing functions and options: Go's *template.Template with its
// common map, as Helm builds one per render (every chart file parsed into one set, then each file
// executed by name). Later parses add to the set, so `tpl` can parse more text into it, and
// executing a named template into a string is what `include` needs.
import type { GoFunc, GoValue } from '../go/index.js';
import { builtins, builtinsFor } from './builtins.js';
import { TemplateError, isStackExhaustion, parseError, stackExhausted } from './errors.js';
import { goQuote } from './lex.js';
import { isEmptyTree, type Tree } from './nodes.js';
import { parse } from './parse.js';
import { maxTemplateDepth } from './limits.js';
import { State, type ExecContext, type MissingKey } from './state.js';
import { execute } from './walk.js';

/** Options of a template set; each optional field documents its default. */
export interface TemplateSetOptions {
  /** Which Helm's language to follow: 4 (Go 1.24+: `range` over integers) or 3 (Helm 3.17: an error). Default 4. */
  readonly helmMajor?: 3 | 4;
  /** Go's `missingkey` option. Default `zero`, as Helm sets it (`error` is Helm's --strict). */
  readonly missingKey?: MissingKey;
  /** Functions beyond the built-ins, by name; they override built-ins of the same name. Default none. */
  readonly funcs?: ReadonlyMap<string, GoFunc>;
  /** Nested `{{template}}` calls allowed. Default Go's 100000. */
  readonly maxDepth?: number;
  /** Name of the set itself, as Go's errors name the root template. Default `gotpl`, as Helm names it. */
  readonly name?: string;
  /** Action delimiters. Default `{{` and `}}`. */
  readonly leftDelim?: string;
  readonly rightDelim?: string;
}

/** Named templates parsed from one or more texts, executed with Go's semantics. */
export class TemplateSet {
  private readonly trees = new Map<string, Tree>();
  // Texts parsed before, with the name they were parsed as: a text parsed again under another
  // name takes the same trees, renamed (a chart whose dependencies each bundle the same library,
  // as every Bitnami dependency carries its own copy of `common`; tpl given the same text again).
  // A parse depends only on the text, the delimiters and which function names exist, and its
  // nodes are never changed, so clones with the same delimiters share this until a function of
  // a new name is added.
  private parsed = new Map<string, { readonly name: string; readonly trees: Map<string, Tree> }>();
  private readonly funcs: Map<string, GoFunc>;
  private readonly ctx: ExecContext;
  private readonly options: TemplateSetOptions;

  constructor(options: TemplateSetOptions = {}) {
    this.options = options;
    this.funcs = new Map(options.funcs ?? []);
    this.ctx = {
      templates: this.trees,
      funcs: this.funcs,
      builtins: builtinsFor(options.helmMajor ?? 4),
      missingKey: options.missingKey ?? 'zero',
      rangeOverInt: (options.helmMajor ?? 4) >= 4,
      maxDepth: options.maxDepth ?? maxTemplateDepth,
    };
  }

  /**
   * Go's Template.Clone: a set with the same functions and templates (and these options changed),
   * to which later parses and added functions go without touching this one. Parsed trees are
   * never changed after parsing, so the two sets share them.
   */
  clone(options: Partial<TemplateSetOptions> = {}): TemplateSet {
    const copy = new TemplateSet({ ...this.options, ...options, funcs: this.funcs });
    for (const [name, tree] of this.trees) copy.trees.set(name, tree);
    if (
      copy.options.leftDelim === this.options.leftDelim &&
      copy.options.rightDelim === this.options.rightDelim
    ) {
      copy.parsed = this.parsed;
    }
    return copy;
  }

  /** Adds functions (after construction, as Helm binds `include` and `tpl` to the set). */
  addFuncs(funcs: Iterable<readonly [string, GoFunc]>): void {
    for (const [name, fn] of funcs) {
      // A new name can change how a text parses (a function named `break`, or one that was unknown).
      if (!this.funcs.has(name) && this.parsed.size > 0) this.parsed = new Map();
      this.funcs.set(name, fn);
    }
  }

  /**
   * Parses `text` as template `name` and adds it and every template it defines; throws a
   * TemplateError on a syntax error. A later definition replaces an earlier one, except that
   * an empty body never replaces a non-empty one (Go's associate rule).
   */
  parse(name: string, text: string): Tree {
    const trees = this.parsedAgain(name, text) ?? this.parseText(name, text);
    for (const [n, tree] of trees) {
      if (this.trees.has(n) && isEmptyTree(tree.root)) continue;
      this.trees.set(n, tree);
    }
    // The tree of `name` itself, even when an empty one did not replace an earlier definition:
    // Go's AddParseTree still gives it to the template that parsed it (Helm's tpl executes that).
    return trees.get(name)!;
  }

  // The trees of a text parsed before under another name, renamed for `name`. Not when the text
  // holds `name` (as a define's name, which would have met the file's own tree in one map).
  private parsedAgain(name: string, text: string): Map<string, Tree> | undefined {
    const earlier = this.parsed.get(text);
    if (earlier === undefined || text.includes(name)) return undefined;
    const trees = new Map<string, Tree>();
    for (const [n, tree] of earlier.trees) {
      const own = n === earlier.name ? name : n;
      trees.set(own, { name: own, parseName: name, root: tree.root, text });
    }
    return trees;
  }

  private parseText(name: string, text: string): Map<string, Tree> {
    const { leftDelim, rightDelim } = this.options;
    let trees: Map<string, Tree>;
    try {
      trees = parse(name, text, {
        hasFunction: (fn) => this.funcs.has(fn) || builtins.has(fn),
        ...(leftDelim === undefined ? {} : { leftDelim }),
        ...(rightDelim === undefined ? {} : { rightDelim }),
      });
    } catch (e) {
      // The parser bounds its own nesting; a caller already deep in the stack can still exhaust it.
      if (isStackExhaustion(e)) throw parseError(name, text, 0, 1, stackExhausted);
      throw e;
    }
    if (!text.includes(name)) this.parsed.set(text, { name, trees });
    return trees;
  }

  /** Whether a template of that name exists. */
  has(name: string): boolean {
    return this.trees.has(name);
  }

  /** The names of all templates, sorted. */
  names(): string[] {
    return [...this.trees.keys()].sort();
  }

  /** Executes template `name` with `data` as dot and `$`; returns the output or throws a TemplateError. */
  execute(name: string, data: GoValue): string {
    const tree = this.trees.get(name);
    return this.executeTree(name, tree, data);
  }

  /** Executes `tree`, as parse returned it, with `data`; the set's templates are callable from it. */
  executeTree(name: string, tree: Tree | undefined, data: GoValue): string {
    if (tree === undefined) {
      const setName = this.options.name ?? 'gotpl';
      const message = `template: no template ${goQuote(name)} associated with template ${goQuote(setName)}`;
      throw new TemplateError(message, name, { code: 'template-exec', message });
    }
    // Go's Execute takes reflect.ValueOf(data): nil data is no value at all, not a nil interface,
    // so `{{ .x }}` on it is empty rather than a nil pointer error (include "t" nil).
    const dot = data === null ? undefined : data;
    const state = new State(this.ctx, tree, dot);
    try {
      execute(state, dot, tree.root);
    } catch (e) {
      // Nesting within one execution costs no JavaScript stack (walk.ts), and the parser bounds
      // expression depth, so only a caller already deep in the stack (functions executing
      // templates from within templates) can exhaust it; it ends as an error at the node.
      if (isStackExhaustion(e)) state.errorf(stackExhausted);
      throw e;
    }
    return state.out.join('');
  }
}
