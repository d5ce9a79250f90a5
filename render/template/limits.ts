// How deep templates may nest. Go's stacks grow to a gigabyte, so Go parses if/range/with nested
// a hundred thousand deep and parenthesised pipelines ten thousand deep (Helm 3.17's Go has no
// limit on the latter). Our parser and expression evaluator recurse on JavaScript's stack, which
// ends after a couple of thousand levels on Node's default stack, so they stop sooner, at bounds
// that leave most of the stack to whoever called them (a template executing from inside a
// function, as `include` does), with an error instead of a stack overflow. Execution of the tree
// itself is iterative (walk.ts), so nested {{template}} calls keep Go's limit exactly.
// Pinned by test/render/template/depth.test.ts; README.md lists these as known differences.

/** Nested {{template}} calls allowed during execution: Go's maxExecDepth. */
export const maxTemplateDepth = 100000;

/** Nesting of if/range/with/block bodies, each `else if` / `else with` counting as one more. */
export const maxControlDepth = 500;

/** Nesting of parenthesised pipelines; beyond it Go's text `max expression depth exceeded`. */
export const maxExpressionDepth = 200;
