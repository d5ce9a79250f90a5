import { DiagnosticError, type Diagnostic } from '../diagnostics/index.js';

/**
 * Collects what is wrong with the builder's inputs, each at its field path, so that one run
 * reports every problem at once (as the generator does) instead of stopping at the first.
 */
export class Problems {
  private readonly found: Diagnostic[] = [];

  /** Records a problem in `object` (such as `Task/fix-login`) at `path`. */
  add(object: string, path: string, code: string, message: string): void {
    this.found.push({ code, message, file: object, path });
  }

  /** How many problems have been recorded. */
  get count(): number {
    return this.found.length;
  }

  /** True when a problem with this code has been recorded. */
  has(code: string): boolean {
    return this.found.some((d) => d.code === code);
  }

  /** Throws a DiagnosticError with every problem recorded, if there is any. */
  throwIfAny(): void {
    if (this.found.length > 0) {
      throw new DiagnosticError(this.found);
    }
  }
}

/** How diagnostics name an input object: its kind and name, such as `Workspace/repo`. */
export function objectLabel(kind: string, name: string | undefined): string {
  return `${kind}/${name ?? '<unnamed>'}`;
}
