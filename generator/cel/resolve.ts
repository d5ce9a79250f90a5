/**
 * Which schema node an expression denotes (`self.spec.items`, a comprehension variable over it),
 * found from the syntax alone. The has() check and the cost check both need it; cel-js's inferred
 * types cannot tell two `list<string>` fields apart.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { children } from './ast.js';
import { escapeFieldName } from './escape.js';
import type { DeclType } from './decl-type.js';

/** A declared type and the path that reached it, for messages (`self.spec.items[*]`). */
export interface Resolved {
  readonly decl: DeclType;
  readonly path: string;
}

/** Variables in scope: `self`, `oldSelf` and comprehension variables. */
export type Scope = ReadonlyMap<string, Resolved>;

/** The field of an object type selected by `name`, accepting a bare reserved word (Kubernetes 1.31+). */
export function fieldOf(decl: DeclType, name: string): DeclType | undefined {
  if (decl.kind !== 'object') return undefined;
  return decl.fields.get(name)?.type ?? decl.fields.get(escapeFieldName(name) ?? name)?.type;
}

/** The declared type an expression denotes, or `undefined` where it is not a schema node. */
export function resolve(node: ASTNode, scope: Scope): Resolved | undefined {
  switch (node.op) {
    case 'id':
      return scope.get(node.args);
    case '.':
    case '.?': {
      const base = resolve(node.args[0], scope);
      return base && select(base, node.args[1]);
    }
    case '[]':
    case '[?]': {
      const base = resolve(node.args[0], scope);
      if (!base) return undefined;
      if (base.decl.kind === 'list' || base.decl.kind === 'map') {
        return { decl: base.decl.elem, path: `${base.path}[*]` };
      }
      const key = node.args[1];
      return key.op === 'value' && typeof key.args === 'string'
        ? select(base, key.args)
        : undefined;
    }
    default:
      return undefined;
  }
}

function select(base: Resolved, name: string): Resolved | undefined {
  if (base.decl.kind === 'map') return { decl: base.decl.elem, path: `${base.path}[*]` };
  const field = fieldOf(base.decl, name);
  return field && { decl: field, path: `${base.path}.${name}` };
}

/** The element a comprehension variable ranges over: list items, or map keys. */
export function elementOf(r: Resolved): Resolved | undefined {
  if (r.decl.kind === 'list') return { decl: r.decl.elem, path: `${r.path}[*]` };
  if (r.decl.kind === 'map') {
    const key: DeclType = {
      kind: 'scalar',
      name: 'string',
      schema: { type: 'string' },
      bounded: false,
    };
    return { decl: key, path: `${r.path}.@key` };
  }
  return undefined;
}

const ITERATING_MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

/**
 * Calls `visit` on every node with the variables in scope there: inside a comprehension macro
 * (`self.items.all(i, …)`) the variable denotes an element of the receiver.
 */
export function walkScoped(
  node: ASTNode,
  scope: Scope,
  visit: (n: ASTNode, s: Scope) => void,
): void {
  visit(node, scope);
  if (node.op === 'rcall' && ITERATING_MACROS.has(node.args[0])) {
    const [, receiver, args] = node.args;
    const iterVar = args[0];
    if (iterVar?.op === 'id' && args.length >= 2) {
      walkScoped(receiver, scope, visit);
      const r = resolve(receiver, scope);
      const elem = r && elementOf(r);
      const inner = new Map(scope);
      if (elem) inner.set(iterVar.args, elem);
      else inner.delete(iterVar.args);
      for (const a of args.slice(1)) walkScoped(a, inner, visit);
      return;
    }
  }
  for (const c of children(node)) walkScoped(c, scope, visit);
}
