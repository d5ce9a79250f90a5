// Errors of parsing and executing templates. The message is Go's text, exactly as Helm prints it
// (`template: NAME:LINE: …` and `template: NAME:LINE:COL: executing "NAME" at <…>: …`); the same
// facts are kept as data in the project's diagnostic shape, never parsed back from the text.
import { DiagnosticError, type Diagnostic } from '../../diagnostics/index.js';

/** A 1-based line and two columns of an offset: Go's (bytes from line start, from 0) and ours (UTF-16, from 1). */
export interface SourceLocation {
  readonly line: number;
  /** Go's column: UTF-8 bytes before the offset on its line, counting from 0. */
  readonly goColumn: number;
  /** Column in UTF-16 code units, counting from 1, as diagnostics count. */
  readonly column: number;
  /** The text of the line. */
  readonly sourceLine: string;
}

/** Line and columns of `offset` in `text`. */
export function locate(text: string, offset: number): SourceLocation {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  const lineEnd = text.indexOf('\n', offset);
  const prefix = text.slice(lineStart, offset);
  return {
    line,
    goColumn: Buffer.byteLength(prefix, 'utf8'),
    column: offset - lineStart + 1,
    sourceLine: text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd),
  };
}

/** Where and in what an execution error happened, as data (Helm 4 prints these parts on their own lines). */
export interface ExecErrorDetail {
  /** The file (Go's ParseName) holding the node, its line, and Go's 0-based byte column. */
  readonly file: string;
  readonly line: number;
  readonly goColumn: number;
  /** The node being executed, printed back as source: `.Values.x.y`. */
  readonly context: string;
  /** What went wrong, without location: `nil pointer evaluating interface {}.y`. */
  readonly cause: string;
}

/** A parse or execution error of a template; `message` is Go's text, `diagnostics[0]` the same as data. */
export class TemplateError extends DiagnosticError {
  /** The template being parsed or executed. */
  readonly template: string;
  /** For execution errors at a node: the parts of the message. */
  readonly detail: ExecErrorDetail | undefined;

  constructor(
    goMessage: string,
    template: string,
    diagnostic: Diagnostic,
    detail?: ExecErrorDetail,
  ) {
    super([diagnostic]);
    this.name = 'TemplateError';
    this.message = goMessage;
    this.template = template;
    this.detail = detail;
  }
}

/** Builds the parse error Go reports as `template: NAME:LINE: message`. */
export function parseError(
  parseName: string,
  text: string,
  offset: number,
  line: number,
  message: string,
): TemplateError {
  const at = locate(text, Math.min(offset, text.length));
  return new TemplateError(`template: ${parseName}:${line}: ${message}`, parseName, {
    code: 'template-parse',
    message,
    file: parseName,
    position: { line, column: at.line === line ? at.column : 1 },
    ...(at.line === line ? { sourceLine: at.sourceLine } : {}),
  });
}

/**
 * Whether `e` is JavaScript's stack exhaustion: a RangeError, or a SyntaxError when it strikes
 * while V8 compiles a regular expression.
 */
export function isStackExhaustion(e: unknown): boolean {
  // V8 words it "Maximum call stack size exceeded"; when the stack runs out while a regular
  // expression is compiled, newer V8 (Node 24) says "Invalid regular expression: …: Stack overflow".
  return (
    (e instanceof RangeError || e instanceof SyntaxError) &&
    (e.message.includes('Maximum call stack size exceeded') || /: Stack overflow$/.test(e.message))
  );
}

/** The text of the error that replaces a stack exhaustion, which Go (with its growing stacks) never has. */
export const stackExhausted = 'nested too deeply for the JavaScript stack';
