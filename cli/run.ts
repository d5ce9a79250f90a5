import { DiagnosticError, formatDiagnostics, withSourceLines } from '../diagnostics/index.js';
import { UsageError, type CliIo } from './command.js';
import { findCommand } from './commands.js';
import { commandHelp, rootHelp } from './help.js';
import { version } from './version.js';

/**
 * Runs kelosctl with `argv` (without the node and script paths) and returns the exit code.
 * Errors become messages on stderr: diagnostics as `file:line:col: message`, usage mistakes with
 * a pointer to `--help`; a stack trace is shown only with KELOS_DEBUG=1.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io);
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') {
    io.stdout(rootHelp());
    return 0;
  }
  if (first === '--version') {
    io.stdout(`kelosctl v${version}\n`);
    return 0;
  }
  if (first === 'help') {
    return help(rest, io);
  }
  if (first.startsWith('-')) {
    throw new UsageError(`unknown flag: ${first}`);
  }
  const spec = findCommand(first);
  if (spec === undefined) {
    throw new UsageError(`unknown command "${first}" for "kelosctl"`);
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(commandHelp(spec));
    return 0;
  }
  const command = await spec.load();
  return command.run(rest, io);
}

function help(args: readonly string[], io: CliIo): number {
  const [name] = args;
  if (name === undefined) {
    io.stdout(rootHelp());
    return 0;
  }
  const spec = findCommand(name);
  if (spec === undefined) {
    throw new UsageError(`unknown help topic "${name}"`);
  }
  io.stdout(commandHelp(spec));
  return 0;
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const helpCommand =
      error.command === undefined ? 'kelosctl --help' : `kelosctl ${error.command} --help`;
    io.stderr(`Error: ${error.message}\nRun '${helpCommand}' for usage.\n`);
    return 1;
  }
  if (error instanceof DiagnosticError) {
    io.stderr(`${formatDiagnostics(withSourceLines(error.diagnostics))}\n`);
    return 1;
  }
  const detail =
    process.env['KELOS_DEBUG'] === '1' && error instanceof Error ? error.stack : String(error);
  io.stderr(`kelosctl: internal error: ${detail}\n`);
  return 2;
}
