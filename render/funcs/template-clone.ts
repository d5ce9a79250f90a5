// Go's Template.Clone for Helm's `tpl`, which parses its text into a copy of the chart's set so
// that the text's `define`s stay local to that call. TemplateSet has no public clone yet; until
// it does (requested from render/template), this adapter copies the set's private parts: its
// options, functions and parsed trees (trees are immutable once parsed, so sharing them is safe).
import { TemplateSet, type TemplateSetOptions } from '../template/index.js';
import type { GoFunc } from '../go/index.js';

interface SetInternals {
  readonly options: TemplateSetOptions;
  readonly funcs: Map<string, GoFunc>;
  readonly trees: Map<string, unknown>;
}

function internals(set: TemplateSet): SetInternals {
  const s = set as unknown as Partial<SetInternals>;
  if (!(s.trees instanceof Map) || !(s.funcs instanceof Map) || s.options === undefined) {
    throw new Error('render/funcs: TemplateSet internals changed; tpl needs TemplateSet.clone()');
  }
  return s as SetInternals;
}

/** A copy of `set` with the same options, functions and templates; later changes stay apart. */
export function cloneTemplateSet(
  set: TemplateSet,
  options: Partial<TemplateSetOptions> = {},
): TemplateSet {
  const from = internals(set);
  const copy = new TemplateSet({ ...from.options, ...options, funcs: from.funcs });
  const to = internals(copy);
  for (const [name, tree] of from.trees) to.trees.set(name, tree);
  return copy;
}
