/** A 1-based position in a source text. */
export interface DiagnosticPosition {
  /** Line number, counting from 1. */
  readonly line: number;
  /** Column in UTF-16 code units, counting from 1. */
  readonly column: number;
}

/** One problem found by a stage, located by a source position, a field path, or both. */
export interface Diagnostic {
  /** Stable, machine-readable identifier such as `yaml-invalid-separator`. */
  readonly code: string;
  /** What is wrong, in words for the user. */
  readonly message: string;
  /** The file (or template name) the position refers to. */
  readonly file?: string;
  /** Where in `file` the problem is. */
  readonly position?: DiagnosticPosition;
  /** The object field the problem is in, as `spec.podOverrides.volumes[2].name`. */
  readonly path?: string;
  /** The text of the line at `position`, so the printed form can show it with a caret. */
  readonly sourceLine?: string;
  /** A warning is reported but does not fail the step. Default: error. */
  readonly severity?: 'error' | 'warning';
}

const diagnosticErrorBrand = Symbol.for('kelos-toolchain.DiagnosticError');

/** Thrown when a step fails; it carries every diagnostic the step collected. */
export class DiagnosticError extends Error {
  /** The diagnostics, in the order the stage found them. */
  readonly diagnostics: readonly Diagnostic[];

  // kelosctl's commands are separate bundles, each with its own copy of this class; the brand
  // keeps `instanceof` true across copies.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && diagnosticErrorBrand in value;
  }

  readonly [diagnosticErrorBrand] = true;

  constructor(diagnostics: readonly Diagnostic[]) {
    if (diagnostics.length === 0) {
      throw new RangeError('DiagnosticError needs at least one diagnostic');
    }
    super(formatDiagnostics(diagnostics, { caret: false }));
    this.name = 'DiagnosticError';
    this.diagnostics = diagnostics;
  }
}

/** How a diagnostic is printed. */
export interface FormatOptions {
  /** Show the source line and a caret under the column, when the line is known. Default true. */
  readonly caret?: boolean;
}

/** Prints one diagnostic as `file:line:col: message`, `path: message`, or `message`. */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatOptions = {}): string {
  const { file, position, path, message, sourceLine } = diagnostic;
  let where = '';
  if (position !== undefined) {
    where = `${file ?? '<input>'}:${position.line}:${position.column}`;
  } else if (file !== undefined) {
    where = file;
  }
  if (path !== undefined) {
    where = where === '' ? path : `${where}: ${path}`;
  }
  const text = diagnostic.severity === 'warning' ? `warning: ${message}` : message;
  const head = where === '' ? text : `${where}: ${text}`;
  if (options.caret === false || sourceLine === undefined || position === undefined) {
    return head;
  }
  return `${head}\n${caretLines(sourceLine, position.column)}`;
}

/** Prints several diagnostics, one after another, separated by newlines. */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: FormatOptions = {},
): string {
  return diagnostics.map((d) => formatDiagnostic(d, options)).join('\n');
}

const maxShownLine = 120;

// The caret keeps the line's own tabs before the column so that it lines up in a terminal; long
// lines are cut around the column rather than flooding the screen.
function caretLines(sourceLine: string, column: number): string {
  let line = sourceLine;
  let col = Math.max(1, column);
  if (line.length > maxShownLine) {
    const start = Math.max(0, Math.min(col - 1 - maxShownLine / 2, line.length - maxShownLine));
    line = (start > 0 ? '…' : '') + line.slice(start, start + maxShownLine) + '…';
    col = col - start + (start > 0 ? 1 : 0);
  }
  const pad = line.slice(0, col - 1).replace(/[^\t]/g, ' ');
  return `  ${line}\n  ${pad}^`;
}

/** Diagnostics in source order: by file, line and column; those without a position last. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) =>
    [d.file ?? '\uffff', d.position?.line ?? Infinity, d.position?.column ?? Infinity] as const;
  return [...diagnostics].sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
  });
}
