import type { Diagnostic, DiagnosticPosition } from '../../diagnostics/index.js';

/** Where a declaration or a marker was written. */
export interface SourceLocation extends DiagnosticPosition {
  readonly file: string;
}

/** One `@k8s:` JSDoc tag as written, before it is parsed. */
export interface RawMarker {
  /** The tag's text after `@k8s`, e.g. `:minimum 1`. */
  readonly text: string;
  readonly location: SourceLocation;
  /** Why the text could not be read as written (an interpolated constant that does not resolve). */
  readonly problem?: string;
}

/**
 * What the reader attaches to every schema node that comes from a declaration (a type or a
 * property): its own description, its markers and where it was declared. It travels through
 * ts-json-schema-generator's output under `sourceInfoKey` and is removed when the schema is built.
 */
export interface SourceInfo {
  readonly description?: string;
  readonly markers: readonly RawMarker[];
  readonly location: SourceLocation;
  /** The upstream type this declaration belongs to, e.g. `core/v1.PodSecurityContext`. */
  readonly upstream?: string;
  /** Why the declared type cannot be a CRD schema, when the reader can tell and the schema cannot. */
  readonly unsupported?: string;
}

/** The key under which `SourceInfo` rides in the intermediate JSON schema. */
export const sourceInfoKey = 'x-kelos-source';

/** A diagnostic pointing at a source location. */
export function diagnosticAt(location: SourceLocation, code: string, message: string): Diagnostic {
  return {
    code,
    message,
    file: location.file,
    position: { line: location.line, column: location.column },
  };
}
