// Execution of the tree: text, actions, if/with, range, template calls, break and continue, with
// Go's semantics (exec.go's walk functions). The walk runs on an explicit stack of frames instead
// of JavaScript's call stack, so that nesting costs heap, not stack: Go allows 100000 nested
// {{template}} calls and any depth of if/range/with, while Node's stack would end after a few
// hundred. Output goes to the state's list of pieces, joined once at the end.
import {
  GoFunc,
  GoInt,
  GoStruct,
  compareGoStrings,
  sprint,
  typeName,
  type GoValue,
  type IntType,
  type NamedType,
} from '../go/index.js';
import { evalPipeline } from './eval.js';
import { goQuote } from './lex.js';
import {
  nodeString,
  type ActionNode,
  type BranchNode,
  type ListNode,
  type Node,
  type PipeNode,
  type TemplateNode,
  type Tree,
} from './nodes.js';
import { State } from './state.js';
import { truthOf } from './truth.js';
import { Boxed, element, holdsInterfaces, unwrap, type Val } from './value.js';

// A list of nodes being executed with one dot; `mark` (or -1) is the variable stack's height to
// restore when the list ends, which is how {{end}} of an if/with drops the variables declared
// inside it.
interface ListFrame {
  readonly kind: 'list';
  readonly nodes: readonly Node[];
  dot: Val;
  readonly mark: number;
  i: number;
}

// A range loop between iterations: the iteration source, and the variable marks of Go's
// walkRange (`outer` before the pipeline's declarations, `mark` after them).
interface RangeFrame {
  readonly kind: 'range';
  readonly node: BranchNode;
  readonly source: Iteration;
  readonly outer: number;
  readonly mark: number;
  i: number;
  // The body's frame, reused by every iteration.
  readonly body: ListFrame;
}

// A {{template}} call in progress: what the caller had, restored when the callee's list ends.
interface CallFrame {
  readonly kind: 'call';
  readonly tree: Tree;
  readonly names: string[];
  readonly values: Val[];
}

type Frame = ListFrame | RangeFrame | CallFrame;

// What a range iterates over, resolved once: the container (or the integer bound), how many
// iterations, and how elements are read. Plain data and a switch, not closures, because this
// is the executor's hottest loop.
class Iteration {
  constructor(
    readonly of: 'slice' | 'bytes' | 'map' | 'int',
    readonly count: number,
    readonly slice: readonly GoValue[] | Uint8Array | null = null,
    readonly boxed = false,
    readonly map: ReadonlyMap<string, GoValue> | null = null,
    readonly keys: readonly string[] | null = null,
    readonly intType: IntType = 'int',
    /** The named integer type of a ranged-over int (time.Month), which its elements keep. */
    readonly named?: NamedType,
  ) {}
}

/** Executes `root` with `dot` as the cursor, appending the output to the state. */
export function execute(s: State, dot: Val, root: ListNode): void {
  const stack: Frame[] = [listFrame(root, dot, -1)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    switch (top.kind) {
      case 'list': {
        // Runs the list's nodes here until one pushes or pops a frame (a body, a call, a break).
        const height = stack.length;
        const { nodes, dot } = top;
        while (top.i < nodes.length && stack.length === height)
          step(s, stack, nodes[top.i++]!, dot);
        if (top.i >= nodes.length && stack.length === height) {
          stack.pop();
          if (top.mark >= 0) s.pop(top.mark);
        }
        break;
      }
      case 'range':
        nextIteration(s, stack, top);
        break;
      case 'call':
        stack.pop();
        s.tree = top.tree;
        s.names = top.names;
        s.values = top.values;
        s.depth--;
        break;
    }
  }
}

function listFrame(list: ListNode, dot: Val, mark: number): ListFrame {
  return { kind: 'list', nodes: list.nodes, dot, mark, i: 0 };
}

// Executes one node; nodes with bodies push frames instead of recursing.
function step(s: State, stack: Frame[], node: Node, dot: Val): void {
  s.node = node;
  switch (node.kind) {
    case 'text':
      s.out.push(node.text);
      return;
    case 'action': {
      // Variables declared by an action persist until the enclosing {{end}}; such actions print nothing.
      const val = evalPipeline(s, dot, node.pipe);
      if (node.pipe.decl.length === 0) printValue(s, node, val);
      return;
    }
    case 'list':
      stack.push(listFrame(node, dot, -1));
      return;
    case 'if':
    case 'with':
      return ifOrWith(s, stack, node, dot);
    case 'range':
      return range(s, stack, node, dot);
    case 'template':
      return callTemplate(s, stack, node, dot);
    case 'break':
    case 'continue':
      return loopControl(s, stack, node.kind === 'break');
    case 'comment':
      return;
  }
  s.errorf(`unknown node: ${nodeString(node)}`);
}

function ifOrWith(s: State, stack: Frame[], node: BranchNode, dot: Val): void {
  const mark = s.mark();
  const val = evalPipeline(s, dot, node.pipe);
  if (truthOf(val)) stack.push(listFrame(node.list, node.kind === 'with' ? val : dot, mark));
  else if (node.elseList !== null) stack.push(listFrame(node.elseList, dot, mark));
  else s.pop(mark);
}

// Whether an action's value is addressable in Go: it comes from a field, a variable or dot (a
// struct reached through a pointer, as .Capabilities is), not from a function's result.
function addressable(pipe: PipeNode): boolean {
  const last = pipe.cmds[pipe.cmds.length - 1];
  if (last === undefined || last.args.length !== 1) return false;
  const arg = last.args[0]!;
  if (arg.kind === 'pipe') return addressable(arg);
  return (
    arg.kind === 'field' || arg.kind === 'chain' || arg.kind === 'variable' || arg.kind === 'dot'
  );
}

// Go's printableValue: a struct whose String (or Error) method has a pointer receiver prints
// through it when the value is addressable (text/template takes its address), as
// `{{ .Capabilities.KubeVersion }}` prints `v1.32.0`; fmt alone would print the struct.
function pointerMethodText(value: GoStruct): string | undefined {
  if (value.pointer) return undefined;
  for (const name of ['Error', 'String']) {
    const m = value.type.methods.get(name);
    if (m?.pointerReceiver === true && m.signature.params.length === 0) {
      return String(m.impl(value));
    }
  }
  return undefined;
}

/** Writes an action's value as Go's fmt.Fprint does; an invalid value prints `<no value>`. */
function printValue(s: State, node: ActionNode, v: Val): void {
  s.node = node;
  // unwrap, written out (evalField says why).
  const value = v instanceof Boxed ? v.value : v === null ? undefined : v;
  const viaPointer =
    value instanceof GoStruct && addressable(node.pipe) ? pointerMethodText(value) : undefined;
  if (viaPointer !== undefined) {
    s.out.push(viaPointer);
  } else if (value === undefined) {
    s.out.push('<no value>');
  } else if (typeof value === 'string') {
    s.out.push(value);
  } else if (value instanceof GoFunc) {
    s.errorf(`can't print ${nodeString(node)} of type ${typeName(value)}`);
  } else {
    s.out.push(sprint([value]));
  }
}

function range(s: State, stack: Frame[], r: BranchNode, dot: Val): void {
  const outer = s.mark();
  const val = unwrap(evalPipeline(s, dot, r.pipe));
  const source = iterationOf(s, val, r.pipe.decl.length);
  if (source.count > 0) {
    const body = listFrame(r.list, undefined, -1);
    stack.push({ kind: 'range', node: r, source, outer, mark: s.mark(), i: 0, body });
  } else if (r.elseList !== null) {
    // The pipeline's variables are still in scope in the else branch, as in Go's walkRange.
    stack.push(listFrame(r.elseList, dot, outer));
  } else {
    s.pop(outer);
  }
}

// Ends the previous iteration (dropping its variables) and starts the next, or ends the loop.
function nextIteration(s: State, stack: Frame[], f: RangeFrame): void {
  s.pop(f.mark);
  if (f.i >= f.source.count) {
    stack.pop();
    s.pop(f.outer);
    return;
  }
  const i = f.i++;
  const src = f.source;
  // A slice's element as elementAt reads it, without its calls: the loop most ranges run.
  let elem: Val;
  if (src.of === 'slice') {
    const v = (src.slice as readonly GoValue[])[i]!;
    elem = src.boxed && v !== null ? new Boxed(v) : v;
  } else elem = elementAt(src, i);
  const { decl, isAssign } = f.node.pipe;
  if (decl.length > 0) {
    if (isAssign) s.setVar(decl[0]!.ident[0]!, decl.length > 1 ? indexAt(f.source, i) : elem);
    else s.setTopVar(1, elem);
  }
  if (decl.length > 1) {
    if (isAssign) s.setVar(decl[1]!.ident[0]!, elem);
    else s.setTopVar(2, indexAt(f.source, i));
  }
  f.body.dot = elem;
  f.body.i = 0;
  stack.push(f.body);
}

// {{break}} and {{continue}} unwind to the innermost range; the parser has checked there is one
// in the same template, so no call frame lies in between.
function loopControl(s: State, stack: Frame[], isBreak: boolean): void {
  let top = stack[stack.length - 1];
  while (top !== undefined && top.kind !== 'range') {
    stack.pop();
    top = stack[stack.length - 1];
  }
  if (top === undefined) s.errorf(`{{${isBreak ? 'break' : 'continue'}}} outside {{range}}`);
  if (isBreak) {
    stack.pop();
    s.pop(top.outer);
  }
}

// What `range` iterates over, checked as Go checks it; maps iterate in Go's sorted key order.
function iterationOf(s: State, val: GoValue | undefined, vars: number): Iteration {
  if (val === undefined) return new Iteration('slice', 0);
  if (val instanceof Uint8Array) return new Iteration('bytes', val.length, val);
  if (Array.isArray(val)) return new Iteration('slice', val.length, val, holdsInterfaces(val));
  if (val instanceof Map) {
    const keys = [...val.keys()].sort(compareGoStrings);
    return new Iteration('map', keys.length, null, holdsInterfaces(val), val, keys);
  }
  if (val instanceof GoInt && s.ctx.rangeOverInt) {
    // Go 1.24+: `range N` yields 0…N-1 (of N's type) as the element; one variable at most.
    if (vars > 1) s.errorf(`can't use ${sprint([val])} to iterate over more than one variable`);
    const count = val.value <= 0n ? 0 : Number(val.value);
    return new Iteration('int', count, null, false, null, null, val.type, val.named);
  }
  return s.errorf(`range can't iterate over ${sprint([val])}`);
}

function elementAt(it: Iteration, i: number): Val {
  switch (it.of) {
    case 'slice':
      return element((it.slice as readonly GoValue[])[i]!, it.boxed);
    case 'bytes':
      return new GoInt(BigInt((it.slice as Uint8Array)[i]!), 'uint8');
    case 'map':
      return element(it.map!.get(it.keys![i]!)!, it.boxed);
    case 'int':
      return new GoInt(BigInt(i), it.intType, it.named);
  }
}

// The index variable's value; ranging over an integer has none (a second variable is an error).
function indexAt(it: Iteration, i: number): Val {
  return it.of === 'map' ? it.keys![i] : it.of === 'int' ? undefined : new GoInt(BigInt(i));
}

function callTemplate(s: State, stack: Frame[], t: TemplateNode, dot: Val): void {
  const tree = s.ctx.templates.get(t.name);
  if (tree === undefined) s.errorf(`template ${goQuote(t.name)} not defined`);
  if (s.depth >= s.ctx.maxDepth) s.errorf(`exceeded maximum template depth (${s.ctx.maxDepth})`);
  // Variables declared by the pipeline persist in the caller; the callee sees only `$`.
  const newDot = evalPipeline(s, dot, t.pipe);
  stack.push({ kind: 'call', tree: s.tree, names: s.names, values: s.values });
  s.tree = tree;
  s.names = ['$'];
  s.values = [newDot];
  s.depth++;
  stack.push(listFrame(tree.root, newDot, -1));
}
