import { resolve } from 'node:path';
import { DiagnosticError, sortDiagnostics } from '../diagnostics/index.js';
import { toJsonSchema } from './json-schema.js';

/** What `generateJsonSchema` reads. */
export interface JsonSchemaOptions {
  /** The file that exports the type. */
  readonly entry: string;
  /** The exported type to describe, such as `Values`. */
  readonly type: string;
  /** The folder diagnostics name files relative to. Default: the entry's folder. */
  readonly root?: string;
}

/**
 * One TypeScript type as a JSON Schema (draft-07), through the same reader, markers and checks as
 * the CRDs: the way a chart's values.schema.json is made from a `Values` type. Throws
 * DiagnosticError listing every problem.
 */
export async function generateJsonSchema(
  options: JsonSchemaOptions,
): Promise<Record<string, unknown>> {
  // The TypeScript front end loads only when called, as for generateCrds.
  const [
    { readTypes },
    { buildContext, buildDefinition },
    { checkStructural },
    { upstreamOverlay },
  ] = await Promise.all([
    import('./read/read-types.js'),
    import('./schema/build.js'),
    import('./schema/structural.js'),
    import('./upstream/facts.js'),
  ]);
  const entry = resolve(options.entry);
  const graph = readTypes({ entry, root: resolve(options.root ?? resolve(entry, '..')) });
  if (graph.definitions[options.type] === undefined) {
    throw new DiagnosticError([
      { code: 'type-missing', message: `${options.entry} exports no type named ${options.type}` },
    ]);
  }
  const context = buildContext(graph.definitions, upstreamOverlay);
  const schema = buildDefinition(options.type, context);
  const problems = [
    ...context.diagnostics,
    ...checkStructural(schema, context.provenance, options.type),
  ];
  if (problems.length > 0) {
    throw new DiagnosticError(sortDiagnostics(problems));
  }
  return toJsonSchema(schema);
}
