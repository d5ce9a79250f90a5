import ts from 'typescript';
import * as tsj from 'ts-json-schema-generator';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { DiagnosticError, type Diagnostic } from '../../diagnostics/index.js';
import { installSourceAnnotations } from './annotations.js';
import type { JsonSchema } from './json-schema.js';

/** What `readTypes` reads. */
export interface ReadOptions {
  /** The API's entry file; every type it exports is read. */
  readonly entry: string;
  /** The folder file names in diagnostics are relative to. Default: the entry's folder. */
  readonly root?: string;
}

/** The exported types of the entry, as JSON Schema definitions carrying our source info. */
export interface TypeGraph {
  readonly definitions: Readonly<Record<string, JsonSchema>>;
  /** Every source file the program read (for content-hash caching), relative to `root`. */
  readonly files: readonly string[];
  readonly root: string;
  /** The TypeScript version that read the types. */
  readonly compiler: string;
  /** Exported types that could not be read; later stages add their own problems to these. */
  readonly errors: readonly Diagnostic[];
}

// The API is compiled as a strict ES module, whatever the project around it says: strict null
// checks keep `| null` and `undefined` meaningful, and NodeNext resolution honours the `exports`
// maps of packages such as kubernetes-models.
const compilerOptions: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  // API types need the language's own types, not the DOM's 1.5 MB of declarations.
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
};

// kubernetes-models' declarations import its runtime validator, whose types pull in some forty
// files of ajv; the API never uses them, so the validator's entry is read as a small stand-in.
const validatorEntry = /\/@kubernetes-models\/validate\/dist\/index\.d\.ts$/;
const validatorStandIn = `export interface ValidateFunc<T> { (data: unknown): data is T; errors?: unknown[] | null }
export declare function runValidateFunc<T>(fn: ValidateFunc<T>, data: unknown): asserts data is T;
export declare const formats: Record<string, unknown>;
`;

function compilerHost(): ts.CompilerHost {
  const host = ts.createCompilerHost(compilerOptions, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, shouldCreate) =>
    validatorEntry.test(fileName)
      ? ts.createSourceFile(fileName, validatorStandIn, language, true)
      : getSourceFile(fileName, language, onError, shouldCreate);
  return host;
}

/** Reads the API types with ts-json-schema-generator; type errors and unreadable constructs throw. */
export function readTypes(options: ReadOptions): TypeGraph {
  const entry = resolve(options.entry);
  const root = resolve(options.root ?? dirname(entry));
  if (!existsSync(entry) || !/\.(c|m)?tsx?$/.test(entry)) {
    throw new DiagnosticError([
      {
        code: 'entry-missing',
        message: `${relative(root, entry)}: no such TypeScript file (the API entry)`,
      },
    ]);
  }
  installSourceAnnotations(root);
  const program = ts.createProgram([entry], compilerOptions, compilerHost());
  const problems = typeErrors(program, root);
  if (problems.length > 0) {
    throw new DiagnosticError(problems);
  }
  const config = {
    path: entry,
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
    sortProps: true,
    functions: 'fail',
  } as const;
  const parser = tsj.createParser(program, { ...tsj.DEFAULT_CONFIG, ...config });
  const formatter = tsj.createFormatter({ ...tsj.DEFAULT_CONFIG, ...config });
  const { definitions, errors } = new CollectingGenerator(
    program,
    parser,
    formatter,
    config,
  ).readAll(root);
  // TypeScript's own declarations change only with TypeScript, whose version keys the cache.
  const files = program
    .getSourceFiles()
    .filter((f) => !program.isSourceFileDefaultLibrary(f))
    .map((f) => relative(root, f.fileName))
    .sort();
  return {
    definitions,
    errors,
    files,
    root,
    compiler: ts.version,
  };
}

// One schema per exported type, so that a construct ts-json-schema-generator cannot read stops
// only its own type: every unreadable type is reported, not just the first. The parser's caches
// are shared, so types used by several roots are still read once.
class CollectingGenerator extends tsj.SchemaGenerator {
  readAll(root: string): { definitions: Record<string, JsonSchema>; errors: Diagnostic[] } {
    const definitions: Record<string, JsonSchema> = {};
    const errors: Diagnostic[] = [];
    for (const node of this.getRootNodes('*')) {
      try {
        Object.assign(definitions, this.createSchemaFromNodes([node]).definitions);
      } catch (error) {
        errors.push(asDiagnostic(error, root));
      }
    }
    return { definitions, errors };
  }
}

function typeErrors(program: ts.Program, root: string): Diagnostic[] {
  const own = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !f.fileName.includes('/node_modules/'));
  return own
    .flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => fromTsDiagnostic(d, root));
}

function fromTsDiagnostic(d: ts.Diagnostic, root: string): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (d.file === undefined || d.start === undefined) {
    return { code: `TS${d.code}`, message };
  }
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const lineStart = d.file.getPositionOfLineAndCharacter(line, 0);
  const lineEnd = d.file.text.indexOf('\n', lineStart);
  return {
    code: `TS${d.code}`,
    message,
    file: relative(root, d.file.fileName),
    position: { line: line + 1, column: character + 1 },
    sourceLine: d.file.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, ''),
  };
}

// ts-json-schema-generator reports what it cannot read as errors holding a TypeScript
// diagnostic; that diagnostic has the node's file and offset, so no message is ever parsed.
function asDiagnostic(error: unknown, root: string): Diagnostic {
  if (!(error instanceof tsj.BaseError)) {
    throw error;
  }
  const base = fromTsDiagnostic(error.diagnostic, root);
  return { ...base, code: 'unsupported-type', message: unsupportedMessage(error, base.message) };
}

function unsupportedMessage(error: InstanceType<typeof tsj.BaseError>, message: string): string {
  if (error instanceof tsj.UnknownNodeError) {
    const kind = ts.SyntaxKind[error.node.kind];
    return kind === 'FunctionType' || kind === 'MethodSignature'
      ? 'a function cannot be part of a CRD schema: CRDs hold data only'
      : `cannot express this TypeScript construct as a CRD schema (${kind})`;
  }
  return message;
}
