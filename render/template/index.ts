/**
 * Go's text/template, the language of Helm charts, in TypeScript.
 *
 * In: template texts (`TemplateSet.parse(name, text)`) and data as Go values from `render/go`
 * (`GoValue`: Map for maps, arrays for slices, GoInt / number for ints / float64, GoStruct for
 * Helm's built-in objects). Out: the rendered text (`TemplateSet.execute(name, data)`), or a
 * `TemplateError` whose message is Go's and Helm's text and whose diagnostic holds the position.
 * `lex` and `parse` are usable alone; the tree is described in `nodes.ts`.
 */
export { TemplateSet, type TemplateSetOptions } from './template-set.js';
export { TemplateError, type SourceLocation, type ExecErrorDetail } from './errors.js';
export type { MissingKey } from './state.js';
export { parse, type ParseOptions } from './parse.js';
export { Lexer, Item, type LexItem, type ItemType, type LexOptions } from './lex.js';
export { nodeString, isEmptyTree } from './nodes.js';
export type * from './nodes.js';
export { builtins } from './builtins.js';
export { maxTemplateDepth, maxControlDepth, maxExpressionDepth } from './limits.js';
export { stackExhausted } from './errors.js';
