import { DiagnosticError, type Diagnostic } from '../../diagnostics/index.js';

/** One YAML document of a multi-document stream, with its exact text and where it starts. */
export interface YamlDocument {
  /** The document's text, byte for byte, without the separator lines around it. */
  readonly text: string;
  /** The 1-based line on which the document's text starts. */
  readonly line: number;
  /** Index of the document's first character in the input string. */
  readonly offset: number;
}

/** A `---` line that ends one document and starts the next. */
export interface DocumentSeparator {
  /** The separator line, including any comment and its line ending. */
  readonly text: string;
  /** The 1-based line number of the separator. */
  readonly line: number;
  /** Index of the separator's first character in the input string. */
  readonly offset: number;
}

/**
 * A stream split into documents. `documents` has exactly one more entry than `separators`, and
 * `bom + documents[0] + separators[0] + documents[1] + …` is the input, character for character.
 */
export interface SplitDocuments {
  /** A leading UTF-8 byte order mark (`\uFEFF`) if the input had one, otherwise `''`. */
  readonly bom: string;
  readonly documents: readonly YamlDocument[];
  readonly separators: readonly DocumentSeparator[];
}

/** Options for `splitDocuments`. */
export interface SplitOptions {
  /** The name used in diagnostics. Default `<input>`. */
  readonly file?: string;
}

const dash = 0x2d;
const cr = 0x0d;
const space = 0x20;
const tab = 0x09;
const hash = 0x23;
const bom = 0xfeff;

/**
 * Splits a multi-document YAML stream the way Kubernetes' YAMLReader does: only a line that starts
 * with `---` and continues with nothing, spaces or tabs, optionally followed by a `#` comment,
 * separates documents. `rw-rw----`, an indented `---` and `a --- b` never split; a line such as
 * `----` or `--- foo` is an error naming its line, never a silent split. Lines end with `\n`; a
 * `\r` before it (CRLF) belongs to the line ending. Throws `DiagnosticError` listing every invalid
 * separator line.
 */
export function splitDocuments(input: string, options: SplitOptions = {}): SplitDocuments {
  const start = input.charCodeAt(0) === bom ? 1 : 0;
  const documents: YamlDocument[] = [];
  const separators: DocumentSeparator[] = [];
  const errors: Diagnostic[] = [];

  let docStart = start;
  let docLine = 1;
  let line = 1;
  let counted = start;
  let candidate = startsWithDashes(input, start) ? start : nextCandidate(input, start);
  while (candidate >= 0) {
    line += countLineFeeds(input, counted, candidate);
    counted = candidate;
    const newline = input.indexOf('\n', candidate + 3);
    const contentEnd = newline < 0 ? input.length : newline;
    const end = newline < 0 ? input.length : newline + 1;
    const bad = invalidTailIndex(input, candidate + 3, contentEnd);
    if (bad < 0) {
      documents.push({ text: input.slice(docStart, candidate), line: docLine, offset: docStart });
      separators.push({ text: input.slice(candidate, end), line, offset: candidate });
      docStart = end;
      docLine = newline < 0 ? line : line + 1;
    } else {
      errors.push(invalidSeparator(input, candidate, contentEnd, bad, line, options.file));
    }
    candidate = newline < 0 ? -1 : nextCandidate(input, newline);
  }
  if (errors.length > 0) {
    throw new DiagnosticError(errors);
  }
  documents.push({ text: input.slice(docStart), line: docLine, offset: docStart });
  return { bom: start === 1 ? '\uFEFF' : '', documents, separators };
}

/** Reassembles a split stream into the exact input it came from. */
export function joinDocuments(split: SplitDocuments): string {
  const parts: string[] = [split.bom];
  split.documents.forEach((doc, i) => {
    parts.push(doc.text);
    const separator = split.separators[i];
    if (separator !== undefined) {
      parts.push(separator.text);
    }
  });
  return parts.join('');
}

/** True when the text holds YAML content: some line that is neither blank nor only a comment. */
export function hasYamlContent(text: string): boolean {
  return contentLine.test(text);
}

/**
 * The documents that hold YAML content, for assembling manifests: documents that are empty or
 * hold only whitespace and comments are dropped.
 */
export function contentDocuments(split: SplitDocuments): YamlDocument[] {
  return split.documents.filter((doc) => hasYamlContent(doc.text));
}

// A line whose first character other than a space or tab is neither a line end nor `#`.
const contentLine = /^[ \t]*[^ \t\r\n#]/m;

function startsWithDashes(input: string, at: number): boolean {
  return (
    input.charCodeAt(at) === dash &&
    input.charCodeAt(at + 1) === dash &&
    input.charCodeAt(at + 2) === dash
  );
}

// The start of the next line, after `from`, that begins with `---`; -1 if there is none. One
// indexOf over the whole remaining text keeps the scan in V8's native string search.
function nextCandidate(input: string, from: number): number {
  const found = input.indexOf('\n---', from);
  return found < 0 ? -1 : found + 1;
}

function countLineFeeds(input: string, from: number, to: number): number {
  let count = 0;
  let at = input.indexOf('\n', from);
  while (at >= 0 && at < to) {
    count++;
    at = input.indexOf('\n', at + 1);
  }
  return count;
}

// What may follow `---` on a separator line: spaces and tabs, then optionally `#` and anything,
// and a final `\r` of a CRLF (or of a last line without `\n`). Returns the index of the first
// character that breaks that rule, or -1 when the line is a valid separator.
function invalidTailIndex(input: string, from: number, to: number): number {
  const end = to > from && input.charCodeAt(to - 1) === cr ? to - 1 : to;
  for (let i = from; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === hash) {
      return -1;
    }
    if (c !== space && c !== tab) {
      return i;
    }
  }
  return -1;
}

const maxQuoted = 60;

function invalidSeparator(
  input: string,
  lineStart: number,
  contentEnd: number,
  bad: number,
  line: number,
  file: string | undefined,
): Diagnostic {
  const end =
    contentEnd > lineStart && input.charCodeAt(contentEnd - 1) === cr ? contentEnd - 1 : contentEnd;
  const sourceLine = input.slice(lineStart, end);
  const shown = sourceLine.length > maxQuoted ? `${sourceLine.slice(0, maxQuoted)}…` : sourceLine;
  return {
    code: 'yaml-invalid-separator',
    message:
      `invalid document separator ${JSON.stringify(shown)}: a line starting with "---" may ` +
      `continue only with spaces, tabs or a "#" comment`,
    ...(file === undefined ? {} : { file }),
    position: { line, column: bad - lineStart + 1 },
    sourceLine,
  };
}
