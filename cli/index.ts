/**
 * `kelosctl`, the command line over the toolchain.
 *
 * In: command-line arguments. Out: the chosen command's output on stdout, diagnostics on stderr,
 * and an exit code. Each command's module is loaded only when that command runs, so start-up
 * pays for one command, not all of them.
 */
export { runCli } from './run.js';
export type { CliIo } from './command.js';
