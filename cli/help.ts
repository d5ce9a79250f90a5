import { commands } from './commands.js';
import type { CommandSpec } from './command.js';

/** The top-level help, listing exactly the commands in the command table. */
export function rootHelp(): string {
  const width = Math.max(...[...commands.map((c) => c.name), 'help'].map((n) => n.length)) + 3;
  const rows = [
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}Help about any command`,
  ].sort();
  return [
    'kelosctl turns Kubernetes API types written in TypeScript into CustomResourceDefinitions,',
    'renders Helm charts without a Helm binary, and builds the Jobs that the Kelos API describes.',
    '',
    'Usage:',
    '  kelosctl <command> [flags]',
    '',
    'Available Commands:',
    ...rows,
    '',
    'Flags:',
    '  -h, --help      help for kelosctl',
    '      --version   print the version of kelosctl',
    '',
    'Use "kelosctl <command> --help" for more information about a command.',
    '',
  ].join('\n');
}

/** The help of one command. */
export function commandHelp(command: CommandSpec): string {
  return `${command.summary}.\n\nUsage:\n  ${command.usage}\n`;
}
