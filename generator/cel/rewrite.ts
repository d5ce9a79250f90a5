/**
 * Before type-checking, calls to cel-js built-ins whose semantics differ from cel-go's are renamed
 * to our replacements (see OVERRIDE_PREFIX). A name that already carries the prefix was written by
 * the user and is reported, so that a rule never reaches our replacements by name.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { walk } from './ast.js';
import { OVERRIDDEN_METHODS, OVERRIDE_PREFIX } from './libraries/registry.js';

/** Renames overridden method calls in place; returns the node of a call that uses the prefix. */
export function renameOverrides(root: ASTNode): ASTNode | undefined {
  let forbidden: ASTNode | undefined;
  walk(root, (n) => {
    if (n.op !== 'rcall' && n.op !== 'call') return;
    const name = n.args[0];
    if (name.startsWith(OVERRIDE_PREFIX)) forbidden ??= n;
    // The global matches(string, string) is ours already; only methods need renaming.
    else if (n.op === 'rcall' && OVERRIDDEN_METHODS.has(name))
      (n.args as [string, ...unknown[]])[0] = OVERRIDE_PREFIX + name;
  });
  return forbidden;
}

/** A message or type name with our prefix removed, as the user wrote it. */
export function unprefix(text: string): string {
  return text.split(OVERRIDE_PREFIX).join('');
}
