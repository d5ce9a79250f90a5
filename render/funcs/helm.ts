// Helm's own functions, bound per render to the chart's template set (pkg/engine, engine.go
// initFunMap): include and tpl (sharing one count of nested includes per template name, as
// Helm's includedNames does), required and fail (messages wrapped in HELM_ERR_START/END, which
// the chart renderer unwraps), lookup (offline: an empty map), getHostByName (DNS disabled: "").
// Pinned by test/render/funcs/helm.test.ts and the helm golden charts.
import { GoError, quote, type GoMap, type GoValue } from '../go/index.js';
import { TemplateError, type MissingKey, type TemplateSet, type Tree } from '../template/index.js';
import { def, funcMap, t, type FuncMap } from './func.js';

/** Options of a render's Helm functions; each optional field documents its default. */
export interface HelmFuncOptions {
  /** The Helm major whose error texts to follow. Default 4. */
  readonly helmMajor?: 3 | 4;
  /** Helm's --strict: tpl executes with missingkey=error. Default false (missingkey=zero). */
  readonly strict?: boolean;
}

/** Helm's include limit: a template may be included within itself this many times. */
export const maxIncludeDepth = 1000;

/**
 * Nested `tpl` calls allowed. Helm has no limit and dies of a Go stack overflow after seconds;
 * charts nest tpl a few levels at most, so a self-rendering value is reported long before that.
 */
export const maxTplDepth = 100;

/** Wraps a required/fail message as Helm does, for the chart renderer to find and unwrap. */
export function warnWrap(message: string): string {
  return `HELM_ERR_START${message}HELM_ERR_END`;
}

// Per render: how many times each template is being included, and the tpl texts being rendered.
interface RenderState {
  readonly included: Map<string, number>;
  readonly tplChain: string[];
}

/** Binds Helm's per-render functions into `set` (before parsing, so that their names are known). */
export function bindHelmFuncs(set: TemplateSet, options: HelmFuncOptions = {}): void {
  const state: RenderState = { included: new Map(), tplChain: [] };
  set.addFuncs(renderFuncs(set, state, options));
}

function renderFuncs(set: TemplateSet, state: RenderState, options: HelmFuncOptions): FuncMap {
  const { any, string: s } = t;
  return funcMap([
    def('include', [s, any], s, (name, data) => include(set, state, name as string, data!), {
      returnsError: true,
    }),
    def('tpl', [s, any], s, (text, vals) => tpl(set, state, options, text as string, vals!), {
      returnsError: true,
    }),
    def(
      'required',
      [s, any],
      any,
      (warn, val) => {
        if (val === null || val === '') throw new GoError(warnWrap(warn as string));
        return val!;
      },
      { returnsError: true },
    ),
    def(
      'fail',
      [s],
      s,
      (msg) => {
        throw new GoError(warnWrap(msg as string));
      },
      { returnsError: true },
    ),
    def('lookup', [s, s, s, s], t.anyMap, () => new Map() as GoMap, { returnsError: true }),
    def('getHostByName', [s], s, () => ''),
  ]);
}

function include(set: TemplateSet, state: RenderState, name: string, data: GoValue): string {
  const count = state.included.get(name);
  if (count !== undefined && count > maxIncludeDepth) {
    throw new GoError(
      `rendering template has a nested reference name: ${name}: unable to execute template`,
    );
  }
  state.included.set(name, (count ?? 0) + 1);
  try {
    return set.execute(name, data);
  } catch (e) {
    if (e instanceof TemplateError) throw new GoError(e.message);
    throw e;
  } finally {
    state.included.set(name, state.included.get(name)! - 1);
  }
}

function tpl(
  set: TemplateSet,
  state: RenderState,
  options: HelmFuncOptions,
  text: string,
  vals: GoValue,
): string {
  if (state.tplChain.length >= maxTplDepth) throw new GoError(tplTooDeep(state.tplChain));
  const missingKey: MissingKey = options.strict === true ? 'error' : 'zero';
  const clone = set.clone({ missingKey });
  // The clone gets include and tpl of its own, so that defines in the text can be included.
  clone.addFuncs(renderFuncs(clone, state, options));
  let tree: Tree;
  try {
    tree = clone.parse('gotpl', text);
  } catch (e) {
    if (e instanceof TemplateError)
      throw new GoError(`cannot parse template ${quote(text)}: ${e.message}`);
    throw e;
  }
  state.tplChain.push(text);
  try {
    // The text's own tree, even when it is empty and the set keeps an outer tpl's `gotpl`.
    return clone.executeTree('gotpl', tree, vals).replaceAll('<no value>', '');
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    // The innermost failure of a runaway recursion is already the whole story; keep it unwrapped.
    if (e.message.includes(tplTooDeepPrefix))
      throw new GoError(e.message.slice(e.message.indexOf(tplTooDeepPrefix)));
    throw new GoError(`error during tpl function execution for ${quote(text)}: ${e.message}`);
  } finally {
    state.tplChain.pop();
  }
}

const tplTooDeepPrefix = 'tpl nested more than';

// Names the chain: each distinct text once, and where it starts repeating.
function tplTooDeep(chain: readonly string[]): string {
  const shown: string[] = [];
  for (const text of chain) {
    const q = quote(text.length > 80 ? `${text.slice(0, 77)}...` : text);
    if (shown.includes(q)) {
      shown.push(`${q} again (a value that renders itself through tpl)`);
      break;
    }
    shown.push(q);
  }
  return `${tplTooDeepPrefix} ${maxTplDepth} levels deep: tpl ${shown.join(' → tpl ')}`;
}
