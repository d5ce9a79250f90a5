// Execution of the tree: text, actions, if/with, range, template calls, break and continue (as
// Go's walk functions; break/continue travel back as return values, not exceptions). Output goes
// to the state's list of pieces, joined once at the end.
import { sprint, compareGoStrings, GoFunc, GoInt, typeName, type GoValue } from '../go/index.js';
import { evalPipeline } from './eval.js';
import { goQuote } from './lex.js';
import {
  nodeString,
  type BranchNode,
  type ListNode,
  type Node,
  type TemplateNode,
} from './nodes.js';
import { State } from './state.js';
import { truthOf } from './truth.js';
import { element, holdsInterfaces, unwrap, type Val } from './value.js';

/** How a walk ended: normally, or by {{break}} / {{continue}} inside a range body. */
export const enum Signal {
  None = 0,
  Break = 1,
  Continue = 2,
}

/** Executes one node with `dot` as the cursor. */
export function walk(s: State, dot: Val, node: Node): Signal {
  s.at(node);
  switch (node.kind) {
    case 'text':
      s.out.push(node.text);
      return Signal.None;
    case 'action': {
      // Variables declared by an action persist until the enclosing {{end}}; such actions print nothing.
      const val = evalPipeline(s, dot, node.pipe);
      if (node.pipe.decl.length === 0) printValue(s, node, val);
      return Signal.None;
    }
    case 'list':
      return walkList(s, dot, node);
    case 'if':
    case 'with':
      return walkIfOrWith(s, dot, node);
    case 'range':
      return walkRange(s, dot, node);
    case 'template':
      walkTemplate(s, dot, node);
      return Signal.None;
    case 'break':
      return Signal.Break;
    case 'continue':
      return Signal.Continue;
    case 'comment':
      return Signal.None;
  }
  return s.errorf(`unknown node: ${nodeString(node)}`);
}

function walkList(s: State, dot: Val, list: ListNode): Signal {
  for (const n of list.nodes) {
    const signal = walk(s, dot, n);
    if (signal !== Signal.None) return signal;
  }
  return Signal.None;
}

function walkIfOrWith(s: State, dot: Val, node: BranchNode): Signal {
  const mark = s.mark();
  const val = evalPipeline(s, dot, node.pipe);
  let signal = Signal.None;
  if (truthOf(val)) {
    signal = walkList(s, node.kind === 'with' ? val : dot, node.list);
  } else if (node.elseList !== null) {
    signal = walkList(s, dot, node.elseList);
  }
  s.pop(mark);
  return signal;
}

/** Writes an action's value as Go's fmt.Fprint does; an invalid value prints `<no value>`. */
function printValue(s: State, node: Node, v: Val): void {
  s.at(node);
  const value = unwrap(v);
  if (value === undefined) {
    s.out.push('<no value>');
  } else if (typeof value === 'string') {
    s.out.push(value);
  } else if (value instanceof GoFunc) {
    s.errorf(`can't print ${nodeString(node)} of type ${typeName(value)}`);
  } else {
    s.out.push(sprint([value]));
  }
}

function walkRange(s: State, dot: Val, r: BranchNode): Signal {
  s.at(r);
  const outer = s.mark();
  const val = unwrap(evalPipeline(s, dot, r.pipe));
  const mark = s.mark();
  const decl = r.pipe.decl;
  const one = (index: () => Val, elem: Val): Signal => {
    if (decl.length > 0) {
      if (r.pipe.isAssign) s.setVar(decl[0]!.ident[0]!, decl.length > 1 ? index() : elem);
      else s.setTopVar(1, elem);
    }
    if (decl.length > 1) {
      if (r.pipe.isAssign) s.setVar(decl[1]!.ident[0]!, elem);
      else s.setTopVar(2, index());
    }
    const signal = walkList(s, elem, r.list);
    s.pop(mark);
    return signal;
  };
  const ran = rangeOver(s, val, decl.length, one);
  s.pop(outer);
  if (!ran && r.elseList !== null) return walkList(s, dot, r.elseList);
  return Signal.None;
}

type Iteration = (index: () => Val, elem: Val) => Signal;

// Runs the iterations; false when there were none (then the else branch runs).
function rangeOver(s: State, val: GoValue | undefined, vars: number, one: Iteration): boolean {
  if (val === undefined) return false;
  if (Array.isArray(val) || val instanceof Uint8Array) {
    if (val.length === 0) return false;
    const boxed = val instanceof Uint8Array ? false : holdsInterfaces(val);
    for (let i = 0; i < val.length; i++) {
      const item = val instanceof Uint8Array ? new GoInt(BigInt(val[i]!), 'uint8') : val[i]!;
      if (one(() => new GoInt(BigInt(i)), element(item, boxed)) === Signal.Break) break;
    }
    return true;
  }
  if (val instanceof Map) {
    if (val.size === 0) return false;
    const boxed = holdsInterfaces(val);
    for (const key of [...val.keys()].sort(compareGoStrings)) {
      if (one(() => key, element(val.get(key)!, boxed)) === Signal.Break) break;
    }
    return true;
  }
  if (val instanceof GoInt && s.ctx.rangeOverInt) return rangeInt(s, val, vars, one);
  return s.errorf(`range can't iterate over ${sprint([val])}`);
}

// Go 1.24+: `range N` yields 0…N-1 (of N's type) as the element; one variable at most.
function rangeInt(s: State, n: GoInt, vars: number, one: Iteration): boolean {
  if (vars > 1) s.errorf(`can't use ${sprint([n])} to iterate over more than one variable`);
  if (n.value <= 0n) return false;
  for (let i = 0n; i < n.value; i++) {
    if (one(() => undefined, new GoInt(i, n.type)) === Signal.Break) break;
  }
  return true;
}

function walkTemplate(s: State, dot: Val, t: TemplateNode): void {
  s.at(t);
  const tree = s.ctx.templates.get(t.name);
  if (tree === undefined) s.errorf(`template ${goQuote(t.name)} not defined`);
  if (s.depth >= s.ctx.maxDepth) s.errorf(`exceeded maximum template depth (${s.ctx.maxDepth})`);
  // Variables declared by the pipeline persist in the caller; the callee sees only `$`.
  const newDot = evalPipeline(s, dot, t.pipe);
  const saved = { tree: s.tree, names: s.names, values: s.values };
  s.tree = tree;
  s.names = ['$'];
  s.values = [newDot];
  s.depth++;
  try {
    walk(s, newDot, tree.root);
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    // JavaScript's stack ends long before Go's limit of nested calls; endless recursion, the
    // usual cause, fails with the error Go gives for it, at this call.
    s.tree = saved.tree;
    s.at(t);
    s.errorf(`exceeded maximum template depth (${s.ctx.maxDepth})`);
  }
  s.depth--;
  s.tree = saved.tree;
  s.names = saved.names;
  s.values = saved.values;
}

/** Whether an exception is JavaScript's stack overflow. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes('call stack');
}
