import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from './diagnostic.js';

/**
 * Fills in the source line of diagnostics that name a file and a line but not the line's text, so
 * that they print with a caret. Files are read once each; a file that cannot be read is skipped.
 */
export function withSourceLines(diagnostics: readonly Diagnostic[], root = '.'): Diagnostic[] {
  const files = new Map<string, string[] | undefined>();
  return diagnostics.map((d) => {
    if (d.sourceLine !== undefined || d.file === undefined || d.position === undefined) {
      return d;
    }
    if (!files.has(d.file)) {
      files.set(d.file, readLines(resolve(root, d.file)));
    }
    const line = files.get(d.file)?.[d.position.line - 1];
    return line === undefined ? d : { ...d, sourceLine: line };
  });
}

function readLines(path: string): string[] | undefined {
  try {
    return readFileSync(path, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
}
