// Errors of a `helm template` run, in Helm's words. Helm's template command appends
// "Use --debug flag to render out invalid YAML" only when the install action got as far as a
// release (rendering, kubeVersion and manifest errors), never for loading or values errors.
/** A failed chart render; `message` is what Helm prints after `Error: `. */
export class ChartError extends Error {
  constructor(
    message: string,
    /** Whether Helm adds its `--debug` hint (a release existed when it failed). */
    readonly debugHint = false,
    /** What Helm logged before it failed (warnings, Helm 4's error log lines). */
    public warnings: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ChartError';
  }
}

/**
 * A warning Helm logs while loading or coalescing. `site` is given for what Helm prints through
 * Go's log.Printf: the `file.go:line` Helm 3 prefixes, which Helm 4 replaces by slog's form
 * (helm-log.ts); without it the text is printed as it is.
 */
export type Warn = (text: string, site?: string) => void;
