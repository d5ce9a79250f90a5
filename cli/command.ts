/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A loaded command: runs with the arguments after its name and returns the exit code. */
export interface Command {
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** An entry of the command table; `load` imports the command's module on demand. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly load: () => Promise<Command>;
  /**
   * Whether the command requires packages at run time from outside its bundle (`crds`: the
   * TypeScript compiler), which Node's own compile cache can serve (cli/main.ts).
   */
  readonly requiresPackages?: boolean;
}

const usageErrorBrand = Symbol.for('kelos-toolchain.UsageError');

/** A mistake in how the command line was written; printed with a pointer to `--help`. */
export class UsageError extends Error {
  // Commands are bundled apart from the dispatcher; the brand keeps `instanceof` working.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && usageErrorBrand in value;
  }

  readonly [usageErrorBrand] = true;

  constructor(
    message: string,
    /** The command whose help the user should read, or undefined for the top level. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
