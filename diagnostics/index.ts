/**
 * One diagnostic shape for the whole toolchain.
 *
 * In: whatever a stage knows about a problem (a code, a message, and a source position or a field
 * path). Out: `DiagnosticError`, which carries every diagnostic of a failed step, and
 * `formatDiagnostic`, which prints one as `file:line:col: message` (or `path: message`), with the
 * source line and a caret when the stage supplied the line.
 */
export type { Diagnostic, DiagnosticPosition } from './diagnostic.js';
export {
  DiagnosticError,
  formatDiagnostic,
  formatDiagnostics,
  sortDiagnostics,
} from './diagnostic.js';
export { withSourceLines } from './source-lines.js';
